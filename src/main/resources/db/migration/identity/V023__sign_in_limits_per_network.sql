-- Sign-in failures are counted per address and per network (the client's IP address, or
-- its /64 prefix for IPv6) together, so that someone elsewhere cannot keep the owner out.
-- Rows keep only a timestamp and can be purged once older than a day.
alter table sign_in_failure add column network text not null default '';

create index sign_in_failure_network on sign_in_failure (email_key, network, failed_at);

-- The networks from which each address last signed in successfully: the looser limit across
-- all networks does not apply to them. Purgeable after 90 days without a sign-in.
create table sign_in_network (
  email_key text not null,
  network text not null,
  signed_in_at timestamptz not null,
  primary key (email_key, network)
);
