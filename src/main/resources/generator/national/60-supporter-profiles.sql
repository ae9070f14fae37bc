-- A profile for every generated supporter, at the council their account was drawn for. Roles
-- follow who supports care leavers: mostly personal advisers and leaving-care teams at councils,
-- then college staff and charity workers (whose college or charity is in that council's area).
-- Those who never confirmed their email are pending and not yet in the coordinators' queue; of the
-- rest, most are verified (some by their council's email domain), some wait, a few were declined.
insert into supporter (account_id, role, organisation_type, organisation_name, local_authority_id, email_domain,
  verification, decided_by, decided_at, declined_reason, email_confirmed_at, registered_at, demo)
with drawn as materialized (
  select a.id, a.n, a.local_authority_id, a.status, a.created_at, a.email_verified_at,
    md5(cast(:seed as text) || ':supporter:' || a.n) as digest
  from generated_account a
  where a.role = 'SUPPORTER'
), picked as (
  select d.*, pg_temp.fraction(d.digest, 0) as pick_role, pg_temp.fraction(d.digest, 1) as pick_verification,
    pg_temp.fraction(d.digest, 2) as pick_name, pg_temp.fraction(d.digest, 3) as pick_days
  from drawn d
), shaped as (
  select p.*,
    case
      when p.pick_role < 0.55 then 'PERSONAL_ADVISER'
      when p.pick_role < 0.70 then 'LEAVING_CARE_TEAM'
      when p.pick_role < 0.75 then 'VIRTUAL_SCHOOL_HEAD'
      when p.pick_role < 0.87 then 'COLLEGE_STAFF'
      when p.pick_role < 0.97 then 'CHARITY_WORKER'
      else 'OTHER'
    end as role,
    case
      when p.status = 'UNVERIFIED' then 'PENDING'
      when p.n <= 1000 or p.pick_verification < 0.85 then 'VERIFIED'
      when p.pick_verification < 0.97 then 'PENDING'
      else 'DECLINED'
    end as verification
  from picked p
)
select s.id, s.role,
  case s.role when 'COLLEGE_STAFF' then 'COLLEGE_OR_UNIVERSITY' when 'CHARITY_WORKER' then 'CHARITY' else 'COUNCIL' end,
  case s.role
    when 'COLLEGE_STAFF' then (array['Riverside', 'Northgate', 'Millbrook', 'Castle', 'Valley', 'Harbour', 'Forest',
      'Kingsway'])[1 + floor(s.pick_name * 8)::integer] || ' College ' || s.local_authority_id
    when 'CHARITY_WORKER' then (array['Safe Harbour', 'Next Steps', 'Open Door', 'Bright Futures', 'Lighthouse',
      'Stepping Stones', 'Keystone', 'New Leaf'])[1 + floor(s.pick_name * 8)::integer] || ' Youth Project ' || s.n
  end,
  s.local_authority_id, 'generated.example', s.verification,
  -- Decisions by the first generated coordinator; a third of the verified council staff were
  -- verified by their council's email domain (no one decided).
  case when s.verification = 'DECLINED' or (s.verification = 'VERIFIED'
      and (s.role in ('COLLEGE_STAFF', 'CHARITY_WORKER') or s.pick_days >= 0.33))
    then (select id from generated_account where role = 'COORDINATOR' and n = 1) end,
  case when s.verification <> 'PENDING' then s.email_verified_at + s.pick_days * interval '5 days' end,
  case when s.verification = 'DECLINED' then 'We could not confirm that you work with care leavers' end,
  s.email_verified_at, s.created_at, true
from shaped s
order by s.created_at, s.id;
