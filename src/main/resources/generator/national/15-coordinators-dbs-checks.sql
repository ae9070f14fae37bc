-- Every generated coordinator's enhanced DBS check, issued a month before the data set's end and
-- due for renewal three years after that, as an administrator would have recorded it: without one,
-- a coordinator is kept out of young people's records (ADR 025), and the benchmarks open the
-- caseload and the matches as a generated coordinator. A coordinator who has a check keeps it, so
-- this step also runs again over a data set generated before it existed (see NationalData).
insert into dbs_check (account_id, issued_on, certificate_reference, renewal_due, recorded_by, recorded_at)
select a.id, cast(cast(:until as timestamptz) - interval '30 days' as date),
  lpad(substring(a.email from '^coordinator-([0-9]+)@'), 12, '0'),
  cast(cast(:until as timestamptz) - interval '30 days' + interval '3 years' as date), null,
  cast(:until as timestamptz) - interval '30 days'
from account a
where a.role = 'COORDINATOR' and a.email like 'coordinator-%@generated.example'
on conflict (account_id) do nothing;
