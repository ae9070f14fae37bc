-- Organisations that have expressed interest in, or signed, the Care Leaver Covenant.
create table signatory (
  id uuid primary key,
  name text not null,
  slug text not null unique,
  sector text not null check (sector in ('PRIVATE', 'PUBLIC', 'VOLUNTARY')),
  size text not null check (size in ('MICRO', 'SMALL', 'MEDIUM', 'LARGE')),
  website text,
  national boolean not null,
  regions varchar(9)[] not null default '{}',
  could_offer text not null,
  stage text not null check (stage in ('INTERESTED', 'INTENT_SIGNED', 'PROFORMA_SUBMITTED', 'SIGNED', 'LAPSED')),
  stage_changed_at timestamptz not null,
  returned_reason text,
  account_manager uuid,
  intent_leader_name text,
  intent_leader_role text,
  intent_signed_on date,
  proforma_offer text,
  proforma_first_opportunities text,
  proforma_contact_phone text,
  signed_on date,
  demo boolean not null default false,
  created_at timestamptz not null,
  version integer not null default 0
);

create index signatory_stage on signatory (stage, stage_changed_at);
create unique index signatory_name_unique on signatory (lower(name));

-- The people who act for an organisation: each is a SIGNATORY account, of one organisation only.
create table signatory_member (
  signatory_id uuid not null references signatory (id) on delete cascade,
  account_id uuid not null unique,
  added_at timestamptz not null,
  primary key (signatory_id, account_id)
);
