-- A take-up can begin with someone putting the young person forward: a linked adviser refers
-- them, or the Covenant team suggests a match. Nothing is sent to the organisation until the
-- young person says yes, and then the take-up is "referred".
alter table take_up drop constraint take_up_status_check;
alter table take_up add constraint take_up_status_check check (status in ('INTERESTED', 'APPLIED', 'REFERRED',
  'CLAIMED', 'OFFERED', 'STARTED', 'COMPLETED', 'SUSTAINED', 'DECLINED', 'WITHDRAWN', 'UNSUCCESSFUL'));

-- Who put them forward, when the take-up began that way.
alter table take_up add column referred_by text check (referred_by in ('SUPPORTER', 'COORDINATOR'));

-- An opportunity someone put a young person forward for, waiting for their answer. One per
-- young person and opportunity: once answered it stays, as the record of what was asked.
create table take_up_proposal (
  id uuid primary key,
  care_leaver_account_id uuid not null references care_leaver (account_id) on delete cascade,
  opportunity_id uuid not null,
  -- Null once the account of the person who proposed it is deleted.
  proposed_by uuid,
  proposed_by_role text not null check (proposed_by_role in ('SUPPORTER', 'COORDINATOR')),
  -- How the young person is told who it came from: an adviser's name, or the Covenant team.
  proposed_by_name varchar(200) not null,
  -- Why it was put forward, as the proposer saw it when ranking (shown to the young person).
  reasons text[] not null default '{}',
  proposed_at timestamptz not null,
  answer text check (answer in ('ACCEPTED', 'DECLINED')),
  answered_at timestamptz,
  unique (care_leaver_account_id, opportunity_id),
  constraint take_up_proposal_answered check ((answer is null) = (answered_at is null))
);

create index take_up_proposal_waiting on take_up_proposal (care_leaver_account_id) where answer is null;
create index take_up_proposal_proposer on take_up_proposal (proposed_by, proposed_at);
create index take_up_proposal_opportunity on take_up_proposal (opportunity_id);

-- Young people who turned matching on, read into memory to rank them against an opportunity.
create index care_leaver_open_to_suggestions on care_leaver (account_id) where open_to_suggestions;

-- Who saved an opportunity, to rank those young people a little higher for it.
create index saved_opportunity_opportunity on saved_opportunity (opportunity_id);
