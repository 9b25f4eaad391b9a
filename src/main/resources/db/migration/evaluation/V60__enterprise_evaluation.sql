-- Tech-SME self-evaluations (科技型中小企业自评): every submission is kept with its inputs and points.
create table enterprise_evaluation (
    id                    bigserial primary key,
    enterprise_id         bigint      not null references enterprise (id),
    evaluated_at          timestamptz not null,
    fiscal_year           integer     not null,
    inputs                jsonb       not null,
    tech_staff_points     integer     not null,
    rd_points             integer     not null,
    ip_points             integer     not null,
    total_points          integer     not null,
    basic_conditions_met  boolean     not null,
    directly_qualified    boolean     not null,
    qualified             boolean     not null,
    actor                 text        not null
);
create index enterprise_evaluation_latest on enterprise_evaluation (enterprise_id, evaluated_at desc, id desc);
