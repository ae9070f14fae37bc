-- A council's take-ups by type, ever, and how many of them were taken up (the moment kept since
-- V054), read from this index alone (ADR 062) instead of every take-up and its history.
create index take_up_by_council on take_up (local_authority_id)
  include (opportunity_type, taken_up_at);
