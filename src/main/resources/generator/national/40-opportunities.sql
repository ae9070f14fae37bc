-- Opportunities from signed (and lapsed) generated signatories, spread over every type. Most are
-- published; some have closed, and a few are drafts or waiting for review. Regional and local
-- opportunities are offered where their organisation works.
create temp table generated_offerer on commit drop as
select row_number() over (order by g.n) - 1 as k, g.id, g.n, s.national, s.regions, a.local_authority_id,
  s.name
from generated_signatory g
join signatory s on s.id = g.id
join generated_account a on a.role = 'SIGNATORY' and a.n = g.n
where s.stage in ('SIGNED', 'LAPSED');

insert into opportunity (id, signatory_id, organisation_name, title, summary, description, type, category, outcomes,
  scope, regions, councils, age_from, age_to, other_conditions, places, opens_on, closes_on, starts_on, take_up,
  apply_url, access_code, travel_paid, clothing_provided, guaranteed_interview, apply_with_adviser, lasts_12_weeks,
  paid_living_wage, has_mentor, certified_skills, route_to_job, status, created_at, submitted_at, published_at,
  confirmed_at, demo)
with drawn as materialized (
  select i, md5(cast(:seed as text) || ':opportunity:' || i) as digest,
    (select count(*) from generated_offerer) as offerers
  from generate_series(1, cast(:opportunities as integer)) as i
), picked as (
  select d.i, d.digest, o.*, pg_temp.fraction(d.digest, 0) as pick_type, pg_temp.fraction(d.digest, 1) as pick_status,
    pg_temp.fraction(d.digest, 2) as pick_dates, pg_temp.fraction(d.digest, 3) as pick_scope,
    pg_temp.fraction(md5(d.digest), 0) as pick_facts, pg_temp.fraction(md5(d.digest), 1) as pick_created,
    pg_temp.fraction(md5(d.digest), 2) as pick_places
  from drawn d
  join generated_offerer o on o.k = d.i % d.offerers
), typed as (
  select p.*, t.type, t.category, t.outcomes, t.noun, t.take_up
  from picked p
  join (values
      (0, 'JOB', 'EMPLOYMENT_AND_WORK_EXPERIENCE', '{EMPLOYMENT_EDUCATION_TRAINING,FINANCIAL_STABILITY}', 'assistant', 'CONNECTS'),
      (1, 'APPRENTICESHIP', 'EMPLOYMENT_AND_WORK_EXPERIENCE', '{EMPLOYMENT_EDUCATION_TRAINING}', 'apprenticeship', 'CONNECTS'),
      (2, 'INTERNSHIP', 'EMPLOYMENT_AND_WORK_EXPERIENCE', '{EMPLOYMENT_EDUCATION_TRAINING}', 'internship', 'CONNECTS'),
      (3, 'WORK_EXPERIENCE', 'EMPLOYMENT_AND_WORK_EXPERIENCE', '{EMPLOYMENT_EDUCATION_TRAINING}', 'work experience week', 'CONNECTS'),
      (4, 'TRAINEESHIP', 'EDUCATION_AND_TRAINING', '{EMPLOYMENT_EDUCATION_TRAINING}', 'traineeship', 'CONNECTS'),
      (5, 'TRAINING_COURSE', 'EDUCATION_AND_TRAINING', '{EMPLOYMENT_EDUCATION_TRAINING}', 'training course', 'LINK'),
      (6, 'WORKSHOP_OR_EVENT', 'EDUCATION_AND_TRAINING', '{LIVE_INDEPENDENTLY}', 'workshop', 'LINK'),
      (7, 'MENTORING', 'HEALTH_AND_WELLBEING', '{STABILITY_SAFETY_SECURITY}', 'mentoring programme', 'CONNECTS'),
      (8, 'DISCOUNT', 'MONEY_AND_FINANCIAL_SUPPORT', '{FINANCIAL_STABILITY}', 'discount', 'CODE'),
      (9, 'FREE_TICKETS_OR_ACTIVITY', 'LEISURE_AND_LIFESTYLE', '{HEALTH_SUPPORT}', 'free tickets', 'CODE'),
      (10, 'FINANCIAL_HELP', 'MONEY_AND_FINANCIAL_SUPPORT', '{FINANCIAL_STABILITY}', 'grant', 'LINK'),
      (11, 'EXEMPTION', 'MONEY_AND_FINANCIAL_SUPPORT', '{FINANCIAL_STABILITY}', 'fee exemption', 'LINK'),
      (12, 'HELP_SETTING_UP_HOME', 'INDEPENDENT_LIVING_AND_HOUSING', '{LIVE_INDEPENDENTLY,STABILITY_SAFETY_SECURITY}', 'starter home pack', 'CONNECTS'),
      (13, 'OTHER', 'HEALTH_AND_WELLBEING', '{HEALTH_SUPPORT}', 'support session', 'CONNECTS'))
    as t (k, type, category, outcomes, noun, take_up) on t.k = floor(p.pick_type * 14)
), shaped as (
  select t.*,
    -- "an apprenticeship", "a grant", "free tickets"
    case when t.noun like '%s' then '' when t.noun ~ '^[aeiou]' then 'an ' else 'a ' end || t.noun as a_noun,
    case when t.national then 'NATIONAL' when t.pick_scope < 0.7 then 'REGIONS' else 'COUNCILS' end as scope,
    cast(:until as timestamptz) - sqrt(t.pick_created) * interval '600 days' as created_at,
    case when t.pick_status < 0.8 then 'PUBLISHED' when t.pick_status < 0.9 then 'CLOSED'
      when t.pick_status < 0.95 then 'SUBMITTED' else 'DRAFT' end as status
  from typed t
)
select cast(md5(s.digest || ':id') as uuid), s.id, s.name,
  initcap(s.noun) || ' with ' || s.name,
  upper(left(s.a_noun, 1)) || substr(s.a_noun, 2)
    || ' for care leavers, with support from start to finish',
  'We offer ' || s.a_noun || ' for young people leaving care. You will be supported by a named contact, '
    || 'and we will help with anything that makes it hard to take part.',
  s.type, s.category, cast(s.outcomes as text[]),
  s.scope,
  case when s.scope = 'NATIONAL' then '{}'::varchar[] else s.regions end,
  case when s.scope = 'COUNCILS' then array[s.local_authority_id] else '{}'::integer[] end,
  16, case when s.pick_facts < 0.1 then 30 else 25 end,
  null,
  case when s.pick_places < 0.3 then null else 1 + floor(s.pick_places * 20)::integer end,
  cast(s.created_at as date),
  case when s.pick_dates < 0.4 then null
    when s.status = 'CLOSED' then cast(s.created_at + (cast(:until as timestamptz) - s.created_at) * s.pick_dates as date)
    else cast(cast(:until as timestamptz) + s.pick_dates * interval '120 days' as date) end,
  null,
  s.take_up,
  case when s.take_up = 'LINK' then 'https://signatory-' || s.n || '.generated.example/care-leavers' end,
  case when s.take_up = 'CODE' then 'CARE' || s.i end,
  s.pick_facts < 0.5, s.pick_facts < 0.2, s.pick_facts > 0.6, s.pick_facts > 0.3,
  s.pick_facts > 0.2, s.pick_facts > 0.3, s.pick_facts > 0.25, s.pick_facts > 0.35, s.pick_facts > 0.4,
  s.status, s.created_at,
  case when s.status <> 'DRAFT' then s.created_at + interval '1 day' end,
  case when s.status in ('PUBLISHED', 'CLOSED') then s.created_at + interval '3 days' end,
  s.created_at + interval '3 days',
  true
from shaped s
order by s.i;
