-- What happened to each draw after it closed, in order, kept as written (ADR 050): the winner
-- claimed or declined, or the time to claim ran out, and each redraw with why it was made.
-- Who acted is said by their part (the winner, the service), never by account: the draw
-- itself says who won and which coordinator closed it.
create table give_away_history (
  id bigint generated always as identity primary key,
  draw_id uuid not null references give_away_draw (id),
  happening varchar(20) not null check (happening in ('CLAIMED', 'DECLINED', 'LAPSED', 'REDRAWN')),
  by_whom varchar(20) not null check (by_whom in ('WINNER', 'SERVICE')),
  why varchar(200),
  happened_at timestamptz not null
);

create index give_away_history_draw on give_away_history (draw_id);

-- A winner who says no thanks lets the prize go at once; it is drawn again then.
alter table give_away_draw add column declined_at timestamptz;
