-- The service runs as a role of its own that owns nothing (ADR 022). Migrations run as the owner
-- role, which owns every table; the runtime role, named by ${runtime_role} (the application's
-- database user), may read and write rows and nothing more: it cannot drop a trigger, alter or
-- truncate a table. Tables that later migrations create are covered by the default privileges
-- below, as long as the same owner role creates them.
--
-- When the application and the migrations use one database user (an external database set up
-- with one user only), there is no second role to grant anything to: nothing here changes, and the
-- audit tables stay protected by their triggers alone, as before.

-- Spring Modulith's event publication registry, which the service used to create itself at start.
-- The runtime role cannot create tables, so the owner role makes them here when they are missing
-- (a database made before already has them, with this same shape).
create table if not exists event_publication (
  id uuid not null primary key,
  listener_id text not null,
  event_type text not null,
  serialized_event text not null,
  publication_date timestamptz not null,
  completion_date timestamptz,
  status text,
  completion_attempts int,
  last_resubmission_date timestamptz
);
create index if not exists event_publication_serialized_event_hash_idx
  on event_publication using hash (serialized_event);
create index if not exists event_publication_by_completion_date_idx on event_publication (completion_date);

create table if not exists event_publication_archive (
  id uuid not null primary key,
  listener_id text not null,
  event_type text not null,
  serialized_event text not null,
  publication_date timestamptz not null,
  completion_date timestamptz,
  status text,
  completion_attempts int,
  last_resubmission_date timestamptz
);
create index if not exists event_publication_archive_serialized_event_hash_idx
  on event_publication_archive using hash (serialized_event);
create index if not exists event_publication_archive_by_completion_date_idx
  on event_publication_archive (completion_date);

-- Grants the runtime role what it may do. Called below and again after every migration run (the
-- afterMigrate callback), so that a runtime role set up later, or a table a later migration made
-- without the default privileges, is covered at the next start. Changing any of this means a new
-- migration that replaces this function.
create or replace function grant_to_runtime_role(runtime text) returns void language plpgsql as $$
begin
  if runtime is null or runtime = '' or runtime = current_user then
    raise notice 'The application connects as the owner role %: no runtime role to grant to', current_user;
    return;
  end if;
  if not exists (select from pg_roles where rolname = runtime) then
    raise exception 'The runtime role % does not exist: create it first (see the README)', runtime;
  end if;

  execute format('grant usage on schema public to %I', runtime);

  -- Rows of every table there is now and of every table the owner role makes later.
  execute format('grant select, insert, update, delete on all tables in schema public to %I', runtime);
  execute format('alter default privileges for role %I in schema public '
    || 'grant select, insert, update, delete on tables to %I', current_user, runtime);
  execute format('grant usage, select on all sequences in schema public to %I', runtime);
  execute format('alter default privileges for role %I in schema public '
    || 'grant usage, select on sequences to %I', current_user, runtime);

  -- The schema history is read (the service checks it), never written, by the application.
  execute format('revoke insert, update, delete, truncate on ${flyway:table} from %I', runtime);

  -- The append-only tables: the audit trail and the readings of recorded emails. Rows are added
  -- and read, never changed or removed. A further audit table is added to this list (and to
  -- RuntimeRoleTests.APPEND_ONLY) by a migration that replaces this function.
  execute format('revoke update, delete, truncate on record_view, email_body_view from %I', runtime);
end
$$;

revoke execute on function grant_to_runtime_role(text) from public;

select grant_to_runtime_role('${runtime_role}');
