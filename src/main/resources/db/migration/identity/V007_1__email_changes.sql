-- A change of email address waits here until the new address is confirmed from the link sent to
-- it; until then the account keeps its old address. Only a SHA-256 digest of the link's token is
-- kept.
create table email_change (
  account_id uuid primary key references account (id) on delete cascade,
  new_email text not null,
  token_hash text not null unique,
  expires_at timestamptz not null
);
