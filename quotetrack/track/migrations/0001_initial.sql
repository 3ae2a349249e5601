-- Articles, speakers and their aliases, statements, candidate buckets, sources and links.
CREATE TABLE articles (
    rowid     INTEGER PRIMARY KEY,
    id        TEXT NOT NULL UNIQUE,
    hash      TEXT NOT NULL,
    outlet    TEXT,
    published TEXT,            -- ISO date
    url       TEXT,
    lang      TEXT NOT NULL DEFAULT 'fr',
    text      TEXT,            -- kept to link later sources; NULL when loaded from Parquet
    added_at  TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE INDEX articles_published ON articles(published);

CREATE TABLE speakers (
    id        INTEGER PRIMARY KEY,
    key       TEXT NOT NULL UNIQUE,   -- 'id:<entity id>' or 'name:<alias key>'
    name      TEXT NOT NULL,
    entity_id TEXT,
    type      TEXT
);

CREATE TABLE speaker_aliases (
    alias   TEXT NOT NULL,            -- alias key: folded words
    speaker INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
    PRIMARY KEY (alias, speaker)
) WITHOUT ROWID;

CREATE TABLE statements (
    id         INTEGER PRIMARY KEY,
    article    INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    published  TEXT,                  -- copied from the article so speaker/date queries use one index
    outlet     TEXT,
    qstart     INTEGER NOT NULL,
    qend       INTEGER NOT NULL,
    text       TEXT NOT NULL,
    kind       TEXT NOT NULL,
    speaker    INTEGER REFERENCES speakers(id),
    mention    TEXT,
    cue        TEXT,
    cue_lemma  TEXT,
    channel    TEXT,
    confidence REAL NOT NULL DEFAULT 1.0
);
CREATE INDEX statements_speaker ON statements(speaker, published);
CREATE INDEX statements_published ON statements(published);
CREATE INDEX statements_article ON statements(article);
CREATE INDEX statements_outlet ON statements(outlet, published);

CREATE TABLE statement_buckets (
    bucket    INTEGER NOT NULL,
    statement INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
    PRIMARY KEY (bucket, statement)
) WITHOUT ROWID;
CREATE INDEX statement_buckets_statement ON statement_buckets(statement);

CREATE TABLE sources (
    id        TEXT PRIMARY KEY,
    hash      TEXT NOT NULL,
    text      TEXT NOT NULL,
    lang      TEXT,
    author    TEXT,
    published TEXT
);

CREATE TABLE links (
    statement    INTEGER PRIMARY KEY REFERENCES statements(id) ON DELETE CASCADE,
    source       TEXT REFERENCES sources(id) ON DELETE CASCADE,   -- NULL for not_found
    source_start INTEGER,
    source_end   INTEGER,
    fidelity     TEXT NOT NULL,
    score        REAL,
    flags        TEXT                 -- JSON list
);
CREATE INDEX links_source ON links(source, source_start);

-- Which (article, source) pairs went through the linker, so a later source links only what is new.
CREATE TABLE linked (
    article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    source  TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    PRIMARY KEY (article, source)
) WITHOUT ROWID;

CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
