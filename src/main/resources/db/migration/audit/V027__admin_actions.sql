-- What administrators did: searches for an account, locks and unlocks, invitations, DBS
-- checks recorded. Written only through the audit module's AdminAuditLog; append-only like
-- record_view (updates, deletes and truncation are refused).
create table admin_action (
  id bigint generated always as identity primary key,
  admin_account_id uuid not null,
  action varchar(60) not null,
  subject_account_id uuid,
  detail varchar(300),
  acted_at timestamptz not null
);

create index admin_action_acted_at on admin_action (acted_at desc, id desc);

create function admin_action_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'The admin audit log is append-only: % is refused', tg_op;
end;
$$;

create trigger admin_action_append_only before update or delete on admin_action
  for each row execute function admin_action_refuse_change();
create trigger admin_action_no_truncate before truncate on admin_action
  for each statement execute function admin_action_refuse_change();
