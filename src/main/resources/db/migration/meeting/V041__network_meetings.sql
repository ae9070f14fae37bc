-- Network meetings: events of kind NETWORK_MEETING (ADR 038). The event keeps the when, where
-- and places; these tables keep what only a network meeting has: the partner contacts invited
-- (copied from the council's leads or the college's central point of contact when invited), the
-- agenda written before, the notes and actions written after, and which invited contacts came.
create table network_meeting (
  event_id uuid primary key references event (id),
  agenda text check (length(agenda) <= 10000),
  agenda_sent_at timestamptz,
  notes text check (length(notes) <= 20000),
  notes_sent_at timestamptz,
  updated_at timestamptz not null
);

create table network_meeting_invitee (
  id uuid primary key,
  event_id uuid not null references event (id),
  partner_kind text not null check (partner_kind in ('COUNCIL', 'INSTITUTION')),
  partner_id text not null check (length(partner_id) <= 64),
  partner_name text not null check (length(partner_name) <= 200),
  contact_name text not null check (length(contact_name) <= 200),
  contact_role text check (length(contact_role) <= 200),
  contact_email text not null check (length(contact_email) <= 320),
  invited_at timestamptz not null,
  -- Whether they came, once the coordinator has said; null before.
  attended boolean,
  -- When their coming went into their partner's contact log; set once, never again.
  logged_at timestamptz
);

create unique index network_meeting_invitee_once on network_meeting_invitee (event_id, lower(contact_email));

-- An action agreed at a meeting, owned by an invited contact or by a member of the Covenant
-- team (an account of staff; no foreign key, as in the kept histories).
create table network_meeting_action (
  id uuid primary key,
  event_id uuid not null references event (id),
  what text not null check (length(what) <= 500),
  owner_invitee_id uuid references network_meeting_invitee (id),
  owner_account_id uuid,
  owner_name text not null check (length(owner_name) <= 200),
  due_on date not null,
  done_at timestamptz,
  created_at timestamptz not null,
  check ((owner_invitee_id is null) <> (owner_account_id is null))
);

create index network_meeting_action_open on network_meeting_action (due_on) where done_at is null;
create index network_meeting_action_event on network_meeting_action (event_id, due_on);
