-- Bulk imports into the enterprise registry (企业库批量导入): one row per imported file, whether it was applied or rejected.
create table enterprise_import (
    id            bigserial primary key,
    -- files uploaded together (enterprises plus their yearly figures) are applied or rejected together
    batch_id      uuid        not null,
    kind          text        not null check (kind in ('ENTERPRISES', 'YEARLY_FIGURES')),
    file_name     text        not null,
    sha256        char(64)    not null,
    actor_name    text        not null,
    actor_user_id bigint,
    started_at    timestamptz not null,
    finished_at   timestamptz,
    status        text        not null check (status in ('RUNNING', 'APPLIED', 'REJECTED', 'FAILED')),
    rows_read     integer     not null default 0,
    inserted      integer     not null default 0,
    updated       integer     not null default 0,
    unchanged     integer     not null default 0,
    error_count   integer     not null default 0
);
create index enterprise_import_started on enterprise_import (started_at desc);
create index enterprise_import_batch on enterprise_import (batch_id);

-- Every problem found in a rejected file, so that the full report can be downloaded in the reader's language.
create table enterprise_import_error (
    import_id   bigint  not null references enterprise_import (id) on delete cascade,
    seq         integer not null,
    row_no      integer,
    field       text,
    value       text,
    message_key text    not null,
    args        text[]  not null default '{}',
    primary key (import_id, seq)
);
