-- The platform connects as its own role (${app_role}); migrations run as the owner of the schema. The application role
-- may read and write every table of every module, now and later (default privileges cover the tables that later
-- migrations create), but it owns none: what it may not do to the audit tables is taken away in the audit migrations.
-- Where the platform and the migrations use one role (no separate application role exists), this changes nothing.
do $$
begin
    if not exists (select 1 from pg_roles where rolname = '${app_role}') or '${app_role}' = current_user then
        raise notice 'no separate application role ''${app_role}'': nothing granted';
        return;
    end if;
    execute format('grant usage on schema public to %I', '${app_role}');
    execute format('grant select, insert, update, delete, truncate on all tables in schema public to %I', '${app_role}');
    execute format('grant usage, select, update on all sequences in schema public to %I', '${app_role}');
    execute format('alter default privileges in schema public grant select, insert, update, delete, truncate on tables to %I',
                   '${app_role}');
    execute format('alter default privileges in schema public grant usage, select, update on sequences to %I',
                   '${app_role}');
    -- the migration history is the owner's: the application reads it (actuator) and writes nothing
    if to_regclass('flyway_schema_history') is not null then
        execute format('revoke insert, update, delete, truncate on flyway_schema_history from %I', '${app_role}');
    end if;
end $$;
