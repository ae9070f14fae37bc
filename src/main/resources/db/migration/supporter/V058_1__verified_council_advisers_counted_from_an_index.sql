-- The Covenant's figure of councils' personal advisers verified on Connects, as of each day, and
-- each council's advisers on its approach read the verified advisers alone, by council, with the
-- moments they were verified from, from this index (ADR 062), instead of every supporter.
create index supporter_verified_council_advisers on supporter (local_authority_id)
  include (decided_at, email_confirmed_at, registered_at)
  where organisation_type = 'COUNCIL' and role = 'PERSONAL_ADVISER' and verification = 'VERIFIED';
