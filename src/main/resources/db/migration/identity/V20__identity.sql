-- Organizations of every type, their users and roles, failed log-ins and API tokens.
create table identity_organization (
    id            bigserial primary key,
    type          text        not null check (type in ('ENTERPRISE', 'BANK', 'INVESTOR', 'UNIVERSITY',
                                                       'SERVICE_PROVIDER', 'INDUSTRY_COMMUNITY', 'OPERATOR')),
    name          text        not null,
    uscc          char(18) unique,
    status        text        not null check (status in ('PENDING', 'ACTIVE', 'REJECTED', 'SUSPENDED')),
    contact_name  text,
    contact_phone text,
    contact_email text,
    created_at    timestamptz not null,
    reviewed_at   timestamptz,
    reviewed_by   bigint,
    review_note   text
);
create index identity_organization_type on identity_organization (type, status);

create table identity_user (
    id              bigserial primary key,
    organization_id bigint      not null references identity_organization (id),
    username        text        not null,
    display_name    text        not null,
    phone           text,
    email           text,
    password_hash   text        not null,
    roles           text[]      not null,
    enabled         boolean     not null default true,
    created_at      timestamptz not null
);
create unique index identity_user_username on identity_user (lower(username));
create index identity_user_org on identity_user (organization_id);

create table identity_login_failure (
    username    text        not null,
    occurred_at timestamptz not null
);
create index identity_login_failure_user on identity_login_failure (lower(username), occurred_at);

create table identity_api_token (
    id              bigserial primary key,
    organization_id bigint      not null references identity_organization (id),
    name            text        not null,
    token_hash      char(64)    not null unique,
    created_by      bigint      references identity_user (id),
    created_at      timestamptz not null,
    last_used_at    timestamptz,
    revoked_at      timestamptz
);
