-- Finds the emails written to one address, for a person's download of their data and for erasing
-- it when they delete their account.
create index email_message_recipient on email_message (lower(recipient));
