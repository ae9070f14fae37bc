-- Speeds up blanking the bodies of emails delivered long enough ago (ADR 022): the rows stay as
-- the delivery log, with their recipient, subject, status and times.
create index email_message_body_kept on email_message (coalesce(sent_at, created_at))
  where text_body <> '' and status not in ('PENDING', 'SENDING');
