-- When the young person was last told by email that their account will be deleted, being 26 or
-- older and inactive for a year (ADR 022). Signing in after it counts as an answer: the next
-- warning, if it comes, is a new one.
alter table care_leaver add column inactivity_warned_at timestamptz;

create index care_leaver_date_of_birth on care_leaver (date_of_birth);
