-- The figure of signatories reads one by one only the organisations that signed since the last
-- whole month (ADR 064): those with a signing date in those days are found through this index,
-- and those without one through their stage's moment (signatory_stage), instead of reading every
-- organisation.
create index signatory_signed_on on signatory (signed_on);
