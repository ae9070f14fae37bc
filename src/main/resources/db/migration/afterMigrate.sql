-- After every migration run: the runtime role gets what V024's grant_to_runtime_role gives it
-- (ADR 022), for a runtime role set up after V024 ran, or a table made since by another role.
-- Before V024 has run there is nothing to call.
do $$
begin
  if exists (select from pg_proc where proname = 'grant_to_runtime_role') then
    perform grant_to_runtime_role('${runtime_role}');
  end if;
end
$$;
