-- The admin audit log stays append-only, with the one change erasure needs (as record_view's in
-- V025_1 and V029): the account an action was about is set to null when that person is erased.
-- What was done, by which administrator and when stays. The change is made by a function run
-- with the owner role's rights, the only way the runtime role can make it.
create or replace function admin_action_refuse_change() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE'
      and new.id = old.id
      and new.admin_account_id = old.admin_account_id
      and new.action = old.action
      and new.detail is not distinct from old.detail
      and new.acted_at = old.acted_at
      and new.subject_account_id is null then
    return new;
  end if;
  raise exception 'The admin audit log is append-only: % is refused', tg_op;
end;
$$;

create or replace function erase_from_admin_action(account uuid) returns void
  language sql security definer set search_path = public as $$
  update admin_action set subject_account_id = null where subject_account_id = account;
$$;

revoke execute on function erase_from_admin_action(uuid) from public;

do $$
begin
  if '${runtime_role}' <> '' and '${runtime_role}' <> current_user
      and exists (select from pg_roles where rolname = '${runtime_role}') then
    execute format('grant execute on function erase_from_admin_action(uuid) to %I', '${runtime_role}');
  end if;
end
$$;
