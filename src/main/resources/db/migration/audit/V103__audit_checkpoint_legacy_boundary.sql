-- Where the old, unkeyed entries end. Entries written before the chain was keyed are plain SHA-256, which anyone with
-- write access to the database can recompute; they are accepted only up to the last entry that existed when the keyed
-- chain began. That boundary (how many old entries, the last one's id) is recorded in the checkpoints and covered by
-- their signature, so a database administrator cannot move it without the audit key: the first checkpoint is written
-- by the platform itself as the keyed chain begins, and every later one carries the same boundary forward.
-- Checkpoints written before this migration have none (null) and keep the signature they were written with.
--
-- (The audit tables stay append-only for the application role: V102 revokes UPDATE, DELETE and TRUNCATE on them.
-- V101's default privileges grant those on every table a later migration creates, so a migration that adds an
-- append-only table must revoke them itself; AuditTablesGuardIntegrationTest fails the build for an audit_* table
-- that the application role may change, and the platform refuses to start on such a database.)
alter table audit_checkpoint
    add column legacy_count   bigint check (legacy_count >= 0),
    add column legacy_last_id bigint,
    add constraint audit_checkpoint_legacy_boundary check (legacy_count is not null or legacy_last_id is null);
