-- Accounts of everyone who signs in, whatever their role.
create table account (
  id uuid primary key,
  email text not null,
  display_name text not null,
  password_hash text,
  role text not null check (role in ('CARE_LEAVER', 'SUPPORTER', 'SIGNATORY', 'COORDINATOR', 'ADMIN')),
  status text not null check (status in ('UNVERIFIED', 'ACTIVE', 'LOCKED')),
  email_verified_at timestamptz,
  demo boolean not null default false,
  created_at timestamptz not null,
  version integer not null default 0
);

create unique index account_email_unique on account (lower(email));
create index account_role on account (role);

-- Single-use links sent by email. Only a SHA-256 digest of each token is kept, so a copy of the
-- database cannot be used to take over an account.
create table account_token (
  token_hash text primary key,
  account_id uuid not null references account (id) on delete cascade,
  purpose text not null check (purpose in ('VERIFY_EMAIL', 'RESET_PASSWORD', 'INVITATION')),
  created_at timestamptz not null,
  expires_at timestamptz not null,
  used_at timestamptz
);

create index account_token_account on account_token (account_id, purpose);

-- Failed sign-ins, for the limit of five per address in fifteen minutes. Keyed by the email as
-- typed (lower case), whether or not an account has it, so the limit reveals nothing.
create table sign_in_failure (
  email_key text not null,
  failed_at timestamptz not null
);

create index sign_in_failure_recent on sign_in_failure (email_key, failed_at);

-- Spring Session's tables: sessions live in PostgreSQL so several instances share them.
create table spring_session (
  primary_id char(36) not null,
  session_id char(36) not null,
  creation_time bigint not null,
  last_access_time bigint not null,
  max_inactive_interval integer not null,
  expiry_time bigint not null,
  principal_name varchar(100),
  constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
  session_primary_id char(36) not null,
  attribute_name varchar(200) not null,
  attribute_bytes bytea not null,
  constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
  constraint spring_session_attributes_fk foreign key (session_primary_id)
    references spring_session (primary_id) on delete cascade
);
