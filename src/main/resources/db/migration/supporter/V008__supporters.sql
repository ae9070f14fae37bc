-- Supporters: personal advisers, virtual school heads, leaving-care teams, college staff and
-- charity workers. One profile per SUPPORTER account (the account itself is identity's).
create table supporter (
  account_id uuid primary key,
  role text not null check (role in ('PERSONAL_ADVISER', 'VIRTUAL_SCHOOL_HEAD', 'LEAVING_CARE_TEAM',
    'COLLEGE_STAFF', 'CHARITY_WORKER', 'OTHER')),
  organisation_type text not null check (organisation_type in ('COUNCIL', 'COLLEGE_OR_UNIVERSITY', 'CHARITY')),
  -- The college's or charity's name; a council is named by local_authority_id alone.
  organisation_name text,
  -- The council they work for, or the council area their college or charity is in.
  local_authority_id integer not null references local_authority (id),
  email_domain text not null,
  verification text not null check (verification in ('PENDING', 'VERIFIED', 'DECLINED')),
  -- Who decided (a coordinator's or administrator's account); null when the email's domain
  -- was on the council's allowed list, or while pending.
  decided_by uuid,
  decided_at timestamptz,
  declined_reason text,
  email_confirmed_at timestamptz,
  registered_at timestamptz not null,
  demo boolean not null default false,
  constraint supporter_council_has_no_name check ((organisation_type = 'COUNCIL') = (organisation_name is null)),
  constraint supporter_declined_has_reason check ((verification = 'DECLINED') = (declined_reason is not null))
);

-- The coordinators' queue: pending supporters who have confirmed their email, longest waiting first.
create index supporter_awaiting_verification on supporter (registered_at, account_id)
  where verification = 'PENDING' and email_confirmed_at is not null;

-- Email domains whose addresses prove someone works for the council, kept by coordinators.
create table council_email_domain (
  local_authority_id integer not null references local_authority (id),
  domain text not null check (domain = lower(domain)),
  added_by uuid,
  added_at timestamptz not null,
  primary key (local_authority_id, domain)
);

-- Each time a supporter sent an opportunity to a young person. The young person's address is
-- not kept here: only that a share happened, for counting referrals.
create table opportunity_share (
  id uuid primary key,
  supporter_account_id uuid not null references supporter (account_id) on delete cascade,
  opportunity_id uuid not null,
  shared_at timestamptz not null
);

create index opportunity_share_supporter on opportunity_share (supporter_account_id, shared_at);
