-- Further education colleges and universities, their partnership with the Covenant, their Whole
-- Institution Approach pillar by pillar, and what each offers care leavers (ADR 032). Every change
-- is written to institution_change, which is kept as written.
create table institution (
  id uuid primary key,
  name text not null unique check (length(name) <= 200),
  slug text not null unique check (length(slug) <= 200),
  kind text not null check (kind in ('FE', 'HE')),
  -- The group the institution belongs to, such as NCG, or null.
  part_of_group text check (length(part_of_group) <= 200),
  region_code varchar(9) not null references region (code),
  area text not null check (area in ('NORTH', 'MIDLANDS', 'SOUTH')),
  web_address text check (length(web_address) <= 500),
  -- The institution's own email domains, such as ncl-coll.ac.uk, in lower case.
  email_domains text[] not null default '{}',
  partner boolean not null default false,
  mou_signed_on date,
  mou_review_on date,
  mou_url text check (length(mou_url) <= 500),
  -- The institution's named central point of contact: a work contact, not an account.
  contact_name text check (length(contact_name) <= 200),
  contact_role text check (length(contact_role) <= 200),
  contact_email text check (length(contact_email) <= 320),
  -- The Covenant coordinator assigned to it; blanked when their account is erased.
  coordinator_account_id uuid references account (id),
  updated_at timestamptz not null,
  check (partner or mou_signed_on is null)
);

create index institution_region on institution (region_code);

create table institution_action (
  id uuid primary key,
  institution_id uuid not null references institution (id) on delete cascade,
  pillar text not null check (pillar in ('STUDENT', 'EMPLOYMENT', 'COMMUNITY')),
  action text not null check (length(action) <= 500),
  -- Who at the institution owns the action, as a role or a team.
  owner text not null check (length(owner) <= 200),
  due_on date not null,
  status text not null check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE')),
  evidence text check (length(evidence) <= 2000),
  evidence_url text check (length(evidence_url) <= 500),
  updated_at timestamptz not null
);

create index institution_action_institution on institution_action (institution_id, pillar, due_on);

-- What an institution offers care leavers, one row per offer it has answered; an offer with no
-- row is not known.
create table institution_offer (
  institution_id uuid not null references institution (id) on delete cascade,
  offer text not null check (offer in ('CARE_LEAVER_CONTACT', 'BURSARY', 'YEAR_ROUND_ACCOMMODATION',
    'APPLICATION_HELP', 'MENTAL_HEALTH_SUPPORT', 'OTHER')),
  answer text not null check (answer in ('YES', 'NO', 'NOT_KNOWN')),
  sentence text check (length(sentence) <= 500),
  -- The bursary a year, in pence, for the bursary only.
  amount_pence bigint check (amount_pence between 0 and 10000000),
  -- The published contact for care leavers, for that offer only: a work contact, shown publicly.
  published_contact_name text check (length(published_contact_name) <= 200),
  published_contact_email text check (length(published_contact_email) <= 320),
  updated_at timestamptz not null,
  primary key (institution_id, offer),
  check (offer = 'BURSARY' or amount_pence is null),
  check (offer = 'CARE_LEAVER_CONTACT' or (published_contact_name is null and published_contact_email is null))
);

create table institution_change (
  id bigserial primary key,
  institution_id uuid not null references institution (id),
  -- The coordinator who made the change; no foreign key, as in the other kept histories.
  changed_by uuid,
  changed_at timestamptz not null,
  what text not null
);

create index institution_change_institution on institution_change (institution_id, changed_at desc);

create function institution_change_is_kept() returns trigger language plpgsql as $$
begin
  raise exception 'changes to institutions are kept as they were written';
end;
$$;

create trigger institution_change_kept before update or delete on institution_change
  for each row execute function institution_change_is_kept();
