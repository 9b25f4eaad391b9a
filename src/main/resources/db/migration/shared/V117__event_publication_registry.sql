-- Spring Modulith's event publication registry (spring-modulith-events-jdbc 2.0.3, schemas/v2/schema-postgresql.sql,
-- unchanged). A publication is stored in the transaction that publishes the event, one row per listener, and
-- completed when that listener succeeds; publications still incomplete at start-up are published again
-- (spring.modulith.events.republish-outstanding-events-on-restart). The schema is ours to migrate: Modulith's own
-- schema initialization is off. The application role gets its privileges from V101's default privileges.
CREATE TABLE IF NOT EXISTS event_publication
(
  id                     UUID NOT NULL,
  listener_id            TEXT NOT NULL,
  event_type             TEXT NOT NULL,
  serialized_event       TEXT NOT NULL,
  publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
  completion_date        TIMESTAMP WITH TIME ZONE,
  status                 TEXT,
  completion_attempts    INT,
  last_resubmission_date TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (id)
);
CREATE INDEX IF NOT EXISTS event_publication_serialized_event_hash_idx ON event_publication USING hash(serialized_event);
CREATE INDEX IF NOT EXISTS event_publication_by_completion_date_idx ON event_publication (completion_date);
