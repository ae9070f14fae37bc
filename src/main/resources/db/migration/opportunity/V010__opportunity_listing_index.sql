-- Everything a search without words, and a care leaver's For you, filter and sort on, for
-- published opportunities only, so that finding and counting the matches reads this index
-- rather than the whole, much wider rows.
create index opportunity_listing on opportunity (published_at desc, id)
  include (category, type, scope, regions, councils, outcomes, age_from, age_to, closes_on, reconfirm_requested_at, quality_internship)
  where status = 'PUBLISHED';
