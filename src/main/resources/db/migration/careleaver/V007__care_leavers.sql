-- Care leavers' profiles, the opportunities they save, and their take-ups. A profile belongs to
-- the identity account with the same id. Only council and region are kept, never an address.
create table care_leaver (
  account_id uuid primary key,
  full_name varchar(100) not null,
  -- The name they like to be called; null when it is their full name.
  preferred_name varchar(100),
  date_of_birth date not null,
  -- The council that looked after them, and the region where they live now.
  local_authority_id integer not null,
  region_code varchar(9) not null,
  interest_categories text[] not null default '{}',
  interest_types text[] not null default '{}',
  situation text not null
    check (situation in ('EDUCATION', 'EMPLOYMENT', 'TRAINING', 'NONE', 'PREFER_NOT_TO_SAY')),
  ambitions varchar(1000),
  -- Off until the young person turns it on (ICO Children's Code: high privacy by default).
  open_to_suggestions boolean not null default false,
  privacy_notice_accepted_at timestamptz not null,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  demo boolean not null default false
);

create index care_leaver_local_authority on care_leaver (local_authority_id);
create index care_leaver_region on care_leaver (region_code);

create table saved_opportunity (
  account_id uuid not null references care_leaver (account_id) on delete cascade,
  opportunity_id uuid not null,
  saved_at timestamptz not null,
  primary key (account_id, opportunity_id)
);

-- The path of one care leaver through one opportunity. When the young person deletes their
-- account the row stays, with no person and nothing they wrote, so that take-ups can still be
-- counted.
create table take_up (
  id uuid primary key,
  account_id uuid references care_leaver (account_id) on delete set null,
  opportunity_id uuid not null,
  -- The organisation that offers the opportunity, so that its applications can be listed.
  signatory_id uuid not null,
  status text not null check (status in ('INTERESTED', 'APPLIED', 'CLAIMED', 'OFFERED', 'STARTED', 'COMPLETED',
    'SUSTAINED', 'DECLINED', 'WITHDRAWN', 'UNSUCCESSFUL')),
  -- What the young person chose to share with the organisation when they applied, copied at that
  -- moment; null when not shared.
  shared_name text,
  shared_email text,
  shared_situation text,
  message varchar(2000),
  created_at timestamptz not null,
  updated_at timestamptz not null
);

create unique index take_up_once on take_up (account_id, opportunity_id) where account_id is not null;
create index take_up_opportunity on take_up (opportunity_id, status);
create index take_up_signatory on take_up (signatory_id, status);

-- Every change of a take-up's status: who, what and when.
create table take_up_event (
  id uuid primary key,
  take_up_id uuid not null references take_up (id) on delete cascade,
  status text not null,
  actor text not null check (actor in ('CARE_LEAVER', 'SUPPORTER', 'SIGNATORY', 'COORDINATOR', 'SERVICE')),
  -- Null once the account that acted is deleted.
  actor_account_id uuid,
  occurred_at timestamptz not null
);

create index take_up_event_take_up on take_up_event (take_up_id, occurred_at);
