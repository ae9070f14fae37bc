-- Opportunities published as of a moment, for the Covenant's KPIs (ADR 037).
create index opportunity_published on opportunity (published_at) where published_at is not null;
