-- Each coordinator's patch: the regions and the councils they look after. A council is in a
-- coordinator's patch when its region is, or when it is named on its own. Rows go with the
-- coordinator's account.
create table coordinator_patch_region (
  account_id uuid not null references account (id) on delete cascade,
  region_code varchar(9) not null references region (code),
  primary key (account_id, region_code)
);

create table coordinator_patch_council (
  account_id uuid not null references account (id) on delete cascade,
  local_authority_id integer not null references local_authority (id),
  primary key (account_id, local_authority_id)
);
