-- A profile for every generated care leaver: aged 16 to 25 on the generator's end date, looked
-- after by the council their account was drawn for, and mostly still living in that council's
-- region (some have moved). Each is interested in one category and one to three types; a few
-- have turned on suggestions from coordinators.
insert into care_leaver (account_id, full_name, preferred_name, date_of_birth, local_authority_id, region_code,
  interest_categories, interest_types, situation, ambitions, open_to_suggestions, privacy_notice_accepted_at,
  created_at, updated_at, demo)
with drawn as materialized (
  select a.id, a.n, a.display_name, a.local_authority_id, a.created_at, la.region_code,
    md5(cast(:seed as text) || ':care-leaver:' || a.n) as digest
  from generated_account a
  join local_authority la on la.id = a.local_authority_id
  where a.role = 'CARE_LEAVER'
), picked as (
  select d.*, pg_temp.fraction(d.digest, 0) as pick_age, pg_temp.fraction(d.digest, 1) as pick_moved,
    pg_temp.fraction(d.digest, 2) as pick_region, pg_temp.fraction(d.digest, 3) as pick_situation,
    pg_temp.fraction(md5(d.digest), 0) as pick_category, pg_temp.fraction(md5(d.digest), 1) as pick_type,
    pg_temp.fraction(md5(d.digest), 2) as pick_more_types, pg_temp.fraction(md5(d.digest), 3) as pick_suggestions
  from drawn d
), types as (
  select array['JOB', 'APPRENTICESHIP', 'INTERNSHIP', 'WORK_EXPERIENCE', 'TRAINEESHIP', 'TRAINING_COURSE',
    'WORKSHOP_OR_EVENT', 'MENTORING', 'DISCOUNT', 'FREE_TICKETS_OR_ACTIVITY', 'FINANCIAL_HELP', 'EXEMPTION',
    'HELP_SETTING_UP_HOME', 'OTHER'] as all_types
)
select p.id, p.display_name, null,
  cast(:until as date) - (16 * 365 + 4 + floor(p.pick_age * 3650))::integer,
  p.local_authority_id,
  case when p.pick_moved < 0.85 then p.region_code
    else 'E1200000' || (1 + floor(p.pick_region * 9))::integer end,
  array[(array['EDUCATION_AND_TRAINING', 'EMPLOYMENT_AND_WORK_EXPERIENCE', 'INDEPENDENT_LIVING_AND_HOUSING',
    'HEALTH_AND_WELLBEING', 'MONEY_AND_FINANCIAL_SUPPORT', 'LEISURE_AND_LIFESTYLE'])[1 + floor(p.pick_category * 6)::integer]],
  -- One type, then up to two more taken from further along the list (never the same twice).
  (select array_agg(distinct t.all_types[1 + (floor(p.pick_type * 14)::integer + k * (1 + floor(p.pick_more_types * 6)::integer)) % 14])
   from generate_series(0, floor(p.pick_more_types * 3)::integer) as k),
  (array['EDUCATION', 'EMPLOYMENT', 'TRAINING', 'NONE', 'PREFER_NOT_TO_SAY'])[1 + floor(p.pick_situation * 5)::integer],
  null,
  p.pick_suggestions < 0.3,
  p.created_at, p.created_at, p.created_at, true
from picked p
cross join types t
order by p.created_at, p.id;
