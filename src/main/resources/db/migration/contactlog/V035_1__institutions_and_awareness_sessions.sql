-- Colleges and universities are named as institutions in the contact log, and an awareness
-- session run with an institution's staff is recorded with how many attended.
alter table contact_log_entry drop constraint contact_log_entry_partner_kind_check;
update contact_log_entry set partner_kind = 'INSTITUTION' where partner_kind = 'COLLEGE';
alter table contact_log_entry add constraint contact_log_entry_partner_kind_check
  check (partner_kind in ('COUNCIL', 'INSTITUTION', 'ORGANISATION'));
alter table contact_log_entry drop constraint contact_log_entry_contact_kind_check;
alter table contact_log_entry add constraint contact_log_entry_contact_kind_check
  check (contact_kind in ('MEETING', 'CALL', 'EMAIL', 'EVENT', 'RECORD', 'AWARENESS_SESSION'));
alter table contact_log_entry add column attended integer check (attended between 0 and 100000);
alter table contact_log_entry add constraint contact_log_entry_attended_only_for_sessions
  check (contact_kind = 'AWARENESS_SESSION' or attended is null);
