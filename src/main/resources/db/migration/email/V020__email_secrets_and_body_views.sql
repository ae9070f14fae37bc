-- The token of a single-use link (confirming an address, resetting a password, an invitation,
-- claiming an account) is kept apart from the email's body, and only until the email is
-- delivered: the body keeps '[removed]' in its place. A recorded email keeps it while the database
-- holds fictional data only, for someone trying the service to follow the link.
alter table email_message add column secret text;

-- Emails written before: take the token out of each body that has a link of that kind, keeping it
-- only for the emails still to be sent and for recorded ones in a database of fictional data (as
-- the platform module's dataset table says). The tokens are 43 characters of base64url.
update email_message set
  secret = case
    when status in ('PENDING', 'SENDING')
      or (status = 'RECORDED' and exists (select 1 from dataset where kind in ('demo', 'generated')))
    then substring(text_body from '/(?:password/reset|invitation|verify-email-change|verify-email|claim)/([A-Za-z0-9_-]{43})')
  end,
  text_body = regexp_replace(text_body,
    '(/(?:password/reset|invitation|verify-email-change|verify-email|claim)/)[A-Za-z0-9_-]{43}', '\1[removed]', 'g'),
  html_body = regexp_replace(html_body,
    '(/(?:password/reset|invitation|verify-email-change|verify-email|claim)/)[A-Za-z0-9_-]{43}', '\1[removed]', 'g')
where text_body ~ '/(password/reset|invitation|verify-email-change|verify-email|claim)/[A-Za-z0-9_-]{43}';

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
