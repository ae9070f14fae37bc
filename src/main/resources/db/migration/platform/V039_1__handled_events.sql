-- Which events each listener has handled, for the listeners whose work is not idempotent by
-- itself (an email, a note), so that running one twice for the same event changes nothing the
-- second time (ADR 035). Kept for 90 days.
create table handled_event (
  listener text not null,
  event_key text not null,
  handled_at timestamptz not null,
  primary key (listener, event_key)
);
create index handled_event_handled_at on handled_event (handled_at);
