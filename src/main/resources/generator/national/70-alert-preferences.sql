-- Every generated care leaver and supporter gets the alert preferences the service gives a new
-- one (Subscriptions.CARE_LEAVER_DEFAULTS and SUPPORTER_DEFAULTS): everything open to them in their
-- region, in a weekly email and in the service.
insert into alert_preference (account_id, audience, by_email, in_app, frequency, categories, types, regions, updated_at)
select c.account_id, 'CARE_LEAVER', true, true, 'WEEKLY', '{}', '{}', array[c.region_code]::varchar(9)[], :until
from care_leaver c;

insert into alert_preference (account_id, audience, by_email, in_app, frequency, categories, types, regions, updated_at)
select s.account_id, 'SUPPORTER', true, true, 'WEEKLY', '{}', '{}', array[la.region_code]::varchar(9)[], :until
from supporter s join local_authority la on la.id = s.local_authority_id;
