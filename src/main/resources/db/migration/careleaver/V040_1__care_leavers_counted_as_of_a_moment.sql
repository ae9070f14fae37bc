-- Care leavers registered as of a moment, for the Covenant's goals (ADR 037), by region.
create index care_leaver_created on care_leaver (created_at, region_code);
