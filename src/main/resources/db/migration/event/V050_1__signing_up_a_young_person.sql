-- A linked adviser asks to sign a young person up for an event for care leavers; nothing is
-- taken until the young person says yes, when they get a place or wait as anyone signing up
-- does (ADR 050). The adviser sees the answer. One open ask per event and young person.
create table event_sign_up_request (
  id uuid primary key,
  event_id uuid not null references event (id),
  young_person_account_id uuid not null references account (id),
  -- the adviser who asked, and their name as it was, so the young person knows who asked
  requested_by uuid references account (id),
  requester_name varchar(200),
  requested_at timestamptz not null,
  answer varchar(10) check (answer in ('YES', 'NO')),
  -- what the yes gave them: a place or a place on the waiting list
  outcome varchar(10) check (outcome in ('PLACE', 'WAITING')),
  answered_at timestamptz,
  check ((answer is null) = (answered_at is null)),
  check (outcome is null or answer = 'YES')
);

create unique index event_sign_up_request_open on event_sign_up_request (event_id, young_person_account_id)
  where answer is null;
create index event_sign_up_request_young_person on event_sign_up_request (young_person_account_id);
create index event_sign_up_request_requested_by on event_sign_up_request (requested_by);
