-- The audit tables are append-only. First line: the application role may insert and read them, nothing else.
do $$
begin
    if exists (select 1 from pg_roles where rolname = '${app_role}') and '${app_role}' <> current_user then
        execute format('revoke update, delete, truncate on audit_entry, audit_checkpoint from %I', '${app_role}');
    end if;
end $$;

-- Second line, for every role including the owner: triggers refuse UPDATE, DELETE and TRUNCATE. Getting past them takes
-- a deliberate act (disabling the triggers, or session_replication_role as a superuser), and what is changed then is
-- found by verifying the keyed chain against its checkpoints.
create function audit_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only: % on % is refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function audit_refuse_change();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_refuse_change();
create trigger audit_checkpoint_append_only before update or delete on audit_checkpoint
    for each row execute function audit_refuse_change();
create trigger audit_checkpoint_no_truncate before truncate on audit_checkpoint
    for each statement execute function audit_refuse_change();
