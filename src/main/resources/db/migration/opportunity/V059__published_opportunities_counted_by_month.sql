-- How many opportunities were first published in each month (England's months), of each type,
-- for each place the impact dashboard counts in: all England, each region and each council. The
-- figure of opportunities published as of a day then adds up the months before that day's month
-- and counts only the opportunities published since it began, instead of reading every one of
-- the year (ADR 064). An opportunity counts in a region when it is open nationally or in that
-- region, and in a council when it is open nationally, in the council's region or in the council:
-- the same test the figure makes of each opportunity. The counts follow the opportunities as they
-- are now, as the figure always has: publishing, a change of type or of where it is open, and
-- removal move them, through the trigger below, whichever release makes the change.
create table opportunity_published_by_month (
  -- 'ENGLAND', a region's code, or a council's id.
  area varchar(12) not null,
  type text not null,
  -- The moment the month began in England.
  month_began timestamptz not null,
  published bigint not null,
  primary key (area, type, month_began)
);

-- The places an opportunity open at this scope counts in.
create function opportunity_counted_in(scope text, regions varchar(9)[], councils integer[])
  returns setof varchar(12) language sql stable as $$
  select 'ENGLAND'::varchar(12)
  union all
  select r.code from region r where scope = 'NATIONAL' or r.code = any(regions)
  union all
  select la.id::varchar(12) from local_authority la
  where scope = 'NATIONAL' or la.region_code = any(regions) or la.id = any(councils)
$$;

-- Once per statement, in the order of the key, so that two statements touching the same counts
-- wait for each other rather than lock each other out. An update moves counts only for the
-- opportunities whose publication, type or places changed; any other change writes nothing.
create function opportunity_published_counted() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' then
    insert into opportunity_published_by_month as kept (area, type, month_began, published)
    select area, type, month_began, sum(n) from (
      select place.area, c.type, month_began_in_england(c.published_at) as month_began, 1 as n
      from changed c join gone g on g.id = c.id
        cross join opportunity_counted_in(c.scope, c.regions, c.councils) as place (area)
      where c.published_at is not null and (g.published_at, g.type, g.scope, g.regions, g.councils)
        is distinct from (c.published_at, c.type, c.scope, c.regions, c.councils)
      union all
      select place.area, g.type, month_began_in_england(g.published_at), -1
      from gone g join changed c on c.id = g.id
        cross join opportunity_counted_in(g.scope, g.regions, g.councils) as place (area)
      where g.published_at is not null and (g.published_at, g.type, g.scope, g.regions, g.councils)
        is distinct from (c.published_at, c.type, c.scope, c.regions, c.councils)
    ) moved group by 1, 2, 3 having sum(n) <> 0 order by 1, 2, 3
    on conflict (area, type, month_began) do update set published = kept.published + excluded.published;
  else
    insert into opportunity_published_by_month as kept (area, type, month_began, published)
    select place.area, c.type, month_began_in_england(c.published_at),
      case when tg_op = 'DELETE' then -1 else 1 end * count(*)
    from changed c cross join opportunity_counted_in(c.scope, c.regions, c.councils) as place (area)
    where c.published_at is not null
    group by 1, 2, 3 order by 1, 2, 3
    on conflict (area, type, month_began) do update set published = kept.published + excluded.published;
  end if;
  return null;
end;
$$;

create trigger opportunity_made_published_counted after insert on opportunity
  referencing new table as changed for each statement execute function opportunity_published_counted();
create trigger opportunity_changed_published_counted after update on opportunity
  referencing old table as gone new table as changed for each statement
  execute function opportunity_published_counted();
create trigger opportunity_removed_published_counted after delete on opportunity
  referencing old table as changed for each statement execute function opportunity_published_counted();

-- The opportunities published so far (the triggers above already hold back any change until this
-- migration ends, so none is missed or counted twice).
insert into opportunity_published_by_month (area, type, month_began, published)
select place.area, o.type, month_began_in_england(o.published_at), count(*)
from opportunity o cross join opportunity_counted_in(o.scope, o.regions, o.councils) as place (area)
where o.published_at is not null
group by 1, 2, 3;
