-- Every time an administrator reads what a recorded email says (only ever while the database holds
-- fictional data): which email, who, when. Rows are only ever added. No foreign key: the entry
-- stays when the email goes with its recipient's account, and names only the email's id.
create table email_body_view (
  id bigint generated always as identity primary key,
  email_message_id uuid not null,
  reader text not null,
  viewed_at timestamptz not null
);

create index email_body_view_message on email_body_view (email_message_id, viewed_at);

create function email_body_view_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'Readings of emails are append-only: % is refused', tg_op;
end;
$$;

create trigger email_body_view_append_only before update or delete on email_body_view
  for each row execute function email_body_view_refuse_change();
create trigger email_body_view_no_truncate before truncate on email_body_view
  for each statement execute function email_body_view_refuse_change();
