-- Log-in throttling by user name and by client address together (replaces the per-name lock-out).
-- A name's row exists only for a real user (keyed by the user's id), so nothing is kept for names that do not exist.
drop table identity_login_failure;

create table identity_login_name_throttle (
    user_id         bigint      primary key references identity_user (id) on delete cascade,
    failures        integer     not null,
    last_failure_at timestamptz not null,
    last_address    text        not null,
    -- No attempt for the name is checked before this moment; the right password afterwards succeeds.
    waits_until     timestamptz not null
);

create table identity_login_address_throttle (
    address           text        primary key,
    failures          integer     not null,
    window_started_at timestamptz not null
);
create index identity_login_address_throttle_window on identity_login_address_throttle (window_started_at);
