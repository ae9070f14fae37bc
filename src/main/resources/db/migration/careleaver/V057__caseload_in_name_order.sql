-- The caseload lists young people by the name each uses, a page at a time, in a region, a
-- council or everywhere. These indexes hold them in that order, so a page is read from the
-- index instead of sorting every young person of a region; the count beside it is read
-- from the narrower indexes on region and council.
create index care_leaver_region_by_name
    on care_leaver (region_code, lower(coalesce(preferred_name, full_name)), account_id);
create index care_leaver_council_by_name
    on care_leaver (local_authority_id, lower(coalesce(preferred_name, full_name)), account_id);
create index care_leaver_by_name
    on care_leaver (lower(coalesce(preferred_name, full_name)), account_id);
-- Part of a name typed into the caseload's search: its trigrams find the few who have it.
create index care_leaver_name_trigrams
    on care_leaver using gin ((full_name || ' ' || coalesce(preferred_name, '')) gin_trgm_ops);
