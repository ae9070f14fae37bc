-- Take-ups move through stages set by organisations and by the young person's answers to
-- check-ins. Each change keeps the stage it came from and, for an early end, why.
alter table take_up_event add column from_status text;
alter table take_up_event add column reason varchar(500);

alter table take_up
  -- When the young person applied (what an organisation sees is what was applied for).
  add column applied_at timestamptz,
  -- When they started, for the check-ins at 3 and 6 months.
  add column started_at timestamptz,
  -- Marks that each check-in and the last reminder to the organisation were sent, so that a
  -- job run on any instance sends each once.
  add column check_in_3_sent_at timestamptz,
  add column check_in_6_sent_at timestamptz,
  add column reminded_at timestamptz,
  -- Copied when the take-up begins, so that it can be counted by kind, region and council
  -- without reading another module's tables, and still counted after the person is deleted.
  add column opportunity_type text,
  add column region_code varchar(9),
  add column local_authority_id integer;

update take_up t set applied_at = (
  select min(e.occurred_at) from take_up_event e where e.take_up_id = t.id and e.status = 'APPLIED');
update take_up t set opportunity_type = o.type from opportunity o where o.id = t.opportunity_id;
update take_up t set region_code = c.region_code, local_authority_id = c.local_authority_id
  from care_leaver c where c.account_id = t.account_id;

create index take_up_applied on take_up (signatory_id, updated_at) where applied_at is not null;
create index take_up_started on take_up (started_at) where started_at is not null;
create index take_up_created on take_up (created_at);

-- Every time someone other than the young person looks at their take-up: who, whose, what
-- and when. Rows are only ever added.
create table record_view (
  id bigint generated always as identity primary key,
  viewer_account_id uuid not null,
  viewer_role text not null,
  care_leaver_account_id uuid,
  take_up_id uuid,
  what varchar(200) not null,
  viewed_at timestamptz not null
);

create index record_view_care_leaver on record_view (care_leaver_account_id, viewed_at);

create function record_view_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'The audit trail is append-only: % is refused', tg_op;
end;
$$;

create trigger record_view_append_only before update or delete on record_view
  for each row execute function record_view_refuse_change();
create trigger record_view_no_truncate before truncate on record_view
  for each statement execute function record_view_refuse_change();
