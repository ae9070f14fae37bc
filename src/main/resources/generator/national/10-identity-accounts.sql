-- Accounts for every role, all with the one password hash given to the generator. Account n of a
-- role has the address <role>-<n>@generated.example (care-leaver-1@generated.example,
-- supporter-1@..., signatory-1@..., coordinator-1@..., admin-1@...). The first 1,000 of each role
-- are always active, so that benchmarks can sign in as them.
--
-- generated_account keeps what the account table has no column for yet (the council a care
-- leaver or supporter belongs to), for the steps of later modules to build on.
create temp table generated_account on commit drop as
-- Materialised so that each row's digests and draws are computed once, not wherever they are used.
with person as materialized (
  select r.role, r.staff, n, md5(cast(:seed as text) || ':account:' || r.role || ':' || n) as digest
  from (values
      ('CARE_LEAVER', false, cast(:care_leavers as integer)),
      ('SUPPORTER', false, cast(:supporters as integer)),
      ('SIGNATORY', false, cast(:signatories as integer)),
      ('COORDINATOR', true, cast(:coordinators as integer)),
      ('ADMIN', true, cast(:administrators as integer))) as r (role, staff, how_many)
  cross join lateral generate_series(1, r.how_many) as n
), drawn as materialized (
  select role, staff, n, digest, pg_temp.fraction(digest, 0) as pick_joined,
    pg_temp.fraction(digest, 1) as pick_council, pg_temp.fraction(digest, 2) as pick_status,
    pg_temp.fraction(digest, 3) as pick_verified, pg_temp.fraction(md5(digest), 0) as pick_first_name,
    pg_temp.fraction(md5(digest), 1) as pick_last_name
  from person
), dated as (
  select d.*,
    -- Staff joined in the first two months; everyone else over two years, more of them lately
    -- as the service grew (the square root makes the density rise steadily).
    cast(:until as timestamptz) - interval '730 days' + case
      when d.staff then d.pick_joined * interval '60 days'
      else sqrt(d.pick_joined) * interval '730 days'
    end as created_at,
    case
      when d.staff or d.n <= 1000 then 'ACTIVE'
      when d.pick_status < 0.05 then 'UNVERIFIED'
      when d.pick_status < 0.055 then 'LOCKED'
      else 'ACTIVE'
    end as status
  from drawn d
)
select cast(md5(d.digest || ':id') as uuid) as id, d.role, d.n,
  case when d.staff then null else s.local_authority_id end as local_authority_id, d.status, d.created_at,
  case when d.status = 'UNVERIFIED' then null
    else d.created_at + d.pick_verified * interval '2 days' end as email_verified_at,
  lower(replace(d.role, '_', '-')) || '-' || d.n || '@generated.example' as email,
  (array['Aaliyah', 'Aaron', 'Abdi', 'Adam', 'Aisha', 'Alfie', 'Amara', 'Amelia', 'Archie', 'Ava',
    'Ayaan', 'Bethany', 'Callum', 'Chloe', 'Connor', 'Courtney', 'Daniel', 'Demi', 'Dylan', 'Ellie',
    'Emily', 'Ethan', 'Evie', 'Faith', 'Finley', 'Freya', 'Grace', 'Hamza', 'Harley', 'Harry', 'Isla',
    'Jacob', 'Jade', 'Jayden', 'Jordan', 'Kai', 'Kayla', 'Keira', 'Kian', 'Leah', 'Leo', 'Liam', 'Lily',
    'Logan', 'Maya', 'Megan', 'Mia', 'Mohammed', 'Nathan', 'Niamh', 'Noah', 'Olivia', 'Oscar', 'Priya',
    'Reece', 'Riley', 'Ruby', 'Ryan', 'Sophie', 'Tyler', 'Yusuf', 'Zainab', 'Zara', 'Zoe'])
    [1 + floor(d.pick_first_name * 64)::integer]
  || ' ' ||
  (array['Ahmed', 'Ali', 'Allen', 'Bailey', 'Baker', 'Begum', 'Bennett', 'Brown', 'Campbell', 'Carter',
    'Clarke', 'Cooper', 'Davies', 'Edwards', 'Evans', 'Green', 'Hall', 'Harris', 'Hughes', 'Hussain',
    'Jackson', 'James', 'Johnson', 'Jones', 'Kaur', 'Khan', 'King', 'Lee', 'Lewis', 'Martin', 'Mensah',
    'Mitchell', 'Moore', 'Morgan', 'Morris', 'Murphy', 'Nowak', 'Okafor', 'Owusu', 'Parker', 'Patel',
    'Phillips', 'Price', 'Roberts', 'Robinson', 'Scott', 'Shah', 'Singh', 'Smith', 'Taylor', 'Thomas',
    'Thompson', 'Turner', 'Walker', 'Ward', 'Watson', 'White', 'Williams', 'Wilson', 'Wood', 'Wright',
    'Yilmaz', 'Young', 'Zielinski'])
    [1 + floor(d.pick_last_name * 64)::integer] as display_name
from dated d
join generated_council_slot s on s.slot = floor(d.pick_council * 100000);

alter table generated_account add primary key (role, n);

-- Generated people are fictional, so they count as demo accounts, never as real ones.
insert into account (id, email, display_name, password_hash, role, status, email_verified_at, demo, created_at, version)
select id, email, display_name, :password_hash, role, status, email_verified_at, true, created_at, 0
from generated_account
order by created_at, id;
