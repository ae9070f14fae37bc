-- After every migration run: the runtime role gets what V024's grant_to_runtime_role gives it
-- (ADR 022), for a runtime role set up after V024 ran, or a table made since by another role.
-- Before V024 has run there is nothing to call. Instances starting side by side each run this;
-- PostgreSQL refuses two grants on one object at the same moment ("tuple concurrently updated"),
-- so each waits for the one before to finish.
do $$
begin
  perform pg_advisory_xact_lock(hashtext('connects.grant_to_runtime_role'));
  if exists (select from pg_proc where proname = 'grant_to_runtime_role') then
    perform grant_to_runtime_role('${runtime_role}');
  end if;
end
$$;
