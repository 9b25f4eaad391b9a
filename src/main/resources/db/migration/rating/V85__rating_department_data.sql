-- Department data batches (部门数据批次): every batch received, applied or rejected. A batch key is applied at most
-- once: sending it again changes nothing. A rejected batch wrote no value and keeps its problems for the report.
create table rating_data_batch (
    id                  bigserial primary key,
    batch_key           text        not null check (length(batch_key) between 1 and 100),
    department          text        not null,
    source              text        not null check (source in ('FILE', 'API')),
    file_name           text,
    sha256              char(64),
    status              text        not null check (status in ('APPLIED', 'REJECTED')),
    rows                integer     not null default 0,
    inserted            integer     not null default 0,
    updated             integer     not null default 0,
    unchanged           integer     not null default 0,
    error_count         integer     not null default 0,
    received_at         timestamptz not null,
    received_by         text        not null,
    received_by_user_id bigint
);
create unique index rating_data_batch_key on rating_data_batch (batch_key) where status = 'APPLIED';
create index rating_data_batch_received on rating_data_batch (received_at desc);

-- Every problem of a rejected batch, rendered in the reader's language when the report is downloaded.
create table rating_data_batch_error (
    batch_id    bigint  not null references rating_data_batch (id) on delete cascade,
    seq         integer not null,
    row_no      integer,
    field       text,
    value       text,
    message_key text    not null,
    args        text[]  not null default '{}',
    primary key (batch_id, seq)
);

-- The current value of each indicator per enterprise and period (指标值). A newer period is a new row; a correction
-- of the same period replaces the row and moves the old value to rating_indicator_value_revision.
-- number holds numbers, counts, ratios in percent and booleans as 1/0; text holds categories.
create table rating_indicator_value (
    enterprise_id  bigint      not null references enterprise (id),
    indicator_code text        not null,
    period         text        not null,
    -- last day of the period: orders periods and answers "latest period"
    period_end     date        not null,
    number         numeric,
    text           text,
    batch_id       bigint      not null references rating_data_batch (id),
    received_at    timestamptz not null,
    primary key (enterprise_id, indicator_code, period)
);

-- Values replaced by a correction, so that a rating as of an earlier day sees what was known then.
create table rating_indicator_value_revision (
    enterprise_id  bigint      not null,
    indicator_code text        not null,
    period         text        not null,
    period_end     date        not null,
    number         numeric,
    text           text,
    batch_id       bigint      not null references rating_data_batch (id),
    received_at    timestamptz not null,
    superseded_at  timestamptz not null,
    superseded_by  bigint      not null references rating_data_batch (id)
);
create index rating_indicator_value_revision_key
    on rating_indicator_value_revision (enterprise_id, indicator_code, period);
