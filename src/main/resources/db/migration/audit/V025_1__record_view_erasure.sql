-- The audit trail stays append-only, with one exception: when a person's account is erased,
-- the rows that name them lose their account id (as the viewer, or as the young person looked
-- at). What was looked at, by which role and when stays. Nothing else may change.
alter table record_view alter column viewer_account_id drop not null;

create or replace function record_view_refuse_change() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE'
      and new.id = old.id
      and new.viewer_role = old.viewer_role
      and new.what = old.what
      and new.viewed_at = old.viewed_at
      and new.take_up_id is not distinct from old.take_up_id
      and (new.viewer_account_id is not distinct from old.viewer_account_id or new.viewer_account_id is null)
      and (new.care_leaver_account_id is not distinct from old.care_leaver_account_id
        or new.care_leaver_account_id is null) then
    return new;
  end if;
  raise exception 'The audit trail is append-only: % is refused', tg_op;
end;
$$;
