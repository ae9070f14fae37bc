-- What each care leaver and supporter wants to hear about, and how. Made from their profile when
-- their account is activated; they change it at /alerts.
create table alert_preference (
  account_id uuid primary key,
  audience text not null check (audience in ('CARE_LEAVER', 'SUPPORTER')),
  by_email boolean not null,
  in_app boolean not null,
  frequency text not null check (frequency in ('INSTANT', 'WEEKLY', 'MONTHLY', 'OFF')),
  -- Empty categories and types: every kind of opportunity.
  categories text[] not null default '{}',
  types text[] not null default '{}',
  -- The regions whose regional opportunities they want; empty: their own region.
  regions varchar(9)[] not null default '{}',
  updated_at timestamptz not null
);

-- One alert per opportunity and person, whatever happens: publishing the same opportunity
-- again, or handling its publication twice after a crash, adds nothing.
create table alert (
  id bigint generated always as identity primary key,
  opportunity_id uuid not null,
  account_id uuid not null,
  audience text not null check (audience in ('CARE_LEAVER', 'SUPPORTER')),
  -- Shown in the person's Notifications.
  in_app boolean not null,
  -- How it reaches them by email, fixed when it was made: NONE, at once, or in a digest.
  email text not null check (email in ('NONE', 'INSTANT', 'WEEKLY', 'MONTHLY')),
  -- When an email carrying it was queued (the instant alert or a digest); null until then.
  emailed_at timestamptz,
  created_at timestamptz not null,
  read_at timestamptz,
  constraint alert_once unique (opportunity_id, account_id)
);

create index alert_notifications on alert (account_id, created_at desc) where in_app;
create index alert_unread on alert (account_id) where in_app and read_at is null;
create index alert_awaiting_digest on alert (account_id) where emailed_at is null and email in ('WEEKLY', 'MONTHLY');

-- One digest per person and period: the key makes sending safe from several instances.
create table alert_digest (
  account_id uuid not null,
  frequency text not null check (frequency in ('WEEKLY', 'MONTHLY')),
  period_start date not null,
  alerts integer not null,
  sent_at timestamptz not null,
  primary key (account_id, frequency, period_start)
);

-- A reminder that a saved opportunity closes soon, sent once.
create table closing_reminder (
  account_id uuid not null,
  opportunity_id uuid not null,
  sent_at timestamptz not null,
  primary key (account_id, opportunity_id)
);

-- The key that signs unsubscribe links, made once per database so that every instance shares it.
create table alert_signing_key (
  id integer primary key check (id = 1),
  secret text not null
);

insert into alert_signing_key (id, secret)
values (1, replace(gen_random_uuid()::text || gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));
