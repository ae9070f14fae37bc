-- The proxy values that turn outcomes delivered through the Covenant into social value:
-- one row for each outcome, in pounds (kept in pence) per unit, with where the value comes
-- from and the year it is for. The rows below are defaults for administrators to check
-- against the framework their councils use; a value an administrator sets is no longer a
-- default. Who changed a value, and from what, is in the admin audit log.
create table social_value_proxy (
  outcome text primary key check (outcome in ('APPRENTICESHIP_WEEKS', 'WORK_PLACEMENT_WEEKS', 'JOBS_STARTED',
    'TRAINING_COMPLETED')),
  unit varchar(60) not null,
  value_pence bigint not null check (value_pence >= 0 and value_pence <= 100000000),
  source varchar(300) not null,
  year integer not null check (year between 2000 and 2100),
  is_default boolean not null,
  changed_at timestamptz not null
);

insert into social_value_proxy (outcome, unit, value_pence, source, year, is_default, changed_at) values
  ('APPRENTICESHIP_WEEKS', 'week', 24500,
    'National TOMs 2023 (default: check it against the framework your contracts use)', 2023, true, now()),
  ('WORK_PLACEMENT_WEEKS', 'week', 19000,
    'National TOMs 2023 (default: check it against the framework your contracts use)', 2023, true, now()),
  ('JOBS_STARTED', 'job', 1500000,
    'National TOMs 2023 (default: check it against the framework your contracts use)', 2023, true, now()),
  ('TRAINING_COMPLETED', 'course', 100000,
    'National TOMs 2023 (default: check it against the framework your contracts use)', 2023, true, now());
