-- Search over a registry of a million records: name / credit-code "contains" via trigrams, region by code prefix,
-- support-list membership kept on the record (the decision history stays the source of truth and is written together).
create extension if not exists pg_trgm;

create index enterprise_name_trgm on enterprise using gin (name gin_trgm_ops);
create index enterprise_uscc_trgm on enterprise using gin ((uscc::text) gin_trgm_ops);
create index enterprise_division_prefix on enterprise (division_code bpchar_pattern_ops);

alter table enterprise add column support_list_member boolean not null default false;
create index enterprise_support_list_member on enterprise (id) where support_list_member;

create index enterprise_qualification_kind on enterprise_qualification (kind, valid_until, enterprise_id);
