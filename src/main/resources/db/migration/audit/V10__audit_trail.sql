-- Audit trail: every change to money, grades, claims, approvals, profiles, users and roles, chained by hash.
create table audit_entry (
    id             bigserial primary key,
    occurred_at    timestamptz not null,
    actor_user_id  bigint,
    actor_name     text        not null,
    actor_org_id   bigint,
    subject_type   text        not null,
    subject_id     text        not null,
    subject_org_id bigint,
    action         text        not null,
    -- kept as text, exactly as hashed (jsonb would normalise it)
    before_state   text,
    after_state    text,
    prev_hash      char(64)    not null,
    hash           char(64)    not null unique
);
create index audit_entry_subject_org on audit_entry (subject_org_id, id);
create index audit_entry_subject on audit_entry (subject_type, subject_id, id);
