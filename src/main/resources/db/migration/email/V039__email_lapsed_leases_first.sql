-- Senders claim lapsed leases before the backlog (ADR 006): the rows claimed and not yet finished
-- are few (a batch per sender thread), so this index stays small and finds them at once, however
-- long the queue of pending emails is.
create index email_message_lapsed on email_message (next_attempt_at) where status = 'SENDING';
