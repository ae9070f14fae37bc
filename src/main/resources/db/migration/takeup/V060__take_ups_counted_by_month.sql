-- The take-ups of the Covenant's goals, counted by month so that a figure as of a day adds up the
-- months before that day's month and reads one by one only the take-ups since (ADR 064).
--
-- Take-ups: how many were taken up in each month (England's months), of each type, in all
-- England, in the region the young person lived in and under the council that looked after them,
-- as the take-up records them.
--
-- Young people: the goals also count how many different young people took up opportunities of a
-- kind in a year (April to March). Each young person's first take-up of each kind in each year and
-- place is kept (take_up_first), and how many such firsts fell in each month. A kind is an
-- orientation (employment, leisure, other), or 'ANY' for every type.
--
-- Both follow the take-ups as they are now, as the figures always have: a take-up taken up, moved
-- to another type or place, given back to no one when its young person deletes their account, or
-- removed moves them, through the trigger below, whichever release makes the change.
create table take_up_taken_up_by_month (
  -- 'ENGLAND', a region's code, or a council's id.
  area varchar(12) not null,
  type text not null,
  -- The moment the month began in England.
  month_began timestamptz not null,
  taken_up bigint not null,
  primary key (area, type, month_began)
);

create table take_up_first (
  account_id uuid not null,
  -- The year's first April, as a year: 2026 for April 2026 to March 2027.
  fiscal_year integer not null,
  orientation text not null,
  area varchar(12) not null,
  first_at timestamptz not null,
  primary key (account_id, fiscal_year, orientation, area)
);

create index take_up_first_counted on take_up_first (area, orientation, first_at);

create table take_up_people_by_month (
  area varchar(12) not null,
  orientation text not null,
  month_began timestamptz not null,
  people bigint not null,
  primary key (area, orientation, month_began)
);

-- The orientation of each type of opportunity, as the service's own list gives it (a test
-- checks the two agree).
create function take_up_orientation(type text) returns text language sql immutable as $$
  select case
    when type in ('JOB', 'APPRENTICESHIP', 'INTERNSHIP', 'WORK_EXPERIENCE', 'TRAINEESHIP') then 'EMPLOYMENT'
    when type = 'FREE_TICKETS_OR_ACTIVITY' then 'LEISURE'
    else 'OTHER'
  end
$$;

-- The year (April to March, in England) a moment falls in, by its first April.
create function fiscal_year_in_england(at timestamptz) returns integer language sql stable as $$
  select extract(year from (at at time zone 'Europe/London') - interval '3 months')::integer
$$;

-- Each young person's first take-up of each kind in each year and place, worked out from their
-- take-ups as they are now.
create function take_up_firsts_of(accounts uuid[])
  returns table (account_id uuid, fiscal_year integer, orientation text, area varchar(12), first_at timestamptz)
  language sql stable as $$
  select t.account_id, fiscal_year_in_england(t.taken_up_at), kind.orientation, place.area, min(t.taken_up_at)
  from unnest(accounts) as asked (account_id)
    join take_up t on t.account_id = asked.account_id
    cross join lateral (values (take_up_orientation(t.opportunity_type)), ('ANY')) as kind (orientation)
    cross join lateral (values ('ENGLAND'::varchar(12)), (t.region_code::varchar(12)),
      (t.local_authority_id::varchar(12))) as place (area)
  where t.taken_up_at is not null and t.opportunity_type is not null and place.area is not null
  group by 1, 2, 3, 4
$$;

-- Works out again the firsts of these young people, and moves the months' counts of young people
-- by the difference. One statement at a time does so (the table lock), so that two changes to the
-- same young person's take-ups cannot both count from what the other is replacing; take-ups
-- change a few at a time, as people use the service.
create function take_up_firsts_recounted(accounts uuid[]) returns void language plpgsql as $$
begin
  if accounts is null or cardinality(accounts) = 0 then
    return;
  end if;
  lock table take_up_first in share row exclusive mode;
  insert into take_up_people_by_month as kept (area, orientation, month_began, people)
  select area, orientation, month_began, sum(n) from (
    select area, orientation, month_began_in_england(first_at) as month_began, 1 as n
    from take_up_firsts_of(accounts)
    union all
    select f.area, f.orientation, month_began_in_england(f.first_at), -1
    from take_up_first f join unnest(accounts) as asked (account_id) on asked.account_id = f.account_id
  ) moved group by 1, 2, 3 having sum(n) <> 0 order by 1, 2, 3
  on conflict (area, orientation, month_began) do update set people = kept.people + excluded.people;
  delete from take_up_first f using unnest(accounts) as asked (account_id) where f.account_id = asked.account_id;
  insert into take_up_first (account_id, fiscal_year, orientation, area, first_at)
  select account_id, fiscal_year, orientation, area, first_at from take_up_firsts_of(accounts);
end;
$$;

