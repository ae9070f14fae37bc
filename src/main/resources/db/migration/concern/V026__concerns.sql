-- Concerns anyone reports about an opportunity or a signatory organisation, and what the Covenant
-- team did about each one.
create table concern (
  id uuid primary key,
  -- What it is about: an opportunity (with its organisation) or an organisation alone. The title
  -- is copied when it is reported, so the queue needs no join and keeps what the reporter saw.
  opportunity_id uuid,
  signatory_id uuid not null,
  about_title text not null,
  kind text not null check (kind in ('UNSAFE', 'MISLEADING', 'DISCRIMINATORY', 'SCAM', 'WRONG_DETAILS', 'OTHER')),
  description varchar(2000) not null,
  -- Who reported it: a signed-in person's account, or an address a signed-out person chose to
  -- leave to hear back, or neither.
  reporter_account_id uuid,
  reporter_email varchar(320),
  status text not null check (status in ('NEW', 'IN_TRIAGE', 'CLOSED')),
  outcome text check (outcome in ('NO_ACTION', 'DETAILS_CORRECTED', 'TAKEN_DOWN', 'ORGANISATION_SUSPENDED',
    'REFERRED')),
  reported_at timestamptz not null,
  closed_at timestamptz,
  demo boolean not null default false,
  check ((status = 'CLOSED') = (outcome is not null)),
  check (reporter_account_id is null or reporter_email is null)
);

create index concern_queue on concern (status, reported_at);

-- Everything that happened to a concern, who did it and when. Append-only.
create table concern_event (
  id bigint generated always as identity primary key,
  concern_id uuid not null references concern (id),
  at timestamptz not null,
  -- The coordinator who acted; null for the report itself when its reporter was signed out.
  by_account_id uuid,
  by_name text not null,
  what text not null check (what in ('REPORTED', 'STATUS_CHANGED', 'NOTE', 'CLOSED', 'REPLY_SENT',
    'OPPORTUNITY_TAKEN_DOWN', 'OPPORTUNITY_PUT_BACK')),
  detail varchar(2000)
);

create index concern_event_of on concern_event (concern_id, id);

create function concern_event_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'The history of a concern is append-only: % is refused', tg_op;
end;
$$;

create trigger concern_event_append_only before update or delete on concern_event
  for each row execute function concern_event_refuse_change();
create trigger concern_event_no_truncate before truncate on concern_event
  for each statement execute function concern_event_refuse_change();
