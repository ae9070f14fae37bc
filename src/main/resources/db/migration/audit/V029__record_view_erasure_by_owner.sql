-- The runtime role may only add and read audit rows (V024). Erasing a person (V025_1) blanks their
-- account id in the rows that name them; that one change is made by this function, which runs
-- with the owner role's rights and can do nothing else. The runtime role may call it.
create or replace function erase_from_record_view(account uuid) returns void
  language sql security definer set search_path = public as $$
  update record_view set viewer_account_id = null where viewer_account_id = account;
  update record_view set care_leaver_account_id = null where care_leaver_account_id = account;
$$;

revoke execute on function erase_from_record_view(uuid) from public;

do $$
begin
  if '${runtime_role}' <> '' and '${runtime_role}' <> current_user
      and exists (select from pg_roles where rolname = '${runtime_role}') then
    execute format('grant execute on function erase_from_record_view(uuid) to %I', '${runtime_role}');
  end if;
end
$$;
