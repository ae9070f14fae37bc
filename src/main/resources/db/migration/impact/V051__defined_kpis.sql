-- KPIs administrators define (ADR 052): each counts one kind of record the service already
-- counts as of any date, optionally narrowed to an orientation of opportunities or a kind of
-- event, with its name, written definition, cadence and the target for any year not given
-- one of its own. Each year's own target is kept in impact_target, by the KPI's code
-- ('KPI-' and its number). A KPI is never removed: retiring it takes it off the figures as
-- of its retirement day and after, and issued reports keep their copies of it.
create table impact_kpi (
  id integer generated always as identity primary key,
  name text not null check (length(name) between 1 and 80),
  definition text not null check (length(definition) between 1 and 1000),
  basis text not null check (basis in ('CARE_LEAVERS_REGISTERED', 'SIGNATORIES', 'NEW_SIGNATORIES',
    'OPPORTUNITIES_PUBLISHED', 'ADVISERS_VERIFIED', 'COUNCILS_PARTNERED', 'TAKE_UPS', 'YOUNG_PEOPLE_TAKING_UP',
    'EVENTS_HELD', 'EVENT_ATTENDANCES')),
  orientation text check (orientation in ('EMPLOYMENT', 'LEISURE', 'OTHER')),
  event_kind text check (event_kind in ('CAREER_PATH_SESSION', 'WORKSHOP', 'NETWORK_MEETING',
    'AWARENESS_SESSION', 'OTHER')),
  cadence text not null check (cadence in ('MONTHLY', 'TERMLY', 'YEARLY')),
  target integer not null check (target between 0 and 10000000),
  -- The administrator who defined it, and who retired it; no foreign key, as in the other
  -- kept histories.
  defined_by uuid,
  defined_at timestamptz not null,
  retired_on date,
  retired_by uuid,
  retired_at timestamptz
);

create unique index impact_kpi_name on impact_kpi (lower(name));
