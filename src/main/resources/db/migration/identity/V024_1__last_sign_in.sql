-- When the account last signed in, for the retention of young people's accounts (ADR 022). An
-- account that has never signed in counts from when it was made. For accounts made before this
-- was kept, nobody knows: they count from the upgrade, so nobody is told their account will go
-- sooner than a year after it.
alter table account add column last_signed_in_at timestamptz;
update account set last_signed_in_at = now();

create index account_unconfirmed on account (created_at) where status = 'UNVERIFIED';
create index account_token_expires on account_token (expires_at);
create index sign_in_failure_failed on sign_in_failure (failed_at);
