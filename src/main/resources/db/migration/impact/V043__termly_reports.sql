-- The termly report (ADR 040): each issued report kept as it was issued, its figures, their
-- months and its highlights copied at that moment, so that it reads the same forever. Issuing
-- a term's report again adds a new version; none is ever changed or removed, except that
-- erasing the coordinator's account forgets who issued it.
create table impact_report (
  id uuid primary key,
  -- The fiscal year, by the year its April falls in, and its term.
  fiscal_year integer not null check (fiscal_year between 2000 and 2100),
  term text not null check (term in ('SUMMER', 'AUTUMN', 'SPRING')),
  version integer not null check (version >= 1),
  -- The day the figures are as of: the term's last day, or the day of issue when the term
  -- had not ended.
  as_of date not null,
  narrative text not null check (length(narrative) between 1 and 10000),
  -- The rule the statuses were set by, as the report was issued.
  status_rule text not null,
  -- The coordinator who issued it; no foreign key, as in the other kept histories.
  issued_by uuid,
  issued_at timestamptz not null,
  unique (fiscal_year, term, version)
);

create index impact_report_issued on impact_report (issued_at desc);

-- Each goal's and KPI's figure, with its wording as it was issued.
create table impact_report_figure (
  report_id uuid not null references impact_report (id),
  position integer not null,
  measure text not null check (length(measure) <= 60),
  goal boolean not null,
  title text not null,
  short_title text not null,
  definition text not null,
  cadence text,
  figure bigint,
  note text,
  target integer not null,
  expected bigint not null,
  status text not null check (status in ('GREEN', 'AMBER', 'RED', 'NOT_RECORDED')),
  primary key (report_id, measure)
);

-- Each figure at the end of each month of the year (null after the day, or not recorded).
create table impact_report_month (
  report_id uuid not null references impact_report (id),
  measure text not null,
  month date not null,
  figure bigint,
  trajectory bigint not null,
  primary key (report_id, measure, month)
);

-- The highlights: signatories by take-ups delivered, councils' Whole Council Approach and
-- institutions' Whole Institution Approach, each row as it stood when the report was issued.
create table impact_report_highlight (
  report_id uuid not null references impact_report (id),
  kind text not null check (kind in ('SIGNATORY', 'COUNCIL', 'INSTITUTION')),
  position integer not null,
  organisation text not null,
  -- Signatories: take-ups delivered in the term, and in the year to the term's end.
  -- Councils: parts in place of five. Institutions: pillars met of three.
  first_count bigint not null,
  second_count bigint,
  progress text not null,
  embedded boolean,
  primary key (report_id, kind, position)
);

create function impact_report_is_kept() returns trigger language plpgsql as $$
begin
  raise exception 'issued reports are kept as they were issued';
end;
$$;

-- The one change allowed: forgetting who issued a report, when their account is erased.
create function impact_report_forgets_only_who_issued() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' then
    if new.issued_by is null and (to_jsonb(new) - 'issued_by') = (to_jsonb(old) - 'issued_by') then
      return new;
    end if;
  end if;
  raise exception 'issued reports are kept as they were issued';
end;
$$;

create trigger impact_report_kept before update or delete on impact_report
  for each row execute function impact_report_forgets_only_who_issued();
create trigger impact_report_figure_kept before update or delete on impact_report_figure
  for each row execute function impact_report_is_kept();
create trigger impact_report_month_kept before update or delete on impact_report_month
  for each row execute function impact_report_is_kept();
create trigger impact_report_highlight_kept before update or delete on impact_report_highlight
  for each row execute function impact_report_is_kept();
