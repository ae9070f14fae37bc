-- Colleagues a signatory user invited, until they choose a password or 7 days pass. No account
-- exists until then; the link's token is kept only as its SHA-256 digest.
create table colleague_invitation (
  id uuid primary key,
  signatory_id uuid not null references signatory (id) on delete cascade,
  token_hash text not null unique,
  display_name varchar(100) not null,
  email text not null,
  invited_by uuid not null,
  created_at timestamptz not null,
  expires_at timestamptz not null
);

-- One invitation from an organisation to an address at a time: a new one replaces it.
create unique index colleague_invitation_address on colleague_invitation (signatory_id, lower(email));
create index colleague_invitation_expiry on colleague_invitation (expires_at);
