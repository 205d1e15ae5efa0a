-- Version 1: the event store. Shared by DuckDB and PostgreSQL; README.md ("The event store") documents it.
CREATE TABLE articles (
    id            VARCHAR PRIMARY KEY,
    status        VARCHAR NOT NULL,
    reason        VARCHAR,
    origin        VARCHAR,
    published     DATE,
    source        VARCHAR,
    url           VARCHAR,
    title         VARCHAR,
    text_hash     VARCHAR,
    text_length   INTEGER,
    event_count   INTEGER NOT NULL,
    ingested_at   TIMESTAMP NOT NULL
);

CREATE TABLE events (
    id                BIGINT PRIMARY KEY,
    dedup_key         VARCHAR NOT NULL,
    source_code       VARCHAR,
    source_country    VARCHAR,
    source_name       VARCHAR NOT NULL,
    source_sectors    VARCHAR NOT NULL,
    target_code       VARCHAR,
    target_country    VARCHAR,
    target_name       VARCHAR,
    target_sectors    VARCHAR,
    cameo             VARCHAR NOT NULL,
    base_code         VARCHAR NOT NULL,
    root              VARCHAR NOT NULL,
    quad_class        INTEGER NOT NULL,
    goldstein         DOUBLE PRECISION NOT NULL,
    plover_event      VARCHAR,
    plover_mode       VARCHAR,
    modality          VARCHAR NOT NULL,
    date_value        DATE NOT NULL,
    date_start        DATE NOT NULL,
    date_end          DATE NOT NULL,
    date_precision    VARCHAR NOT NULL,
    location_name     VARCHAR,
    location_country  VARCHAR,
    lat               DOUBLE PRECISION,
    lon               DOUBLE PRECISION,
    confidence        DOUBLE PRECISION NOT NULL,
    first_article_id  VARCHAR NOT NULL,
    first_coded_id    VARCHAR NOT NULL,
    first_sentence    INTEGER NOT NULL,
    added_at          TIMESTAMP NOT NULL,
    mention_count     INTEGER NOT NULL,
    source_count      INTEGER NOT NULL,
    article_count     INTEGER NOT NULL
);

CREATE TABLE mentions (
    event_id          BIGINT NOT NULL,
    article_id        VARCHAR NOT NULL,
    coded_id          VARCHAR NOT NULL,
    sentence          INTEGER NOT NULL,
    is_primary        BOOLEAN NOT NULL,
    evidence          VARCHAR,
    evidence_begin    INTEGER NOT NULL,
    evidence_end      INTEGER NOT NULL,
    source_text       VARCHAR,
    source_begin      INTEGER,
    source_end        INTEGER,
    target_text       VARCHAR,
    target_begin      INTEGER,
    target_end        INTEGER,
    trigger_text      VARCHAR,
    trigger_begin     INTEGER,
    modality_cue      VARCHAR,
    date_value        DATE NOT NULL,
    date_text         VARCHAR,
    date_basis        VARCHAR NOT NULL,
    location_text     VARCHAR,
    location_begin    INTEGER,
    location_end      INTEGER,
    confidence        DOUBLE PRECISION NOT NULL,
    event_confidence  DOUBLE PRECISION NOT NULL,
    rule              VARCHAR
);

CREATE TABLE actors (
    code      VARCHAR PRIMARY KEY,
    name      VARCHAR NOT NULL,
    country   VARCHAR,
    sectors   VARCHAR NOT NULL
);

CREATE SEQUENCE event_ids START 1;
