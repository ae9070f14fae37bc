-- Events a signatory organisation proposes for its own audience, moderated as its
-- opportunities are (ADR 038): waiting for review, approved (shown publicly) or returned with
-- the reasons the organisation sees. Events of the Covenant team are approved as they are made.
alter table event add column organiser_signatory_id uuid references signatory (id);
alter table event add column review varchar(10) not null default 'APPROVED'
  check (review in ('WAITING', 'APPROVED', 'RETURNED'));
alter table event add column returned_reason varchar(1000);
alter table event add check (review = 'RETURNED' or returned_reason is null);
alter table event add check (organiser_signatory_id is not null or review = 'APPROVED');

create index event_waiting_for_review on event (created_at) where review = 'WAITING';
create index event_organiser_signatory on event (organiser_signatory_id) where organiser_signatory_id is not null;
