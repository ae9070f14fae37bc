-- Each take-up keeps the moment it was first taken up: the earliest change in its history to a
-- stage that counts (started, code claimed, completed or still going), so that the Covenant's
-- figures count take-ups as of a day with one range over an index instead of reading every
-- take-up's history (ADR 057). The history stays the record; this column is kept from it by the
-- triggers below, which also serve the release before, which writes stages without knowing it.
alter table take_up add column taken_up_at timestamptz;

-- Changes added to histories: a take-up reaching a stage that counts for the first time (or at an
-- earlier moment than any kept, for a stage recorded after the fact) takes that moment. Once per
-- statement, so that past take-ups imported together cost one update.
create function take_up_taken_up_at_added() returns trigger language plpgsql as $$
begin
  update take_up t set taken_up_at = added.at
  from (
    select take_up_id, min(occurred_at) as at from added_changes
    where status in ('STARTED', 'CLAIMED', 'COMPLETED', 'SUSTAINED')
    group by take_up_id
  ) added
  where t.id = added.take_up_id and (t.taken_up_at is null or t.taken_up_at > added.at);
  return null;
end;
$$;

create trigger take_up_event_added_taken_up after insert on take_up_event
  referencing new table as added_changes for each statement execute function take_up_taken_up_at_added();

-- The service never changes a stage or its moment once recorded, nor removes one but with its
-- take-up; should anyone do so, the take-up's moment is worked out again from its history.
create function take_up_taken_up_at_changed() returns trigger language plpgsql as $$
begin
  update take_up t set taken_up_at = (
    select min(e.occurred_at) from take_up_event e
    where e.take_up_id = t.id and e.status in ('STARTED', 'CLAIMED', 'COMPLETED', 'SUSTAINED'))
  where t.id = old.take_up_id or t.id = new.take_up_id;
  return null;
end;
$$;

create trigger take_up_event_changed_taken_up after update of take_up_id, status, occurred_at on take_up_event
  for each row when (old.take_up_id is distinct from new.take_up_id or old.status is distinct from new.status
    or old.occurred_at is distinct from new.occurred_at)
  execute function take_up_taken_up_at_changed();

-- The take-ups recorded so far (the triggers above already hold back any new change until this
-- migration ends, so none is missed).
update take_up t set taken_up_at = firsts.at
from (
  select take_up_id, min(occurred_at) as at from take_up_event
  where status in ('STARTED', 'CLAIMED', 'COMPLETED', 'SUSTAINED')
  group by take_up_id
) firsts
where t.id = firsts.take_up_id;

-- Counting as of moments reads the take-ups of a period from this index alone: kind, region,
-- council, young person and organisation are what the counts are narrowed or grouped by.
create index take_up_taken_up on take_up (taken_up_at)
  include (opportunity_type, region_code, local_authority_id, account_id, signatory_id)
  where taken_up_at is not null;
