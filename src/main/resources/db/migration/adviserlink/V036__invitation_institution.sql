-- The college or university of a young person registered on their behalf, as the list
-- writes it or as typed when it is not listed; carried to their profile when they claim it.
alter table care_leaver_invitation add column institution text
    check (institution is null or char_length(institution) between 1 and 100);
