-- Whom each email is about: the account it was sent to and every person it names (a young
-- person an adviser is told about, the supporter who shared an opportunity). Filled by the
-- module that queues the email, so that a person's download and erasure find every email
-- about them by their account, whichever address it went to.
create table email_message_person (
  message_id uuid not null references email_message (id) on delete cascade,
  account_id uuid not null,
  primary key (message_id, account_id)
);
create index email_message_person_account on email_message_person (account_id);

-- Emails written before this table existed are found by the address they went to, for as
-- long as an account still has that address.
insert into email_message_person (message_id, account_id)
select m.id, a.id from email_message m join account a on lower(a.email) = lower(m.recipient)
on conflict do nothing;
