package org.covenantconnects.event.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.covenantconnects.event.Audience;
import org.covenantconnects.event.Event;
import org.covenantconnects.event.EventDetails;
import org.covenantconnects.event.EventKind;
import org.covenantconnects.event.FeedEvent;
import org.covenantconnects.event.MyEvent;
import org.covenantconnects.event.Review;
import org.covenantconnects.event.SignUp;
import org.covenantconnects.event.SignUpStatus;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.places.RegionCode;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code event}, {@code event_sign_up} and {@code event_calendar} tables. */
@Repository
public class EventRepository {

	private static final String EVENT = """
			select e.*,
			  (select count(*) from event_sign_up s where s.event_id = e.id and s.status = 'PLACE') as places_taken,
			  (select count(*) from event_sign_up s where s.event_id = e.id and s.status = 'WAITING') as waiting
			from event e
			""";

	/** A sign-up with its place in the queue among those waiting. */
	private static final String SIGN_UP = """
			select s.event_id, s.account_id, s.status, s.signed_up_at, s.attended,
			  case when s.status = 'WAITING' then (select count(*) from event_sign_up w where w.event_id = s.event_id
			    and w.status = 'WAITING' and (w.signed_up_at, w.id) <= (s.signed_up_at, s.id)) else 0 end as position
			from event_sign_up s
			""";

	private final JdbcClient jdbc;

	EventRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(UUID id, EventDetails details, AccountId organiser, Instant now) {
		this.jdbc.sql("""
				insert into event (id, title, description, kind, audiences, starts_at, ends_at, online, venue,
				  venue_address, joining_link, region_code, capacity, organiser_account_id, accessibility, travel_paid,
				  created_at, updated_at)
				values (:id, :title, :description, :kind, string_to_array(:audiences, ',')::varchar(20)[], :startsAt,
				  :endsAt, :online, :venue, :venueAddress, :joiningLink, :region, :capacity, :organiser, :accessibility,
				  :travelPaid, :now, :now)
				""").param("id", id).param("organiser", organiser.value()).params(params(details, now)).update();
	}

	/** An event a signatory organisation proposes: it waits for review. */
	public void insertProposal(UUID id, EventDetails details, AccountId member, UUID organisation, Instant now) {
		this.jdbc.sql("""
				insert into event (id, title, description, kind, audiences, starts_at, ends_at, online, venue,
				  venue_address, joining_link, region_code, capacity, organiser_account_id, accessibility, travel_paid,
				  created_at, updated_at, organiser_signatory_id, review)
				values (:id, :title, :description, :kind, string_to_array(:audiences, ',')::varchar(20)[], :startsAt,
				  :endsAt, :online, :venue, :venueAddress, :joiningLink, :region, :capacity, :organiser, :accessibility,
				  :travelPaid, :now, :now, :organisation, 'WAITING')
				""")
			.param("id", id)
			.param("organiser", member.value())
			.param("organisation", organisation)
			.params(params(details, now))
			.update();
	}

