-- The enhanced DBS check of each coordinator, as an administrator recorded it. One row per
-- coordinator: recording a new check replaces the old one, and every recording is kept in the
-- audit module's admin_action table. Keyed by the account id, like record_view.
create table dbs_check (
  account_id uuid primary key,
  issued_on date not null,
  certificate_reference varchar(20) not null,
  renewal_due date not null check (renewal_due > issued_on),
  recorded_by uuid,
  recorded_at timestamptz not null,
  -- when the coordinator and the administrators were emailed that the renewal is near;
  -- cleared when a new check is recorded
  expiry_warning_sent_at timestamptz
);

create index dbs_check_renewal_due on dbs_check (renewal_due);
