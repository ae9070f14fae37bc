-- An institution's own contact (a supporter, who may erase their account) changes its offers, so
-- the history may name an account that is later erased. The one change the kept history allows is
-- forgetting who made a change; everything else stays as it was written.
create or replace function institution_change_is_kept() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' and new.changed_by is null and old.changed_by is not null and new.id = old.id
      and new.institution_id = old.institution_id and new.changed_at = old.changed_at
      and new.what = old.what then
    return new;
  end if;
  raise exception 'changes to institutions are kept as they were written';
end;
$$;