	/** Sets where the event stands with moderation, and the reasons when returned. */
	public void review(UUID id, Review review, @Nullable String reason, Instant now) {
		this.jdbc.sql("update event set review = :review, returned_reason = :reason, updated_at = :now where id = :id")
			.param("id", id)
			.param("review", review.name())
			.param("reason", reason)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** The events an organisation proposed, the latest starting first. */
	public List<Event> ofOrganisation(UUID organisation) {
		return this.jdbc.sql(EVENT + " where e.organiser_signatory_id = :organisation order by e.starts_at desc")
			.param("organisation", organisation)
			.query(EventRepository::event)
			.list();
	}

	/** Events waiting for review, the longest waiting first. */
	public List<Event> waitingForReview() {
		return this.jdbc.sql(EVENT + " where e.review = 'WAITING' order by e.created_at")
			.query(EventRepository::event)
			.list();
	}

	public void update(UUID id, EventDetails details, Instant now) {
		this.jdbc.sql("""
				update event set title = :title, description = :description, kind = :kind,
				  audiences = string_to_array(:audiences, ',')::varchar(20)[], starts_at = :startsAt, ends_at = :endsAt,
				  online = :online, venue = :venue, venue_address = :venueAddress, joining_link = :joiningLink,
				  region_code = :region, capacity = :capacity, accessibility = :accessibility,
				  travel_paid = :travelPaid, updated_at = :now
				where id = :id
				""").param("id", id).params(params(details, now)).update();
	}

	private static Map<String, Object> params(EventDetails details, Instant now) {
		Map<String, Object> params = new HashMap<>();
		params.put("title", details.title());
		params.put("description", details.description());
		params.put("kind", details.kind().name());
		params.put("audiences", String.join(",", details.audiences().stream().map(Audience::name).toList()));
		params.put("startsAt", Timestamp.from(details.startsAt()));
		params.put("endsAt", Timestamp.from(details.endsAt()));
		params.put("online", details.online());
		params.put("venue", details.venue());
		params.put("venueAddress", details.venueAddress());
		params.put("joiningLink", details.joiningLink());
		params.put("region", details.region().value());
		params.put("capacity", details.capacity());
		params.put("accessibility", details.accessibility());
		params.put("travelPaid", details.travelPaid());
		params.put("now", Timestamp.from(now));
		return params;
	}

	public void cancel(UUID id, Instant now) {
		this.jdbc.sql("update event set cancelled_at = :now, updated_at = :now where id = :id and cancelled_at is null")
			.param("id", id)
			.param("now", Timestamp.from(now))
			.update();
	}

	/**
	 * Locks the event's row until the transaction ends: every change to its places takes
	 * this lock first, so two people cancelling (or signing up) at once are handled one
	 * after the other, each seeing what the other did.
	 */
	public boolean lock(UUID id) {
		return this.jdbc.sql("select id from event where id = :id for update")
			.param("id", id)
			.query(UUID.class)
			.optional()
			.isPresent();
	}

	public Optional<Event> find(UUID id) {
		return this.jdbc.sql(EVENT + " where e.id = :id").param("id", id).query(EventRepository::event).optional();
	}

	/**
	 * Events not yet ended, not cancelled, soonest first; in a region and of a kind when
	 * given.
	 */
	public List<Event> upcoming(Instant now, @Nullable RegionCode region, @Nullable EventKind kind) {
		return this.jdbc.sql(EVENT + """
				where e.cancelled_at is null and e.ends_at > :now
				  and (cast(:region as varchar) is null or e.region_code = :region)
				  and (cast(:kind as varchar) is null or e.kind = :kind)
				order by e.starts_at, e.title
				""")
			.param("now", Timestamp.from(now))
			.param("region", (region != null) ? region.value() : null)
			.param("kind", (kind != null) ? kind.name() : null)
			.query(EventRepository::event)
			.list();
	}

	/** Every event of a region that ends after the given time, cancelled ones too. */
	public List<Event> inRegionSince(RegionCode region, Instant since) {
		return this.jdbc.sql(EVENT + " where e.region_code = :region and e.ends_at > :since order by e.starts_at")
			.param("region", region.value())
			.param("since", Timestamp.from(since))
			.query(EventRepository::event)
			.list();
	}

	/**
	 * The events not yet ended, in the region when given, soonest first, with when each
	 * was made and last changed.
	 */
	public List<FeedEvent> notEndedWithChanges(Instant now, @Nullable RegionCode region) {
		return this.jdbc
			.sql(EVENT + " where e.ends_at > :now" + ((region != null) ? " and e.region_code = :region" : "")
					+ " order by e.starts_at, e.id")
			.param("now", Timestamp.from(now))
			.params((region != null) ? Map.of("region", region.value()) : Map.<String, Object>of())
			.query((rs, row) -> new FeedEvent(event(rs, row), rs.getTimestamp("created_at").toInstant(),
					rs.getTimestamp("updated_at").toInstant()))
			.list();
	}

	/** Every event, the latest starting first. */
	public List<Event> all() {
		return this.jdbc.sql(EVENT + " order by e.starts_at desc").query(EventRepository::event).list();
	}

	public int placesTaken(UUID event) {
		return this.jdbc.sql("select count(*) from event_sign_up where event_id = :event and status = 'PLACE'")
			.param("event", event)
			.query(Integer.class)
			.single();
	}

	public Optional<SignUp> signUp(UUID event, AccountId account) {
		return this.jdbc.sql(SIGN_UP + " where s.event_id = :event and s.account_id = :account")
			.param("event", event)
			.param("account", account.value())
			.query(EventRepository::signUp)
			.optional();
	}

	/**
	 * Signs the person up with the given status, at the back of the queue: a new row, or
	 * their cancelled one again.
	 */
	public void signUp(UUID event, AccountId account, SignUpStatus status, Instant now) {
		this.jdbc.sql("""
				insert into event_sign_up (id, event_id, account_id, status, signed_up_at, changed_at)
				values (:id, :event, :account, :status, :now, :now)
				on conflict (event_id, account_id) where account_id is not null do update
				  set status = excluded.status, signed_up_at = excluded.signed_up_at, changed_at = excluded.changed_at,
				    attended = null, reminded_at = null
				""")
			.param("id", UUID.randomUUID())
			.param("event", event)
			.param("account", account.value())
			.param("status", status.name())
			.param("now", Timestamp.from(now))
			.update();
	}

	/** Cancels the person's place or place on the waiting list; returns what they had. */
	public Optional<SignUpStatus> cancel(UUID event, AccountId account, Instant now) {
		return this.jdbc.sql("""
				update event_sign_up s set status = 'CANCELLED', changed_at = :now
				from event_sign_up earlier
				where earlier.id = s.id and s.event_id = :event and s.account_id = :account
				  and s.status in ('PLACE', 'WAITING')
				returning earlier.status
				""")
			.param("event", event)
			.param("account", account.value())
			.param("now", Timestamp.from(now))
			.query((rs, i) -> SignUpStatus.valueOf(rs.getString(1)))
			.optional();
	}

	/**
	 * Gives the place to the first on the waiting list; returns who, if anyone waited.
	 */
	public Optional<AccountId> promoteNext(UUID event, Instant now) {
		return this.jdbc.sql("""
				update event_sign_up set status = 'PLACE', changed_at = :now
				where id = (select id from event_sign_up where event_id = :event and status = 'WAITING'
				  and account_id is not null order by signed_up_at, id limit 1)
				returning account_id
				""")
			.param("event", event)
			.param("now", Timestamp.from(now))
			.query((rs, i) -> new AccountId(rs.getObject(1, UUID.class)))
			.optional();
	}

	/** Everyone signed up to an event, places first in the order they signed up. */
	public List<SignUp> signUps(UUID event) {
		return this.jdbc.sql(SIGN_UP + """
				where s.event_id = :event and s.account_id is not null
				order by case s.status when 'PLACE' then 0 when 'WAITING' then 1 else 2 end, s.signed_up_at, s.id
				""").param("event", event).query(EventRepository::signUp).list();
	}

	/** The events a person has a place at or waits for, soonest first. */
	public List<MyEvent> eventsOf(AccountId account) {
		List<SignUp> signUps = this.jdbc.sql(SIGN_UP + """
				join event e on e.id = s.event_id
				where s.account_id = :account and s.status in ('PLACE', 'WAITING')
				order by e.starts_at
				""").param("account", account.value()).query(EventRepository::signUp).list();
		return signUps.stream().map((signUp) -> new MyEvent(find(signUp.event()).orElseThrow(), signUp)).toList();
	}

	/** Records who came: those listed did, the others with a place did not. */
	public void markAttendance(UUID event, Collection<AccountId> came, Instant now) {
		this.jdbc.sql("""
				update event_sign_up set attended = (account_id = any(:came)), changed_at = :now
				where event_id = :event and status = 'PLACE'
				""")
			.param("event", event)
			.param("came", came.stream().map(AccountId::value).toArray(UUID[]::new))
			.param("now", Timestamp.from(now))
			.update();
	}

	/** For each of the given people, how many events they were marked as attending. */
	public Map<AccountId, Integer> attendedBy(Collection<AccountId> accounts) {
		Map<AccountId, Integer> counts = new HashMap<>();
		this.jdbc.sql("""
				select s.account_id, count(*) from event_sign_up s join event e on e.id = s.event_id
				where s.account_id = any(:accounts) and s.attended and e.cancelled_at is null
				group by s.account_id
				""")
			.param("accounts", accounts.stream().map(AccountId::value).toArray(UUID[]::new))
			.query((rs, i) -> counts.put(new AccountId(rs.getObject(1, UUID.class)), rs.getInt(2)))
			.list();
		return counts;
	}

	/**
	 * Events not cancelled that ended in the period, and the attendances marked at them.
	 */
	public int[] held(Instant from, Instant to) {
		return this.jdbc.sql("""
				select count(*),
				  coalesce(sum((select count(*) from event_sign_up s where s.event_id = e.id and s.attended)), 0)
				from event e where e.cancelled_at is null and e.ends_at >= :from and e.ends_at < :to
				""")
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query((rs, i) -> new int[] { rs.getInt(1), rs.getInt(2) })
			.single();
	}

	/**
	 * Marks the reminder of everyone with a place at an event starting in the period, not
	 * yet reminded, and returns them. One statement: an instance that runs it at the same
	 * time waits for the rows and then finds them reminded, so each person is reminded
	 * once.
	 */
	public List<Reminder> claimReminders(Instant from, Instant to, Instant now) {
		return this.jdbc.sql("""
				update event_sign_up s set reminded_at = :now
				from event e
				where e.id = s.event_id and s.status = 'PLACE' and s.reminded_at is null and s.account_id is not null
				  and e.cancelled_at is null and e.starts_at >= :from and e.starts_at < :to
				returning s.event_id, s.account_id
				""")
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.param("now", Timestamp.from(now))
			.query((rs, i) -> new Reminder(rs.getObject(1, UUID.class), new AccountId(rs.getObject(2, UUID.class))))
			.list();
	}

	/** One reminder to send. */
	public record Reminder(UUID event, AccountId account) {

	}

	public Optional<String> calendarToken(AccountId account) {
		return this.jdbc.sql("select token from event_calendar where account_id = :account")
			.param("account", account.value())
			.query(String.class)
			.optional();
	}

	/** Sets the person's calendar address, replacing any earlier one. */
	public void setCalendarToken(AccountId account, String token, Instant now) {
		this.jdbc.sql("""
				insert into event_calendar (account_id, token, created_at) values (:account, :token, :now)
				on conflict (account_id) do update set token = excluded.token, created_at = excluded.created_at
				""").param("account", account.value()).param("token", token).param("now", Timestamp.from(now)).update();
	}

	public Optional<AccountId> calendarHolder(String token) {
		return this.jdbc.sql("select account_id from event_calendar where token = :token")
			.param("token", token)
			.query((rs, i) -> new AccountId(rs.getObject(1, UUID.class)))
			.optional();
	}

	/** A person's part of the download: their sign-ups, by event title and time. */
	public List<Map<String, Object>> download(AccountId account) {
		return this.jdbc.sql("""
				select e.title, e.starts_at, s.status, s.signed_up_at, s.attended from event_sign_up s
				join event e on e.id = s.event_id where s.account_id = :account order by e.starts_at
				""").param("account", account.value()).query().listOfRows();
	}

	/**
	 * Erases a person: their sign-ups to events not yet ended go, those to past events
	 * stay for the counts without them; their calendar address goes; an event they
	 * organise keeps no organiser.
	 */
	public void forget(AccountId account, Instant now) {
		this.jdbc.sql("""
				delete from event_sign_up s using event e
				where e.id = s.event_id and s.account_id = :account and e.ends_at > :now
				""").param("account", account.value()).param("now", Timestamp.from(now)).update();
		this.jdbc.sql("update event_sign_up set account_id = null where account_id = :account")
			.param("account", account.value())
			.update();
		this.jdbc.sql("delete from event_calendar where account_id = :account")
			.param("account", account.value())
			.update();
		this.jdbc.sql("update event set organiser_account_id = null where organiser_account_id = :account")
			.param("account", account.value())
			.update();
	}

	private static Event event(ResultSet rs, int row) throws SQLException {
		Array audiences = rs.getArray("audiences");
		Timestamp cancelled = rs.getTimestamp("cancelled_at");
		UUID organiser = rs.getObject("organiser_account_id", UUID.class);
		EventDetails details = new EventDetails(rs.getString("title"), rs.getString("description"),
				EventKind.valueOf(rs.getString("kind")),
				Arrays.stream((String[]) audiences.getArray()).map(Audience::valueOf).toList(),
				rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
				rs.getBoolean("online"), rs.getString("venue"), rs.getString("venue_address"),
				rs.getString("joining_link"), new RegionCode(rs.getString("region_code")), rs.getInt("capacity"),
				rs.getString("accessibility"), rs.getBoolean("travel_paid"));
		return new Event(rs.getObject("id", UUID.class), details, (organiser != null) ? new AccountId(organiser) : null,
				(cancelled != null) ? cancelled.toInstant() : null, rs.getInt("places_taken"), rs.getInt("waiting"),
				rs.getObject("organiser_signatory_id", UUID.class), Review.valueOf(rs.getString("review")),
				rs.getString("returned_reason"));
	}

	private static SignUp signUp(ResultSet rs, int row) throws SQLException {
		Object attended = rs.getObject("attended");
		return new SignUp(rs.getObject("event_id", UUID.class), new AccountId(rs.getObject("account_id", UUID.class)),
				SignUpStatus.valueOf(rs.getString("status")), rs.getTimestamp("signed_up_at").toInstant(),
				rs.getInt("position"), (attended != null) ? (Boolean) attended : null);
	}

}
