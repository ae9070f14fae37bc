-- Events the Covenant team organises (career-path sessions, workshops, network meetings,
-- awareness sessions), the places and waiting list of each, and each person's private
-- calendar address. Times are instants; pages enter and show them in UK time (ADR 034).
create table event (
  id uuid primary key,
  title varchar(200) not null,
  description text not null,
  kind varchar(30) not null check (kind in ('CAREER_PATH_SESSION', 'WORKSHOP', 'NETWORK_MEETING',
    'AWARENESS_SESSION', 'OTHER')),
  audiences varchar(20)[] not null check (cardinality(audiences) > 0),
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  online boolean not null,
  venue varchar(200),
  venue_address varchar(500),
  joining_link varchar(500),
  region_code varchar(9) not null references region (code),
  capacity integer not null check (capacity > 0),
  organiser_account_id uuid references account (id),
  accessibility text,
  travel_paid boolean not null,
  cancelled_at timestamptz,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  check (ends_at > starts_at),
  check (online or (venue is not null and venue_address is not null)),
  check (not online or joining_link is not null)
);

create index event_upcoming on event (starts_at) where cancelled_at is null;

-- One row per person and event: a place, a place on the waiting list (in the order of
-- signed_up_at), or cancelled. The event's row is locked while places change hands.
create table event_sign_up (
  id uuid primary key,
  event_id uuid not null references event (id),
  account_id uuid references account (id),
  status varchar(10) not null check (status in ('PLACE', 'WAITING', 'CANCELLED')),
  signed_up_at timestamptz not null,
  changed_at timestamptz not null,
  attended boolean,
  reminded_at timestamptz
);

create unique index event_sign_up_once on event_sign_up (event_id, account_id) where account_id is not null;
create index event_sign_up_account on event_sign_up (account_id);
create index event_sign_up_queue on event_sign_up (event_id, status, signed_up_at);

-- A person's private calendar address, a secret of 256 random bits; renewing
-- replaces it, so the old address stops working.
create table event_calendar (
  account_id uuid primary key references account (id),
  token varchar(64) not null unique,
  created_at timestamptz not null
);
