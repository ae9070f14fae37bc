-- The monthly give-away (ADR 039). A coordinator sets up one prize a month and who may win it;
-- each draw fixes the list of entries when it closes, fingerprints it and records the random
-- seed, so that anyone on the team can re-run it and get the same winner.
create table give_away (
  id uuid primary key,
  -- the first day of the month the prize is for; one give-away a month
  month date not null unique check (extract(day from month) = 1),
  prize varchar(200) not null,
  details text,
  youngest integer check (youngest between 16 and 25),
  oldest integer check (oldest between 16 and 25),
  region_code varchar(9) references region (code),
  set_up_by uuid references account (id),
  created_at timestamptz not null,
  check (youngest is null or oldest is null or youngest <= oldest)
);

-- One draw of a give-away: the first when it closes, then one more each time a winner does not
-- claim in time. Its entries are fixed when it closes; seed, fingerprint and winning entry
-- never change once written.
create table give_away_draw (
  id uuid primary key,
  give_away_id uuid not null references give_away (id),
  round integer not null check (round > 0),
  closed_at timestamptz not null,
  seed varchar(64) not null,
  fingerprint varchar(64) not null,
  entrants integer not null check (entrants >= 0),
  winning_entry varchar(64),
  winner_account_id uuid references account (id),
  winner_region_code varchar(9) references region (code),
  -- the coordinator who closed it; null when the service drew it (month ended, or a redraw)
  drawn_by uuid references account (id),
  claim_by timestamptz,
  claimed_at timestamptz,
  lapsed_at timestamptz,
  unique (give_away_id, round),
  check ((entrants = 0) = (winning_entry is null))
);

create index give_away_draw_waiting on give_away_draw (claim_by) where claimed_at is null and lapsed_at is null;
create index give_away_draw_winner on give_away_draw (winner_account_id);

-- The fixed list of a draw: one entry per eligible care leaver, its key a SHA-256 of the draw's
-- id and the account's id. Erasing the person blanks the account; the key, and so the
-- fingerprint, stays.
create table give_away_entry (
  draw_id uuid not null references give_away_draw (id),
  entry varchar(64) not null,
  account_id uuid references account (id),
  primary key (draw_id, entry)
);

create index give_away_entry_account on give_away_entry (account_id);

-- Care leavers who said in My account that they do not want to take part.
create table give_away_opt_out (
  account_id uuid primary key references account (id),
  opted_out_at timestamptz not null
);
