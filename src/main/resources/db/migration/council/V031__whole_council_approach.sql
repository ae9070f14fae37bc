-- The Whole Council Approach, part by part (ADR 028): each council's progress with each of the five
-- parts, and the facts of each part. Changes are written to council_partnership_change.
create table council_approach_part (
  local_authority_id integer not null references local_authority (id),
  part text not null check (part in ('RAISING_AWARENESS', 'COUNCIL_TAX_EXEMPTION', 'TRAINING_AND_EMPLOYMENT',
    'SOCIAL_VALUE_POLICY', 'ECONOMIC_DEVELOPMENT')),
  status text not null check (status in ('NOT_STARTED', 'PLANNED', 'IN_PROGRESS', 'IN_PLACE')),
  -- When it is planned for, was started or was put in place.
  status_on date,
  -- For the Covenant team; the link is shown to the public.
  evidence text check (length(evidence) <= 2000),
  evidence_url text check (length(evidence_url) <= 500),
  updated_at timestamptz not null,
  primary key (local_authority_id, part),
  check (status = 'NOT_STARTED' or status_on is not null)
);

create table council_approach_facts (
  local_authority_id integer primary key references local_authority (id),
  -- Part 1: the personal advisers the council employs, as it told us.
  personal_advisers integer check (personal_advisers between 0 and 10000),
  -- Part 2
  tax_exemption boolean,
  tax_exemption_age integer check (tax_exemption_age between 18 and 30),
  tax_exemption_since date,
  -- Part 3: the council's own signatory record (no foreign key: an organisation's record may be
  -- removed, and the part then shows none), its ring-fenced places, and its aim and latest figure
  -- for care leavers in education, employment or training.
  council_signatory uuid,
  ring_fenced_places integer check (ring_fenced_places between 0 and 100000),
  eet_aim_percent integer check (eet_aim_percent between 0 and 100),
  eet_latest_percent integer check (eet_latest_percent between 0 and 100),
  eet_latest_year integer check (eet_latest_year between 2000 and 2100),
  -- Part 4
  social_value_adopted boolean,
  social_value_adopted_on date,
  social_value_threshold bigint check (social_value_threshold between 0 and 10000000000),
  social_value_names_care_leavers boolean,
  -- Part 5
  employers_engaged integer check (employers_engaged between 0 and 100000),
  social_value_event_on date,
  updated_at timestamptz not null
);
