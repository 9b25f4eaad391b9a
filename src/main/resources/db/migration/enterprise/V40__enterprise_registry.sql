-- Enterprise registry (企业库): tech-based SMEs known to the platform, registered on it or imported in bulk.
create table enterprise (
    id                   bigserial primary key,
    uscc                 char(18)    not null unique,
    name                 text        not null,
    legal_representative text,
    founded_on           date,
    -- GB/T 2260 code of the county/district (positions 3-8 of the USCC unless corrected by the operator)
    division_code        char(6)     not null,
    -- GB/T 4754-2017 section letter A..T
    industry_section     char(1) check (industry_section between 'A' and 'T'),
    -- 国家重点支持的高新技术领域
    high_tech_field      text check (high_tech_field in ('ELECTRONIC_INFORMATION', 'BIO_MEDICINE', 'AEROSPACE',
                                                         'NEW_MATERIALS', 'HIGH_TECH_SERVICES', 'NEW_ENERGY',
                                                         'RESOURCES_ENVIRONMENT', 'ADVANCED_MANUFACTURING')),
    employees            integer check (employees >= 0),
    tech_staff           integer check (tech_staff >= 0),
    contact_name         text,
    contact_phone        text,
    contact_email        text,
    -- the platform organization when the enterprise has registered itself
    organization_id      bigint unique,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    version              integer     not null default 0,
    check (tech_staff is null or employees is null or tech_staff <= employees)
);
create index enterprise_division on enterprise (division_code);
create index enterprise_industry on enterprise (industry_section);
create index enterprise_name on enterprise (name);

-- Yearly figures (年度财务与经营数据), amounts in yuan.
create table enterprise_yearly_figures (
    enterprise_id     bigint  not null references enterprise (id),
    fiscal_year       integer not null check (fiscal_year between 1980 and 2200),
    revenue           numeric(18, 2),
    total_costs       numeric(18, 2),
    rd_expense        numeric(18, 2),
    total_assets      numeric(18, 2),
    total_liabilities numeric(18, 2),
    net_profit        numeric(18, 2),
    tax_paid          numeric(18, 2),
    high_tech_revenue numeric(18, 2),
    primary key (enterprise_id, fiscal_year)
);

-- IP holdings by kind; the class (Ⅰ类 / Ⅱ类) follows from the kind.
create table enterprise_ip_holding (
    enterprise_id bigint  not null references enterprise (id),
    ip_kind       text    not null check (ip_kind in ('INVENTION_PATENT', 'DEFENCE_PATENT', 'PLANT_VARIETY',
                                                      'NATIONAL_CROP_VARIETY', 'NATIONAL_NEW_DRUG',
                                                      'PROTECTED_CHINESE_MEDICINE', 'IC_LAYOUT_DESIGN',
                                                      'UTILITY_MODEL', 'DESIGN', 'SOFTWARE_COPYRIGHT')),
    quantity      integer not null check (quantity >= 0),
    primary key (enterprise_id, ip_kind)
);

-- Qualifications with their validity: 高新技术企业, 科技型中小企业入库登记编号, 专精特新, 专精特新"小巨人".
create table enterprise_qualification (
    id               bigserial primary key,
    enterprise_id    bigint not null references enterprise (id),
    kind             text   not null check (kind in ('HIGH_TECH_ENTERPRISE', 'TECH_SME', 'SPECIALIZED_NEW',
                                                     'LITTLE_GIANT')),
    certificate_no   text,
    valid_from       date   not null,
    valid_until      date,
    check (valid_until is null or valid_until >= valid_from)
);
create index enterprise_qualification_enterprise on enterprise_qualification (enterprise_id);

-- Support list (科创企业支持名单): every addition and removal with its reason; membership is the latest decision.
create table enterprise_support_list_decision (
    id            bigserial primary key,
    enterprise_id bigint      not null references enterprise (id),
    action        text        not null check (action in ('ADDED', 'REMOVED')),
    reason        text        not null,
    decided_on    date        not null,
    decided_by    text        not null,
    recorded_at   timestamptz not null
);
create index enterprise_support_list_enterprise on enterprise_support_list_decision (enterprise_id, id);
