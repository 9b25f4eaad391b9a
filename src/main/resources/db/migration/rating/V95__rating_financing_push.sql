-- Industry endorsement and the financing push (产业认定, 增信融资推送 / 臻选橱).
-- An enterprise applies for the push and names the industry community (创新创业共同体) that is to endorse it;
-- applying is its consent that banks on the platform see its rating report once it is pushed. The operator may file
-- an application for an enterprise that consented offline (channel OPERATOR). An application is open until it is
-- withdrawn or rejected; an enterprise has at most one open application.
create table rating_push_application (
    id                bigserial primary key,
    enterprise_id     bigint         not null references enterprise (id),
    -- the enterprise's platform organization at the time (null when it has not registered): audit subject
    enterprise_org_id bigint,
    community_id      bigint         not null references identity_organization (id),
    project           text           not null check (length(project) between 1 and 1000),
    amount            numeric(16, 2) not null check (amount > 0),
    purpose           text           not null check (length(purpose) between 1 and 200),
    channel           text           not null check (channel in ('ENTERPRISE', 'OPERATOR')),
    consented_at      timestamptz    not null,
    submitted_at      timestamptz    not null,
    submitted_by      text           not null,
    decision          text check (decision in ('ENDORSED', 'REJECTED')),
    decision_reason   text,
    decided_at        timestamptz,
    decided_by        text,
    withdrawn_at      timestamptz,
    withdrawn_by      text,
    check ((decision is null) = (decided_at is null)),
    check (decision is distinct from 'REJECTED' or length(decision_reason) > 0),
    check ((withdrawn_at is null) = (withdrawn_by is null))
);
create unique index rating_push_application_open on rating_push_application (enterprise_id)
    where withdrawn_at is null and decision is distinct from 'REJECTED';
create index rating_push_application_community on rating_push_application (community_id, id desc);

-- The push list (推送名单) and its history: one row per stay on the list, with the rating that put the enterprise
-- there. A row without removed_at is on the list now (at most one per enterprise); a removed row stays as history.
create table rating_push (
    id             bigserial primary key,
    application_id bigint        not null references rating_push_application (id),
    enterprise_id  bigint        not null references enterprise (id),
    pushed_at      timestamptz   not null,
    rating_id      bigint        not null references rating_result (id),
    grade          char(1)       not null check (grade in ('A', 'B', 'C', 'D')),
    total_score    numeric(8, 2) not null,
    model_version  integer       not null,
    removed_at     timestamptz,
    removal_reason text check (removal_reason in ('WITHDRAWN', 'REJECTED', 'NOT_ENDORSED', 'NOT_RATED',
                                                  'BELOW_MINIMUM')),
    check ((removed_at is null) = (removal_reason is null))
);
create unique index rating_push_current on rating_push (enterprise_id) where removed_at is null;
create index rating_push_application_ref on rating_push (application_id);

-- Credit intents (授信意向) of banks on pushed enterprises: one standing intent per bank and enterprise; an update
-- changes it in place (the audit trail keeps the before and after), a withdrawal keeps the row.
create table rating_credit_intent (
    id            bigserial primary key,
    push_id       bigint         not null references rating_push (id),
    enterprise_id bigint         not null references enterprise (id),
    bank_id       bigint         not null references identity_organization (id),
    amount        numeric(16, 2) not null check (amount > 0),
    note          text check (length(note) <= 500),
    created_at    timestamptz    not null,
    created_by    text           not null,
    updated_at    timestamptz    not null,
    updated_by    text           not null,
    withdrawn_at  timestamptz,
    withdrawn_by  text,
    check ((withdrawn_at is null) = (withdrawn_by is null))
);
create unique index rating_credit_intent_standing on rating_credit_intent (enterprise_id, bank_id)
    where withdrawn_at is null;
create index rating_credit_intent_bank on rating_credit_intent (bank_id, id desc);
create index rating_credit_intent_push on rating_credit_intent (push_id);
