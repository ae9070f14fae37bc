-- Alert emails in the outbox: mostly to care leavers, some to supporters and signatories, only
-- to active accounts, each after its recipient joined. Delivered ones are RECORDED for the first
-- six months (before email went out over SMTP) and SENT after; about 1% FAILED after eight attempts,
-- and a few from the last two hours are still PENDING a retry (the running application delivers
-- those when it starts).
create temp table generated_recipient on commit drop as
select a.role, row_number() over (partition by a.role order by a.n) as rank, a.email, a.display_name,
  a.created_at, coalesce(la.name, 'England') as council
from generated_account a
left join local_authority la on la.id = a.local_authority_id
where a.status = 'ACTIVE' and a.role in ('CARE_LEAVER', 'SUPPORTER', 'SIGNATORY');

alter table generated_recipient add primary key (role, rank);

create temp table generated_recipient_count on commit drop as
select role, count(*) as how_many from generated_recipient group by role;

insert into email_message (id, recipient, subject, text_body, html_body, status, attempts, next_attempt_at,
  last_error, created_at, sent_at)
-- Materialised so that each row's digests and draws are computed once, not wherever they are used.
with alert as materialized (
  select n, digest, md5(digest) as more
  from generate_series(1, cast(:alerts as integer)) as n,
    lateral md5(cast(:seed as text) || ':alert:' || n) as digest
), drawn as materialized (
  select n, cast(digest as uuid) as id, pg_temp.fraction(digest, 0) as pick_role,
    pg_temp.fraction(digest, 1) as pick_recipient, pg_temp.fraction(digest, 2) as pick_time,
    pg_temp.fraction(digest, 3) as pick_outcome, pg_temp.fraction(more, 0) as pick_template,
    pg_temp.fraction(more, 1) as pick_kind, pg_temp.fraction(more, 2) as pick_detail,
    pg_temp.fraction(more, 3) as pick_attempts
  from alert
), addressed as (
  select d.*, c.role, r.email, split_part(r.display_name, ' ', 1) as first_name, r.council,
    case
      when d.pick_outcome < 0.0005 then 'PENDING'
      when d.pick_outcome < 0.0105 then 'FAILED'
      else 'DELIVERED'
    end as outcome,
    case when d.pick_outcome < 0.0005
      then cast(:until as timestamptz) - d.pick_time * interval '2 hours'
      else r.created_at + d.pick_time * (cast(:until as timestamptz) - r.created_at)
    end as created_at,
    (array['apprenticeship', 'job', 'work experience placement', 'training course', 'discount', 'free tickets',
      'mentoring programme', 'help setting up home'])[1 + floor(d.pick_kind * 8)::integer] as kind
  from drawn d
  join generated_recipient_count c on c.role = case
      when d.pick_role < 0.88 then 'CARE_LEAVER'
      when d.pick_role < 0.98 then 'SUPPORTER'
      else 'SIGNATORY'
    end
  join generated_recipient r on r.role = c.role
    and r.rank = 1 + cast(floor(d.pick_recipient * c.how_many) as bigint)
), written as (
  select a.*,
    case a.role
      when 'CARE_LEAVER' then case
        when a.pick_template < 0.55 then 'New ' || a.kind || ' in ' || a.council
        when a.pick_template < 0.80 then 'Your weekly round-up: ' || (2 + floor(a.pick_detail * 12)) || ' new opportunities for you'
        when a.pick_template < 0.92 then 'Reminder: an opportunity you are interested in closes soon'
        else 'Update on your application'
      end
      when 'SUPPORTER' then case
        when a.pick_template < 0.6 then 'A young person you support is interested in an opportunity'
        else 'New opportunities for young people in ' || a.council
      end
      else case
        when a.pick_template < 0.7 then 'Someone is interested in your opportunity'
        else 'Your opportunity is now published'
      end
    end as subject
  from addressed a
)
select w.id, w.email, w.subject,
  'Hello ' || w.first_name || E',\n\n' || w.subject || E'.\n\n'
    || E'Sign in to Covenant Connects to see the details.\n\n'
    || 'You can choose which alerts you get, and how often, on your account page.',
  null,
  case w.outcome
    when 'DELIVERED' then case when w.created_at < cast(:until as timestamptz) - interval '550 days' then 'RECORDED' else 'SENT' end
    else w.outcome
  end,
  case w.outcome
    when 'PENDING' then 1 + floor(w.pick_attempts * 6)::integer
    when 'FAILED' then 8
    else case when w.pick_attempts < 0.03 then 2 else 1 end
  end,
  case w.outcome
    when 'PENDING' then w.created_at + w.pick_attempts * interval '30 minutes'
    when 'FAILED' then w.created_at + interval '2 hours 8 minutes'
    else w.created_at
  end,
  case w.outcome
    when 'PENDING' then 'Could not connect to the mail server: connection timed out'
    when 'FAILED' then (array['550 5.1.1 Mailbox unavailable', '552 5.2.2 Mailbox full',
      '554 5.7.1 Message rejected as spam', '550 5.1.10 Recipient address rejected'])
      [1 + floor(w.pick_detail * 4)::integer]
  end,
  w.created_at,
  case when w.outcome = 'DELIVERED' then w.created_at + (2 + w.pick_detail * 58) * interval '1 second' end
from written w
order by w.created_at, w.n;
