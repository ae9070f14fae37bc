-- Care experience, confirmed once: a personal adviser linked with the young person, or a Covenant
-- coordinator, confirms that they are care-experienced and which council looked after them. The
-- first confirmation is the only one of its kind; a coordinator may correct it (another council)
-- or withdraw it, each correction a further row with its reason. The latest row is the state.
create table care_experience_confirmation (
  id uuid primary key,
  -- The young person; their rows go with their profile.
  account_id uuid not null references care_leaver (account_id) on delete cascade,
  -- The council that looked after them, as confirmed; null when a correction withdraws it.
  local_authority_id integer,
  confirmer text not null check (confirmer in ('PERSONAL_ADVISER', 'COORDINATOR')),
  -- Who confirmed or corrected; null once that account is deleted.
  confirmed_by_account_id uuid,
  confirmed_at timestamptz not null,
  -- Null for the first confirmation; why, for a coordinator's correction.
  correction_reason varchar(500),
  check (correction_reason is not null or local_authority_id is not null)
);

-- Confirmed once: a second first confirmation is refused by the database too.
create unique index care_experience_confirmed_once on care_experience_confirmation (account_id)
  where correction_reason is null;
create index care_experience_confirmation_by on care_experience_confirmation (confirmed_by_account_id)
  where confirmed_by_account_id is not null;

-- When their care experience was confirmed, while it stands; null when not confirmed (or withdrawn).
alter table care_leaver add column care_experience_confirmed_at timestamptz;
