-- An invitation the Covenant team sends an organisation to sign the Covenant, with what the team
-- recorded about it so that the form to sign starts filled in. The organisation's signatory is
-- made with signatory_id when it accepts. The link's token is kept only as its SHA-256 digest.
create table signing_invitation (
  signatory_id uuid primary key,
  token_hash text not null unique,
  name text not null check (length(name) <= 200),
  website text check (length(website) <= 300),
  sector text check (sector in ('PRIVATE', 'PUBLIC', 'VOLUNTARY')),
  region varchar(9),
  contact_name text not null check (length(contact_name) <= 100),
  contact_email text not null check (length(contact_email) <= 320),
  invited_by uuid,
  created_at timestamptz not null,
  expires_at timestamptz not null
);

create index signing_invitation_expiry on signing_invitation (expires_at);
