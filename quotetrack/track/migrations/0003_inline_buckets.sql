-- Cheaper ingest. A statement's candidate buckets (its smallest shingle hashes, ascending,
-- NULL when it has fewer) move into its own row: one B-tree write per statement instead of
-- two more per bucket. The full-text index is filled by the tracker once per batch instead
-- of by a per-row trigger (FTS5 writes an index segment for every statement touching it).
ALTER TABLE statements ADD COLUMN bucket1 INTEGER;
ALTER TABLE statements ADD COLUMN bucket2 INTEGER;
ALTER TABLE statements ADD COLUMN bucket3 INTEGER;
ALTER TABLE statements ADD COLUMN bucket4 INTEGER;
UPDATE statements SET
    bucket1 = (SELECT bucket FROM statement_buckets b WHERE b.statement = statements.id ORDER BY bucket LIMIT 1),
    bucket2 = (SELECT bucket FROM statement_buckets b WHERE b.statement = statements.id ORDER BY bucket LIMIT 1 OFFSET 1),
    bucket3 = (SELECT bucket FROM statement_buckets b WHERE b.statement = statements.id ORDER BY bucket LIMIT 1 OFFSET 2),
    bucket4 = (SELECT bucket FROM statement_buckets b WHERE b.statement = statements.id ORDER BY bucket LIMIT 1 OFFSET 3);
DROP TABLE statement_buckets;
DROP TRIGGER IF EXISTS statements_fts_insert;
