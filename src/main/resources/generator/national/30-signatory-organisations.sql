-- One organisation per generated signatory user (signatory-<n>@generated.example acts for
-- organisation n). Sectors, sizes and stages follow the shape of the Covenant's pipeline: most
-- organisations have signed, some are still on their way, a few have lapsed. Regional
-- organisations work in the region of their user's council, sometimes in a neighbouring one too.
create temp table generated_signatory on commit drop as
with drawn as materialized (
  select a.n, a.id as account_id, a.created_at, la.region_code,
    md5(cast(:seed as text) || ':signatory:' || a.n) as digest
  from generated_account a
  join local_authority la on la.id = a.local_authority_id
  where a.role = 'SIGNATORY'
)
select cast(md5(d.digest || ':id') as uuid) as id, d.n, d.account_id, d.created_at, d.region_code,
  pg_temp.fraction(d.digest, 0) as pick_sector, pg_temp.fraction(d.digest, 1) as pick_size,
  pg_temp.fraction(d.digest, 2) as pick_stage, pg_temp.fraction(d.digest, 3) as pick_scope,
  pg_temp.fraction(md5(d.digest), 0) as pick_first, pg_temp.fraction(md5(d.digest), 1) as pick_second,
  pg_temp.fraction(md5(d.digest), 2) as pick_days
from drawn d;

insert into signatory (id, name, slug, sector, size, website, national, regions, could_offer, stage,
  stage_changed_at, intent_leader_name, intent_leader_role, intent_signed_on, proforma_offer,
  proforma_first_opportunities, signed_on, demo, created_at, version)
select g.id,
  (array['Northern', 'Riverside', 'Oak', 'Harbour', 'Beacon', 'Summit', 'Meadow', 'Granite', 'Lantern',
    'Willow', 'Compass', 'Kestrel', 'Orchard', 'Pennine', 'Thames', 'Severn'])[1 + floor(g.pick_first * 16)::integer]
  || ' ' ||
  (array['Bakery', 'Builders', 'Care', 'Cafes', 'Digital', 'Energy', 'Foods', 'Homes', 'Logistics',
    'Motors', 'Rail', 'Retail', 'Sports', 'Studios', 'Trust', 'Water'])[1 + floor(g.pick_second * 16)::integer]
  || ' ' || g.n,
  'generated-signatory-' || g.n,
  case when g.pick_sector < 0.6 then 'PRIVATE' when g.pick_sector < 0.8 then 'PUBLIC' else 'VOLUNTARY' end,
  case when g.pick_size < 0.3 then 'MICRO' when g.pick_size < 0.6 then 'SMALL'
    when g.pick_size < 0.8 then 'MEDIUM' else 'LARGE' end,
  'https://signatory-' || g.n || '.generated.example',
  g.pick_scope < 0.15,
  case when g.pick_scope < 0.15 then '{}'::varchar[]
    when g.pick_scope < 0.75 then array[g.region_code]::varchar[]
    else array[g.region_code, 'E1200000' || (1 + (substr(g.region_code, 9, 1)::integer % 9))]::varchar[] end,
  'Work experience, apprenticeships and discounts for care leavers',
  s.stage,
  g.created_at + g.pick_days * interval '60 days',
  case when s.stage <> 'INTERESTED' then 'Generated leader ' || g.n end,
  case when s.stage <> 'INTERESTED' then 'Chief executive' end,
  case when s.stage <> 'INTERESTED' then cast(g.created_at + interval '7 days' as date) end,
  case when s.stage in ('PROFORMA_SUBMITTED', 'SIGNED', 'LAPSED') then 'Paid placements and guaranteed interviews' end,
  case when s.stage in ('PROFORMA_SUBMITTED', 'SIGNED', 'LAPSED') then 'A first apprenticeship each year' end,
  case when s.stage in ('SIGNED', 'LAPSED') then cast(g.created_at + interval '30 days' as date) end,
  true, g.created_at, 0
from generated_signatory g
cross join lateral (select case
    when g.pick_stage < 0.55 then 'SIGNED'
    when g.pick_stage < 0.65 then 'LAPSED'
    when g.pick_stage < 0.75 then 'PROFORMA_SUBMITTED'
    when g.pick_stage < 0.85 then 'INTENT_SIGNED'
    else 'INTERESTED' end as stage) s
order by g.n;

insert into signatory_member (signatory_id, account_id, added_at)
select id, account_id, created_at from generated_signatory order by n;
