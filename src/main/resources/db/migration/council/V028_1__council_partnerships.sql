-- Each council's partnership with the Covenant, the people who lead it at the council, and
-- every change to them (kept, never changed).
create table council_partnership (
  local_authority_id integer primary key references local_authority (id),
  partner boolean not null,
  partner_since date,
  account_manager uuid references account (id),
  local_offer_url text check (length(local_offer_url) <= 500),
  updated_at timestamptz not null,
  check (partner or partner_since is null)
);

create table council_lead (
  id uuid primary key,
  local_authority_id integer not null references local_authority (id),
  name text not null check (length(name) <= 200),
  role text not null check (length(role) <= 200),
  email text not null check (length(email) <= 320),
  added_at timestamptz not null
);

create index council_lead_council on council_lead (local_authority_id);

create table council_partnership_change (
  id bigserial primary key,
  local_authority_id integer not null references local_authority (id),
  -- The coordinator who made the change; no foreign key, as in the other kept histories, so that the
  -- history never stands in the way of an account being removed.
  changed_by uuid,
  changed_at timestamptz not null,
  what text not null
);

create index council_partnership_change_council on council_partnership_change (local_authority_id, changed_at desc);

create function council_partnership_change_is_kept() returns trigger language plpgsql as $$
begin
  raise exception 'changes to council partnerships are kept as they were written';
end;
$$;

create trigger council_partnership_change_kept before update or delete on council_partnership_change
  for each row execute function council_partnership_change_is_kept();
