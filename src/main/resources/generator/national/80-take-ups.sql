-- Take-ups: about half of the care leavers have taken up one published or closed opportunity,
-- begun some time after they joined. A code is claimed, a link elsewhere only shows interest, and
-- an application through Covenant Connects has gone as far as its draw says: applied, offered,
-- started and on to an outcome, or ended early with a reason. Every step is in the history, two
-- weeks apart.
create temp table generated_taken on commit drop as
select row_number() over (order by o.id) - 1 as k, o.id, o.signatory_id, o.type, o.take_up
from opportunity o
where o.status in ('PUBLISHED', 'CLOSED');

create temp table generated_take_up on commit drop as
with drawn as materialized (
  select c.account_id, c.region_code, c.local_authority_id, c.created_at, a.n,
    md5(cast(:seed as text) || ':take-up:' || a.n) as digest
  from care_leaver c
  join generated_account a on a.id = c.account_id
), picked as (
  select d.*, pg_temp.fraction(d.digest, 1) as pick_opportunity, pg_temp.fraction(d.digest, 2) as pick_stage,
    pg_temp.fraction(d.digest, 3) as pick_when
  from drawn d
  where pg_temp.fraction(d.digest, 0) < 0.5
)
select cast(md5(p.digest || ':id') as uuid) as id, p.account_id, p.region_code, p.local_authority_id, t.id as opportunity_id,
  t.signatory_id, t.type,
  p.created_at + (cast(:until as timestamptz) - p.created_at) * (0.8 * p.pick_when) as began,
  case
    when t.take_up = 'CODE' then array['CLAIMED']
    when t.take_up = 'LINK' then array['INTERESTED']
    when p.pick_stage < 0.20 then array['APPLIED']
    when p.pick_stage < 0.32 then array['APPLIED', 'UNSUCCESSFUL']
    when p.pick_stage < 0.42 then array['APPLIED', 'OFFERED']
    when p.pick_stage < 0.48 then array['APPLIED', 'OFFERED', 'DECLINED']
    when p.pick_stage < 0.66 then array['APPLIED', 'OFFERED', 'STARTED']
    when p.pick_stage < 0.80 then array['APPLIED', 'OFFERED', 'STARTED', 'SUSTAINED']
    when p.pick_stage < 0.90 then array['APPLIED', 'OFFERED', 'STARTED', 'COMPLETED']
    else array['APPLIED', 'OFFERED', 'STARTED', 'WITHDRAWN']
  end as path
from picked p
join generated_taken t on t.k = floor(p.pick_opportunity * (select count(*) from generated_taken));

insert into take_up (id, account_id, opportunity_id, signatory_id, status, shared_name, shared_email, shared_situation,
  message, created_at, updated_at, applied_at, started_at, check_in_3_sent_at, check_in_6_sent_at, opportunity_type,
  region_code, local_authority_id)
select g.id, g.account_id, g.opportunity_id, g.signatory_id, g.path[cardinality(g.path)], null, null, null, null,
  g.began, g.began + (cardinality(g.path) - 1) * interval '14 days',
  case when g.path[1] = 'APPLIED' then g.began end,
  case when cardinality(g.path) >= 3 and g.path[3] = 'STARTED' then g.began + interval '28 days' end,
  case when cardinality(g.path) >= 4 and g.path[3] = 'STARTED'
    and g.began + interval '28 days' + interval '3 months' <= cast(:until as timestamptz)
    then g.began + interval '28 days' + interval '3 months' end,
  null, g.type, g.region_code, g.local_authority_id
from generated_take_up g
order by g.began, g.id;

insert into take_up_event (id, take_up_id, from_status, status, actor, actor_account_id, reason, occurred_at)
select cast(md5(g.id::text || ':event:' || s.ord) as uuid), g.id,
  case when s.ord > 1 then g.path[s.ord - 1] end, s.status,
  case when s.status in ('APPLIED', 'INTERESTED', 'CLAIMED') then 'CARE_LEAVER' else 'SIGNATORY' end,
  null,
  case s.status when 'UNSUCCESSFUL' then 'All the places were filled' when 'DECLINED' then 'The dates or hours did not suit'
    when 'WITHDRAWN' then 'Moved on to something else' end,
  g.began + (s.ord - 1) * interval '14 days'
from generated_take_up g
cross join lateral unnest(g.path) with ordinality as s (status, ord)
order by g.began, g.id, s.ord;
