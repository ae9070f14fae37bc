-- Opportunities: the concrete things a care leaver can take up, each offered by one signatory.
create extension if not exists pg_trgm;

create table opportunity (
  id uuid primary key,
  signatory_id uuid not null,
  -- Copied from the signatory when the opportunity is saved, so that searches need no join.
  organisation_name text not null,
  title varchar(120) not null,
  summary varchar(300) not null,
  description varchar(5000) not null,
  type text not null,
  category text not null,
  outcomes text[] not null default '{}',
  scope text not null check (scope in ('NATIONAL', 'REGIONS', 'COUNCILS')),
  regions varchar(9)[] not null default '{}',
  councils integer[] not null default '{}',
  age_from integer not null,
  age_to integer not null,
  other_conditions varchar(1000),
  places integer,
  opens_on date,
  closes_on date,
  starts_on date,
  take_up text not null check (take_up in ('CONNECTS', 'LINK', 'CODE')),
  apply_url varchar(500),
  access_code varchar(100),
  travel_paid boolean not null default false,
  clothing_provided boolean not null default false,
  guaranteed_interview boolean not null default false,
  apply_with_adviser boolean not null default false,
  -- The five facts of a quality internship; the tag is computed from them, never set by hand.
  lasts_12_weeks boolean not null default false,
  paid_living_wage boolean not null default false,
  has_mentor boolean not null default false,
  certified_skills boolean not null default false,
  route_to_job boolean not null default false,
  quality_internship boolean generated always as (type = 'INTERNSHIP' and lasts_12_weeks and paid_living_wage
    and has_mentor and certified_skills and route_to_job) stored,
  status text not null check (status in ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'CLOSED', 'ARCHIVED')),
  returned_reason varchar(1000),
  created_at timestamptz not null,
  submitted_at timestamptz,
  published_at timestamptz,
  -- Freshness: when the signatory last said an open-ended opportunity is still available, and
  -- when we asked it to say so again.
  confirmed_at timestamptz not null,
  reconfirm_requested_at timestamptz,
  demo boolean not null default false,
  search tsvector generated always as (
    setweight(to_tsvector('english', title), 'A') ||
    setweight(to_tsvector('english', organisation_name), 'A') ||
    setweight(to_tsvector('english', summary), 'B') ||
    setweight(to_tsvector('english', description), 'C')) stored,
  search_text text generated always as (title || ' ' || organisation_name || ' ' || summary) stored,
  check (age_from <= age_to),
  check (opens_on is null or closes_on is null or opens_on <= closes_on)
);

create index opportunity_signatory on opportunity (signatory_id, status);
create index opportunity_status on opportunity (status, published_at desc);
create index opportunity_search on opportunity using gin (search);
create index opportunity_search_trigram on opportunity using gin (search_text gin_trgm_ops);
create index opportunity_regions on opportunity using gin (regions);
create index opportunity_councils on opportunity using gin (councils);
