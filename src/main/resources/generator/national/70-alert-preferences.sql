-- Every generated care leaver and supporter gets the alert preferences the service gives a new
-- one (Subscriptions.CARE_LEAVER_DEFAULTS and SUPPORTER_DEFAULTS): everything open to them in their
-- region, by email and in the service. How often varies as it would a while after launch (ADR 036):
-- most keep the weekly email they started with; some young people ask for each offer as soon as it
-- is published, since jobs and places close quickly; advisers, who hear of offers for everyone they
-- support, more often take a monthly round-up; and some have turned alerts off.
--   care leavers: instant 15%, weekly 60%, monthly 12%, off 13%
--   supporters:   instant 10%, weekly 52%, monthly 20%, off 18%
-- Drawn from the seed and the account, so the same seed gives the same choices.
insert into alert_preference (account_id, audience, by_email, in_app, frequency, categories, types, regions, updated_at)
select c.account_id, 'CARE_LEAVER', true, true,
  case
    when f.pick < 0.15 then 'INSTANT'
    when f.pick < 0.75 then 'WEEKLY'
    when f.pick < 0.87 then 'MONTHLY'
    else 'OFF'
  end,
  '{}', '{}', array[c.region_code]::varchar(9)[], :until
from care_leaver c
cross join lateral (
  select pg_temp.fraction(md5(cast(:seed as text) || ':alert-frequency:' || c.account_id), 0) as pick
) f;

insert into alert_preference (account_id, audience, by_email, in_app, frequency, categories, types, regions, updated_at)
select s.account_id, 'SUPPORTER', true, true,
  case
    when f.pick < 0.10 then 'INSTANT'
    when f.pick < 0.62 then 'WEEKLY'
    when f.pick < 0.82 then 'MONTHLY'
    else 'OFF'
  end,
  '{}', '{}', array[la.region_code]::varchar(9)[], :until
from supporter s
join local_authority la on la.id = s.local_authority_id
cross join lateral (
  select pg_temp.fraction(md5(cast(:seed as text) || ':alert-frequency:' || s.account_id), 0) as pick
) f;
