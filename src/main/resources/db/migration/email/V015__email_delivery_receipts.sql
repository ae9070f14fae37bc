-- What GOV.UK Notify last reported about an email it took (its delivery receipt): whether it reached
-- the recipient's mail server, and if not, why. Null until a receipt comes, and for emails sent over
-- SMTP or recorded.
alter table email_message add column delivery text
  check (delivery in ('DELIVERED', 'PERMANENT_FAILURE', 'TEMPORARY_FAILURE', 'TECHNICAL_FAILURE'));
alter table email_message add column delivery_reported_at timestamptz;
