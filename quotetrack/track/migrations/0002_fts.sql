-- Full-text search over quoted words (FTS5, accents folded), kept in step by triggers.
CREATE VIRTUAL TABLE statement_fts USING fts5(
    text, content='statements', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
    INSERT INTO statement_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
    INSERT INTO statement_fts(statement_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
INSERT INTO meta(key, value) VALUES ('fts', '1');
