-- An organisation may offer an opportunity only to young people whose care experience has been
-- confirmed (by a linked personal adviser or the Covenant team).
alter table opportunity add column confirmed_only boolean not null default false;
