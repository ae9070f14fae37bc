-- The Covenant team can take a published opportunity down (for example after a concern is
-- reported): it leaves every public list and page, and its organisation sees the reason. Putting
-- it back returns it to the status it had.
alter table opportunity drop constraint opportunity_status_check;
alter table opportunity add constraint opportunity_status_check
  check (status in ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'CLOSED', 'ARCHIVED', 'TAKEN_DOWN'));
alter table opportunity
  add column taken_down_reason varchar(1000),
  add column taken_down_at timestamptz,
  add column taken_down_by uuid,
  add column taken_down_from text check (taken_down_from in ('PUBLISHED', 'CLOSED')),
  add check ((status = 'TAKEN_DOWN') = (taken_down_from is not null));
