-- What kind of data this database holds. Demo data may only be loaded where this says 'demo' or
-- where nothing has been written yet; the first real account marks the database 'real'.
create table dataset (
  singleton boolean primary key default true check (singleton),
  kind text not null check (kind in ('demo', 'generated', 'real')),
  marked_at timestamptz not null
);
