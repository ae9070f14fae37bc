-- The Covenant's impact (ADR 037): each fiscal year's target for each goal and KPI, set by
-- administrators, and the daily count of councils and institutions that have embedded their
-- approach, kept as it was counted so that a past day's figure never changes.
create table impact_target (
  -- The fiscal year, by the year its April falls in: 2026 is April 2026 to March 2027.
  fiscal_year integer not null check (fiscal_year between 2000 and 2100),
  measure text not null check (length(measure) <= 60),
  target integer not null check (target between 0 and 10000000),
  -- The administrator who set it; no foreign key, as in the other kept histories.
  set_by uuid,
  set_at timestamptz not null,
  primary key (fiscal_year, measure)
);

create table impact_embedded_count (
  counted_on date not null,
  -- A region's code, or 'ALL' for all England.
  region_code varchar(9) not null,
  councils integer not null check (councils >= 0),
  institutions integer not null check (institutions >= 0),
  counted_at timestamptz not null,
  primary key (counted_on, region_code)
);

create function impact_embedded_count_is_kept() returns trigger language plpgsql as $$
begin
  raise exception 'embedded counts are kept as they were counted';
end;
$$;

create trigger impact_embedded_count_kept before update or delete on impact_embedded_count
  for each row execute function impact_embedded_count_is_kept();
