-- The admin audit log (V027) and each concern's history (V026) join the tables the runtime role
-- may only add to and read: this replaces V024's grant_to_runtime_role with the longer list and
-- gives the grants again.
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

  -- The append-only tables: the audit trail, the readings of recorded emails, the admin audit log
  -- and the history of each concern. Rows are added and read, never changed or removed. A further
  -- one is added to this list (and to RuntimeRoleTests.APPEND_ONLY) by a migration that replaces
  -- this function.
  execute format('revoke update, delete, truncate on record_view, email_body_view, admin_action, concern_event from %I', runtime);
end
$$;

select grant_to_runtime_role('${runtime_role}');
