-- Organisations the Covenant team would like to sign, recorded before they express interest:
-- who recommended each one, and whom to contact there. A prospect's id becomes the id of its
-- signatory when it accepts the invitation to sign, so its contact log (partner kind
-- ORGANISATION, this id) carries over unchanged.
create table prospect (
  id uuid primary key,
  name text not null check (length(name) <= 200),
  -- The name folded for spotting the same organisation recorded twice.
  name_key text not null,
  website text check (length(website) <= 300),
  sector text check (sector in ('PRIVATE', 'PUBLIC', 'VOLUNTARY')),
  region varchar(9) references region (code),
  contact_name text not null check (length(contact_name) <= 100),
  contact_email text not null check (length(contact_email) <= 320),
  -- The domain of the contact's address, or null for an address at a public mail service.
  email_domain text,
  -- A council that recommended it, or else who did, in words.
  recommended_by_council integer references local_authority (id),
  recommended_by text check (length(recommended_by) <= 200),
  recorded_by uuid,
  recorded_at timestamptz not null,
  invited_at timestamptz,
  check ((recommended_by_council is null) <> (recommended_by is null))
);

create unique index prospect_name_key on prospect (name_key);
create index prospect_email_domain on prospect (email_domain);
