-- Every email the service sends is first written here, in the same transaction as the change
-- that caused it, and then delivered by the dispatcher. The row's id is the email's Message-ID.
create table email_message (
  id uuid primary key,
  recipient text not null,
  subject text not null,
  text_body text not null,
  html_body text,
  status text not null check (status in ('PENDING', 'SENT', 'RECORDED', 'FAILED')),
  attempts integer not null default 0,
  next_attempt_at timestamptz not null,
  last_error text,
  created_at timestamptz not null,
  sent_at timestamptz
);

create index email_message_due on email_message (next_attempt_at) where status = 'PENDING';
create index email_message_created on email_message (created_at desc);
