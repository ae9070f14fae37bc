-- Counts the statements that changed any opportunity, so that every instance keeping its own
-- copy of the published opportunities in memory (for searches, For you and matching) can tell
-- cheaply, by reading one row, that its copy is out of date, whichever instance made the change.
create table opportunity_changes (
  only_row boolean primary key default true check (only_row),
  changes bigint not null
);
insert into opportunity_changes (only_row, changes) values (true, 0);

-- Once per statement that changed at least one row: an import of 50,000 opportunities counts
-- once, and an update that found nothing to change does not count.
create function count_opportunity_changes() returns trigger language plpgsql as $$
begin
  if exists (select from changed) then
    update opportunity_changes set changes = changes + 1;
  end if;
  return null;
end;
$$;

create trigger opportunity_inserted_counted after insert on opportunity
  referencing new table as changed for each statement execute function count_opportunity_changes();
create trigger opportunity_updated_counted after update on opportunity
  referencing new table as changed for each statement execute function count_opportunity_changes();
create trigger opportunity_deleted_counted after delete on opportunity
  referencing old table as changed for each statement execute function count_opportunity_changes();