-- Once per statement, the counts in the order of their key, so that two statements touching the
-- same counts wait for each other rather than lock each other out. An update moves counts only for
-- the take-ups whose moment, type, place or young person changed; any other change (a stage, a
-- reminder sent) writes nothing.
create function take_up_counted() returns trigger language plpgsql as $$
declare
  accounts uuid[];
begin
  if tg_op = 'INSERT' then
    insert into take_up_taken_up_by_month as kept (area, type, month_began, taken_up)
    select place.area, c.opportunity_type, month_began_in_england(c.taken_up_at), count(*)
    from changed c cross join lateral (values ('ENGLAND'::varchar(12)), (c.region_code::varchar(12)),
      (c.local_authority_id::varchar(12))) as place (area)
    where c.taken_up_at is not null and c.opportunity_type is not null and place.area is not null
    group by 1, 2, 3 order by 1, 2, 3
    on conflict (area, type, month_began) do update set taken_up = kept.taken_up + excluded.taken_up;
    select array_agg(distinct account_id) into accounts from changed
    where account_id is not null and taken_up_at is not null;
  elsif tg_op = 'DELETE' then
    insert into take_up_taken_up_by_month as kept (area, type, month_began, taken_up)
    select place.area, g.opportunity_type, month_began_in_england(g.taken_up_at), -count(*)
    from gone g cross join lateral (values ('ENGLAND'::varchar(12)), (g.region_code::varchar(12)),
      (g.local_authority_id::varchar(12))) as place (area)
    where g.taken_up_at is not null and g.opportunity_type is not null and place.area is not null
    group by 1, 2, 3 order by 1, 2, 3
    on conflict (area, type, month_began) do update set taken_up = kept.taken_up + excluded.taken_up;
    select array_agg(distinct account_id) into accounts from gone
    where account_id is not null and taken_up_at is not null;
  else
    insert into take_up_taken_up_by_month as kept (area, type, month_began, taken_up)
    select area, type, month_began, sum(n) from (
      select place.area, t.opportunity_type as type, month_began_in_england(t.taken_up_at) as month_began, t.n
      from (
        select c.*, 1 as n from changed c join gone g on g.id = c.id
        where (g.taken_up_at, g.opportunity_type, g.region_code, g.local_authority_id)
          is distinct from (c.taken_up_at, c.opportunity_type, c.region_code, c.local_authority_id)
        union all
        select g.*, -1 from gone g join changed c on c.id = g.id
        where (g.taken_up_at, g.opportunity_type, g.region_code, g.local_authority_id)
          is distinct from (c.taken_up_at, c.opportunity_type, c.region_code, c.local_authority_id)
      ) t cross join lateral (values ('ENGLAND'::varchar(12)), (t.region_code::varchar(12)),
        (t.local_authority_id::varchar(12))) as place (area)
      where t.taken_up_at is not null and t.opportunity_type is not null and place.area is not null
    ) moved group by 1, 2, 3 having sum(n) <> 0 order by 1, 2, 3
    on conflict (area, type, month_began) do update set taken_up = kept.taken_up + excluded.taken_up;
    select array_agg(distinct each.account) into accounts from (
      select g.account_id as was_of, c.account_id as now_of from gone g join changed c on c.id = g.id
      where (g.taken_up_at, g.opportunity_type, g.region_code, g.local_authority_id, g.account_id)
        is distinct from (c.taken_up_at, c.opportunity_type, c.region_code, c.local_authority_id, c.account_id)
    ) moved cross join lateral (values (moved.was_of), (moved.now_of)) as each (account)
    where each.account is not null;
  end if;
  perform take_up_firsts_recounted(accounts);
  return null;
end;
$$;

create trigger take_up_made_counted after insert on take_up
  referencing new table as changed for each statement execute function take_up_counted();
create trigger take_up_changed_counted after update on take_up
  referencing old table as gone new table as changed for each statement execute function take_up_counted();
create trigger take_up_removed_counted after delete on take_up
  referencing old table as gone for each statement execute function take_up_counted();

-- The take-ups recorded so far (the triggers above already hold back any change until this
-- migration ends, so none is missed or counted twice).
insert into take_up_taken_up_by_month (area, type, month_began, taken_up)
select place.area, t.opportunity_type, month_began_in_england(t.taken_up_at), count(*)
from take_up t cross join lateral (values ('ENGLAND'::varchar(12)), (t.region_code::varchar(12)),
  (t.local_authority_id::varchar(12))) as place (area)
where t.taken_up_at is not null and t.opportunity_type is not null and place.area is not null
group by 1, 2, 3;
insert into take_up_first (account_id, fiscal_year, orientation, area, first_at)
select account_id, fiscal_year, orientation, area, first_at
from take_up_firsts_of(array(select distinct account_id from take_up where account_id is not null and taken_up_at is not null));
insert into take_up_people_by_month (area, orientation, month_began, people)
select area, orientation, month_began_in_england(first_at), count(*) from take_up_first group by 1, 2, 3;
