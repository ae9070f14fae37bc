-- Delivery claims a row for a while (a lease) instead of holding a lock while it sends: the row
-- becomes SENDING, claim names the claim, and next_attempt_at is when the lease ends. A row whose
-- lease ended without an outcome (its instance died) is claimed again by any instance.
alter table email_message add column claim uuid;
-- An address the recipient can use to stop these emails (List-Unsubscribe), when there is one.
alter table email_message add column unsubscribe_url text;

alter table email_message drop constraint email_message_status_check;
alter table email_message add constraint email_message_status_check
  check (status in ('PENDING', 'SENDING', 'SENT', 'RECORDED', 'FAILED', 'SUPPRESSED'));

drop index email_message_due;
create index email_message_due on email_message (next_attempt_at) where status in ('PENDING', 'SENDING');

-- Addresses that a mail server or GOV.UK Notify refused for good (no such mailbox, not a valid
-- address). Nothing more is sent to them until the person corrects or confirms their address.
create table email_undeliverable (
  address text primary key check (address = lower(address)),
  reason text not null,
  since timestamptz not null
);
