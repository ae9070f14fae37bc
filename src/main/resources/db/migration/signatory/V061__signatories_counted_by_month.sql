-- How many organisations signed the Covenant in each month (England's months), and how many of
-- those lapsed in each month, in all England and in each region an organisation works in (every
-- region for one working nationally), so that the Covenant's figure of signatories as of a day adds
-- up the months before that day's month and reads one by one only the organisations that signed or
-- lapsed since, instead of working out every organisation's signing date (ADR 064). An organisation
-- signed on the date recorded, or, with none recorded, when it reached the signed stage. The
-- counts follow the organisations as they are now, as the figure always has, through the trigger
-- below, whichever release makes the change.
create table signatory_signed_by_month (
  -- 'ENGLAND', or a region's code.
  area varchar(12) not null,
  -- 'SIGNED', or 'LAPSED' for the signed organisations that lapsed.
  what text not null,
  -- The moment the month began in England.
  month_began timestamptz not null,
  signatories bigint not null,
  primary key (area, what, month_began)
);

-- When an organisation signed, as the figure counts it (null if it has not).
create function signatory_signed_at(signed_on date, stage text, stage_changed_at timestamptz)
  returns timestamptz language sql immutable as $$
  select coalesce(signed_on::timestamp at time zone 'Europe/London', case when stage = 'SIGNED' then stage_changed_at end)
$$;

-- The months, and the places, an organisation counts in.
create function signatory_counted_in(is_national boolean, in_regions varchar(9)[], signed_on date, stage text,
    stage_changed_at timestamptz)
  returns table (area varchar(12), what text, month_began timestamptz) language sql stable as $$
  select place.area, moment.what, month_began_in_england(moment.at)
  from (
    select 'SIGNED' as what, signatory_signed_at(signed_on, stage, stage_changed_at) as at
    union all
    select 'LAPSED', stage_changed_at
    where stage = 'LAPSED' and signatory_signed_at(signed_on, stage, stage_changed_at) is not null
  ) moment cross join (
    select 'ENGLAND'::varchar(12) as area
    union all
    select r.code from region r where is_national or r.code = any(in_regions)
  ) place
  where moment.at is not null
$$;

-- Once per statement, in the order of the key; a change that moves no count writes nothing.
create function signatory_signed_counted() returns trigger language plpgsql as $$
begin
  if tg_op = 'INSERT' then
    insert into signatory_signed_by_month as kept (area, what, month_began, signatories)
    select place.area, place.what, place.month_began, count(*)
    from changed c
      cross join signatory_counted_in(c.national, c.regions, c.signed_on, c.stage, c.stage_changed_at) as place
    group by 1, 2, 3 order by 1, 2, 3
    on conflict (area, what, month_began) do update set signatories = kept.signatories + excluded.signatories;
  elsif tg_op = 'DELETE' then
    insert into signatory_signed_by_month as kept (area, what, month_began, signatories)
    select place.area, place.what, place.month_began, -count(*)
    from gone g
      cross join signatory_counted_in(g.national, g.regions, g.signed_on, g.stage, g.stage_changed_at) as place
    group by 1, 2, 3 order by 1, 2, 3
    on conflict (area, what, month_began) do update set signatories = kept.signatories + excluded.signatories;
  else
    insert into signatory_signed_by_month as kept (area, what, month_began, signatories)
    select area, what, month_began, sum(n) from (
      select place.area, place.what, place.month_began, 1 as n
      from changed c
        cross join signatory_counted_in(c.national, c.regions, c.signed_on, c.stage, c.stage_changed_at) as place
      union all
      select place.area, place.what, place.month_began, -1
      from gone g
        cross join signatory_counted_in(g.national, g.regions, g.signed_on, g.stage, g.stage_changed_at) as place
    ) moved group by 1, 2, 3 having sum(n) <> 0 order by 1, 2, 3
    on conflict (area, what, month_began) do update set signatories = kept.signatories + excluded.signatories;
  end if;
  return null;
end;
$$;

create trigger signatory_made_counted after insert on signatory
  referencing new table as changed for each statement execute function signatory_signed_counted();
create trigger signatory_changed_counted after update on signatory
  referencing old table as gone new table as changed for each statement execute function signatory_signed_counted();
create trigger signatory_removed_counted after delete on signatory
  referencing old table as gone for each statement execute function signatory_signed_counted();

-- The organisations so far (the triggers above already hold back any change until this migration
-- ends, so none is missed or counted twice).
insert into signatory_signed_by_month (area, what, month_began, signatories)
select place.area, place.what, place.month_began, count(*)
from signatory s cross join signatory_counted_in(s.national, s.regions, s.signed_on, s.stage, s.stage_changed_at) as place
group by 1, 2, 3;
