-- Version 2 on PostgreSQL: the row store needs indexes for deduplication look-ups, counts and exports.
CREATE INDEX events_dedup ON events (dedup_key, date_value);
CREATE INDEX events_date ON events (date_value);
CREATE INDEX mentions_event ON mentions (event_id);
CREATE INDEX mentions_article ON mentions (article_id);
