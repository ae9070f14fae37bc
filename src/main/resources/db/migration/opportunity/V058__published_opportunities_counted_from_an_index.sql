-- The Covenant's figure of opportunities published as of a day counts a period's opportunities by
-- when they were first published, narrowed by kind and by where they are open (ADR 062). Carrying
-- those in the index of publication times lets the count read the index alone, instead of one
-- table page for almost every opportunity of the period. It replaces that index, which had the
-- same key and the same rows.
create index opportunity_published_counted on opportunity (published_at)
  include (type, scope, regions, councils)
  where published_at is not null;
drop index opportunity_published;
