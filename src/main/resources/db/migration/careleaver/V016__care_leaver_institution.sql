-- The college or university a care leaver attends, in their own words, if they choose to say.
-- It lets a coordinator based in a partner college find the young people they support there.
alter table care_leaver add column institution varchar(100);
