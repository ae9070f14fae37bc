-- Links between a care leaver and a supporter who helps them (usually their personal adviser).
-- A link exists only once the young person has agreed: either they invited the supporter and the
-- supporter accepted, or the supporter asked and the young person accepted.
create table support_link (
  id uuid primary key,
  -- Null while a young person's invitation waits for the supporter to accept.
  supporter_account_id uuid,
  -- Null while a supporter's request waits for the young person to accept.
  care_leaver_account_id uuid,
  -- The address that was asked, while the link waits; cleared once it is accepted. Matching by
  -- address means that nobody learns whether it has an account.
  invited_email text,
  started_by text not null check (started_by in ('CARE_LEAVER', 'SUPPORTER')),
  status text not null check (status in ('WAITING', 'ACTIVE')),
  created_at timestamptz not null,
  started_at timestamptz,
  demo boolean not null default false,
  constraint support_link_waiting_has_address check ((status = 'WAITING') = (invited_email is not null)),
  constraint support_link_active_has_both check (status = 'WAITING'
    or (supporter_account_id is not null and care_leaver_account_id is not null))
);

create unique index support_link_once on support_link (supporter_account_id, care_leaver_account_id)
  where status = 'ACTIVE';
create index support_link_care_leaver on support_link (care_leaver_account_id);
create index support_link_supporter on support_link (supporter_account_id);
create index support_link_invited on support_link (lower(invited_email)) where status = 'WAITING';

-- An opportunity a linked supporter suggested to the young person. Removed with the link.
create table suggestion (
  id uuid primary key,
  link_id uuid not null references support_link (id) on delete cascade,
  opportunity_id uuid not null,
  suggested_at timestamptz not null,
  dismissed_at timestamptz,
  unique (link_id, opportunity_id)
);

-- A care leaver registered on their behalf by a coordinator or a verified supporter, waiting for
-- the young person to claim the account from the emailed link. Deleted when claimed, and after
-- 30 days if not.
create table care_leaver_invitation (
  id uuid primary key,
  token_hash text not null unique,
  full_name varchar(100) not null,
  email text not null,
  date_of_birth date not null,
  local_authority_id integer not null,
  invited_by uuid not null,
  -- Whether the person who registered them is a supporter, who may be linked on claiming.
  invited_by_supporter boolean not null,
  created_at timestamptz not null,
  expires_at timestamptz not null
);

create index care_leaver_invitation_expiry on care_leaver_invitation (expires_at);
