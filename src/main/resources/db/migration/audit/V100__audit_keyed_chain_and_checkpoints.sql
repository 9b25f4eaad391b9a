-- The chain becomes keyed (HMAC with a key held outside the database). Each entry names the algorithm of its hash:
-- the entries written before this change were plain SHA-256 and stay verifiable as such; new ones must name theirs.
alter table audit_entry add column algorithm text not null default 'SHA-256';
alter table audit_entry alter column algorithm drop default;

-- Signed checkpoints of the chain's head, kept outside the audit table: verification compares the chain with the last
-- valid one, so that entries removed from the end, or an end rewritten without the key, are found.
create table audit_checkpoint (
    id            bigserial primary key,
    created_at    timestamptz not null,
    entry_count   bigint      not null check (entry_count >= 0),
    last_entry_id bigint,
    last_hash     char(64)    not null,
    algorithm     text        not null,
    -- HMAC with the audit key over all the fields above
    signature     char(64)    not null
);
