-- An account's second factor: a TOTP key (RFC 6238), kept encrypted with AES-GCM under a key
-- from configuration, so that a copy of the database alone does not give it away. A row with
-- no enabled_at is an enrolment waiting for its first code. last_used_step is the 30-second
-- step of the last code accepted: a code is never accepted twice.
create table second_factor (
  account_id uuid primary key references account (id) on delete cascade,
  encrypted_key bytea not null,
  enabled_at timestamptz,
  last_used_step bigint not null default 0
);

-- One-time recovery codes, for when the authenticator is lost. Only a SHA-256 digest of each is
-- kept; a used code is deleted.
create table recovery_code (
  account_id uuid not null references account (id) on delete cascade,
  code_hash text not null,
  primary key (account_id, code_hash)
);

-- The link sent to the old address of a pending email change, to cancel it. Digest only.
alter table email_change add column cancel_token_hash text unique;
