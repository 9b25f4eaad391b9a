-- Rating models (评价模型): versioned definitions of indicators, scoring, grades and knock-outs.
-- A draft is edited; publishing freezes it and retires the previously published model.
create table rating_model (
    id           bigserial primary key,
    version      integer     not null unique check (version > 0),
    status       text        not null check (status in ('DRAFT', 'PUBLISHED', 'RETIRED')),
    name         text        not null,
    definition   jsonb       not null,
    created_at   timestamptz not null,
    created_by   text        not null,
    published_at timestamptz,
    retired_at   timestamptz,
    check ((status = 'DRAFT') = (published_at is null)),
    check ((status = 'RETIRED') = (retired_at is not null))
);
-- exactly one published model at a time
create unique index rating_model_one_published on rating_model ((true)) where status = 'PUBLISHED';

-- A published (or retired) model never changes: only its status may move on, PUBLISHED -> RETIRED; it is never
-- deleted. The application enforces the same; this guards against any other writer.
create function rating_model_guard() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if old.status <> 'DRAFT' then
            raise exception 'rating model version % is % and cannot be deleted', old.version, old.status;
        end if;
        return old;
    end if;
    if old.status <> 'DRAFT' and (new.definition is distinct from old.definition or new.name is distinct from old.name
            or new.version <> old.version or new.published_at is distinct from old.published_at) then
        raise exception 'rating model version % is % and cannot change', old.version, old.status;
    end if;
    if (old.status = 'PUBLISHED' and new.status not in ('PUBLISHED', 'RETIRED'))
            or (old.status = 'RETIRED' and new.status <> 'RETIRED') then
        raise exception 'rating model version % cannot go from % to %', old.version, old.status, new.status;
    end if;
    return new;
end
$$;
create trigger rating_model_immutable before update or delete on rating_model
    for each row execute function rating_model_guard();
