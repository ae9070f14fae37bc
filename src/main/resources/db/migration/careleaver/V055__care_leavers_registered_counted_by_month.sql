-- How many care leavers registered in each month (England's months), by the region they live in
-- and, apart, by the council that looked after them, so that the Covenant's figure of care
-- leavers registered as of a day adds up the months before that day's month and counts only the
-- profiles made since it began, instead of reading every profile (ADR 057). The counts follow the
-- profiles as they are now, as the figure always has: a profile made, deleted, or moved to another
-- region or council changes them, through the triggers below, whichever release makes the change.
create table care_leaver_registered_in_region (
  region_code varchar(9) not null,
  -- The moment the month began in England.
  month_began timestamptz not null,
  registered bigint not null,
  primary key (region_code, month_began)
);

create table care_leaver_registered_by_council (
  local_authority_id integer not null,
  month_began timestamptz not null,
  registered bigint not null,
  primary key (local_authority_id, month_began)
);

-- The moment the month of a moment began in England.
create function month_began_in_england(at timestamptz) returns timestamptz language sql stable as $$
  select date_trunc('month', at at time zone 'Europe/London') at time zone 'Europe/London'
$$;

-- Once per statement: the generator's or an import's many profiles cost one change for each
-- month and region or council they touch. In the order of the key, so that two statements
-- touching the same counts wait for each other rather than lock each other out.
create function care_leaver_registered_counted() returns trigger language plpgsql as $$
declare
  -- Profiles made count in, profiles deleted count out.
  counted_as integer := case when tg_op = 'DELETE' then -1 else 1 end;
begin
  if tg_op = 'UPDATE' then
    -- Only a change of a profile's month, region or council moves a count; any other
    -- change writes nothing.
    insert into care_leaver_registered_in_region as kept (region_code, month_began, registered)
    select region_code, month_began, sum(n) from (
      select region_code, month_began_in_england(created_at) as month_began, 1 as n from changed
      union all
      select region_code, month_began_in_england(created_at), -1 from gone
    ) moved group by 1, 2 having sum(n) <> 0 order by 1, 2
    on conflict (region_code, month_began) do update set registered = kept.registered + excluded.registered;
    insert into care_leaver_registered_by_council as kept (local_authority_id, month_began, registered)
    select local_authority_id, month_began, sum(n) from (
      select local_authority_id, month_began_in_england(created_at) as month_began, 1 as n from changed
      union all
      select local_authority_id, month_began_in_england(created_at), -1 from gone
    ) moved group by 1, 2 having sum(n) <> 0 order by 1, 2
    on conflict (local_authority_id, month_began) do update set registered = kept.registered + excluded.registered;
  else
    insert into care_leaver_registered_in_region as kept (region_code, month_began, registered)
    select region_code, month_began_in_england(created_at), counted_as * count(*) from changed group by 1, 2 order by 1, 2
    on conflict (region_code, month_began) do update set registered = kept.registered + excluded.registered;
    insert into care_leaver_registered_by_council as kept (local_authority_id, month_began, registered)
    select local_authority_id, month_began_in_england(created_at), counted_as * count(*) from changed group by 1, 2
    order by 1, 2
    on conflict (local_authority_id, month_began) do update set registered = kept.registered + excluded.registered;
  end if;
  return null;
end;
$$;

create trigger care_leaver_made_counted after insert on care_leaver
  referencing new table as changed for each statement execute function care_leaver_registered_counted();
create trigger care_leaver_changed_counted after update on care_leaver
  referencing old table as gone new table as changed for each statement
  execute function care_leaver_registered_counted();
create trigger care_leaver_deleted_counted after delete on care_leaver
  referencing old table as changed for each statement execute function care_leaver_registered_counted();

-- The profiles made so far (the triggers above already hold back any new profile until this
-- migration ends, so none is missed or counted twice).
insert into care_leaver_registered_in_region (region_code, month_began, registered)
select region_code, month_began_in_england(created_at), count(*) from care_leaver group by 1, 2;
insert into care_leaver_registered_by_council (local_authority_id, month_began, registered)
select local_authority_id, month_began_in_england(created_at), count(*) from care_leaver group by 1, 2;
