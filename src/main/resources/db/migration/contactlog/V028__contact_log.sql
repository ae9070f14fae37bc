-- The contact log the Covenant team keeps with every kind of partner: councils now,
-- colleges and organisations later. A partner is named by its kind and its id as text,
-- so that one table serves partners whose ids are numbers and partners whose ids are UUIDs.
create table contact_log_entry (
  id uuid primary key,
  partner_kind varchar(20) not null check (partner_kind in ('COUNCIL', 'COLLEGE', 'ORGANISATION')),
  partner_id varchar(64) not null,
  contact_kind varchar(20) not null check (contact_kind in ('MEETING', 'CALL', 'EMAIL', 'EVENT', 'RECORD')),
  happened_on date not null,
  who text not null check (length(who) <= 200),
  summary text not null check (length(summary) <= 2000),
  next_step text check (length(next_step) <= 500),
  next_step_due date,
  written_by uuid references account (id),
  written_at timestamptz not null
);

create index contact_log_entry_partner on contact_log_entry (partner_kind, partner_id, happened_on desc);
