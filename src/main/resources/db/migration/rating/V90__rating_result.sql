-- Stored ratings (评价结果). Every rating keeps the model version and the exact inputs it was made from, so an old
-- grade can be explained and recomputed later. Inputs are stored aligned with the model's indicator order (the
-- model version fixes that order) in one text column: position i, between U+001E separators, holds indicator i's
-- period, number and text separated by U+001F, or nothing when the value was missing. Reasons are not stored: the
-- scorer recomputes them from the inputs and the model.
create table rating_run (
    id            bigserial primary key,
    as_of         date        not null,
    model_version integer     not null,
    status        text        not null check (status in ('RUNNING', 'COMPLETED', 'FAILED')),
    started_at    timestamptz not null,
    finished_at   timestamptz,
    started_by    text        not null,
    rated         integer     not null default 0,
    -- enterprises whose new result equals their latest one (same model version and inputs): the run confirms it
    -- rather than storing a copy (see rating_latest)
    unchanged     integer     not null default 0,
    grade_changed integer     not null default 0,
    failure       text,
    check ((status = 'RUNNING') = (finished_at is null))
);
-- one run at a time
create unique index rating_run_one_running on rating_run ((true)) where status = 'RUNNING';

create table rating_result (
    id             bigserial primary key,
    enterprise_id  bigint       not null references enterprise (id),
    model_version  integer      not null,
    as_of          date         not null,
    rated_at       timestamptz  not null,
    trigger        text         not null check (trigger in ('ON_DEMAND', 'BATCH')),
    run_id         bigint references rating_run (id),
    total_score    numeric(8, 2) not null,
    grade          char(1)      not null check (grade in ('A', 'B', 'C', 'D')),
    previous_grade char(1) check (previous_grade in ('A', 'B', 'C', 'D')),
    credit_min     numeric(16, 2),
    credit_max     numeric(16, 2),
    knock_outs     text[]       not null default '{}',
    completeness   numeric(5, 4) not null,
    -- dimension scores in the order of io.kerong.rating.Dimension (null for a dimension the model does not have)
    dimension_scores numeric(8, 2)[] not null,
    -- the inputs, one position per indicator of the model version in its order (see RatingInputs.encoded)
    inputs         text         not null,
    -- a 128-bit fingerprint of the inputs (RatingInputs.hash): a re-rating compares it with the latest
    inputs_hash    bytea        not null
);
create index rating_result_enterprise on rating_result (enterprise_id, id desc);
create index rating_result_run on rating_result (run_id) where run_id is not null;

-- The latest rating of each enterprise: what lists, the push and the dashboards read. A run that finds the same model
-- version and the same inputs as here (hence the same result) stores nothing for the enterprise: every completed run
-- started after rated_at confirmed this rating, so the nightly run writes only what changed.
create table rating_latest (
    enterprise_id    bigint       primary key references enterprise (id),
    rating_id        bigint       not null references rating_result (id),
    grade            char(1)      not null,
    total_score      numeric(8, 2) not null,
    model_version    integer      not null,
    as_of            date         not null,
    rated_at         timestamptz  not null,
    inputs_hash      bytea        not null
);
create index rating_latest_grade on rating_latest (grade);
