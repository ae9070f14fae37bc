package org.covenantconnects.event;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.covenantconnects.email.Email;
import org.covenantconnects.email.Emails;
import org.covenantconnects.event.internal.EventRepository;
import org.covenantconnects.event.internal.Ics;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.AccountSummary;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.Role;
import org.covenantconnects.places.RegionCode;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events, their places and waiting lists, and calendars. Every change to an event's
 * places first locks the event's row, so that two people signing up for the last place,
 * or two people cancelling at once, are handled one after the other (ADR 034).
 */
@Service
public class Events {

	/** How long after they end a region's public calendar still lists events. */
	static final Duration FEED_KEEPS = Duration.ofDays(30);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final EventRepository events;

	private final Accounts accounts;

	private final Emails emails;

	private final Clock clock;

	private final String baseUrl;

	Events(EventRepository events, Accounts accounts, Emails emails, Clock clock,
			@Value("${connects.base-url}") String baseUrl) {
		this.events = events;
		this.accounts = accounts;
		this.emails = emails;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/** Creates an event, organised by the given coordinator. */
	@Transactional
	public Event create(EventDetails details, AccountId organiser) {
		UUID id = UUID.randomUUID();
		this.events.insert(id, details, organiser, this.clock.instant());
		return this.events.find(id).orElseThrow();
	}

	/**
	 * A signatory organisation proposes an event for its own audience: it waits for a
	 * coordinator's review and is shown to no one else until approved.
	 * @param member the signatory user who proposes it, for the organisation they act for
	 */
	@Transactional
	public Event propose(EventDetails details, AccountId member, UUID organisation) {
		UUID id = UUID.randomUUID();
		this.events.insertProposal(id, details, member, organisation, this.clock.instant());
		return this.events.find(id).orElseThrow();
	}

	/**
	 * The organisation changes an event it proposed that is waiting or was returned; it
	 * waits for review again.
	 * @throws IllegalStateException if the event is approved or cancelled (the Covenant
	 * team changes it then)
	 */
	@Transactional
	public Event changeProposal(UUID id, EventDetails details) {
		lock(id);
		Event event = find(id).orElseThrow();
		if (event.isPublished() || event.isCancelled()) {
			throw new IllegalStateException("Only an event waiting for review or returned can be changed");
		}
		Instant now = this.clock.instant();
		this.events.update(id, details, now);
		this.events.review(id, Review.WAITING, null, now);
		return this.events.find(id).orElseThrow();
	}

	/** The events the organisation proposed, the latest starting first. */
	public List<Event> ofOrganisation(UUID organisation) {
		return this.events.ofOrganisation(organisation);
	}

	/**
	 * Events organisations proposed that wait for a coordinator, the longest waiting
	 * first.
	 */
	public List<Event> awaitingReview() {
		return this.events.waitingForReview();
	}

	/**
	 * A coordinator approves a proposed event: it is shown to the people it is for, who
	 * may sign up; the proposer is told by email.
	 * @throws IllegalStateException if it is not waiting for review
	 */
	@Transactional
	public void approve(UUID id) {
		lock(id);
		Event event = find(id).orElseThrow();
		if (event.review() != Review.WAITING) {
			throw new IllegalStateException("Only an event waiting for review can be approved");
		}
		this.events.review(id, Review.APPROVED, null, this.clock.instant());
		AccountId proposer = event.organiser();
		if (proposer != null) {
			tell(proposer, "Published: " + event.details().title(),
					"""
							Hello,

							The Covenant team approved your event %s, on %s. It is now on Connects for the people it is for, who can sign up:
							%s/events/%s
							"""
						.formatted(event.details().title(), event.when(), this.baseUrl, id));
		}
	}

	/**
	 * A coordinator returns a proposed event to its organisation with reasons it sees, to
	 * change and propose again; the proposer is told by email.
	 * @throws IllegalStateException if it is not waiting for review
	 */
	@Transactional
	public void returnWithReason(UUID id, String reason) {
		lock(id);
		Event event = find(id).orElseThrow();
		if (event.review() != Review.WAITING) {
			throw new IllegalStateException("Only an event waiting for review can be returned");
		}
		this.events.review(id, Review.RETURNED, reason.strip(), this.clock.instant());
		AccountId proposer = event.organiser();
		if (proposer != null) {
			tell(proposer, "Returned: " + event.details().title(), """
					Hello,

					The Covenant team returned your event %s to you:

					%s

					Change it and propose it again from your organisation's events:
					%s/organisation/events
					""".formatted(event.details().title(), reason.strip(), this.baseUrl));
		}
	}

	/**
	 * Changes an event. More places go to the people waiting, who are told; fewer places
	 * than are already given are refused.
	 * @throws TooFewPlacesException if the new number of places is below the places given
	 */
	@Transactional
	public Event update(UUID id, EventDetails details) {
		lock(id);
		int taken = this.events.placesTaken(id);
		if (details.capacity() < taken) {
			throw new TooFewPlacesException(taken);
		}
		Instant now = this.clock.instant();
		this.events.update(id, details, now);
		fillPlaces(id, now);
		return this.events.find(id).orElseThrow();
	}

	/** Cancels an event; everyone with a place or waiting is told by email. */
	@Transactional
	public void cancel(UUID id) {
		lock(id);
		Event event = find(id).orElseThrow();
		if (event.isCancelled()) {
			return;
		}
		this.events.cancel(id, this.clock.instant());
		for (SignUp signUp : this.events.signUps(id)) {
			if (signUp.status() != SignUpStatus.CANCELLED) {
				tell(signUp.account(), "Cancelled: " + event.details().title(), """
						Hello,

						We are sorry: %s, on %s, is cancelled.

						%s/events
						""".formatted(event.details().title(), event.when(), this.baseUrl));
			}
		}
	}

	public Optional<Event> find(UUID id) {
		return this.events.find(id);
	}

	/**
	 * Events not yet ended and not cancelled that this person may see, soonest first; in
	 * a region and of a kind when given.
	 */
	public List<Event> upcoming(@Nullable Role viewer, @Nullable RegionCode region, @Nullable EventKind kind) {
		return this.events.upcoming(this.clock.instant(), region, kind)
			.stream()
			.filter(Event::isPublished)
			.filter((event) -> event.details().isPublic()
					|| (viewer != null && (event.isFor(viewer) || viewer.isStaff())))
			.toList();
	}

	/**
	 * The public events not yet ended, in a region when given, soonest first, with when
	 * each was announced and last changed: for the events feed. Cancelled ones stay until
	 * they would have ended, so that a feed reader learns of the cancellation.
	 */
	public List<FeedEvent> publicFeed(@Nullable RegionCode region) {
		return this.events.notEndedWithChanges(this.clock.instant(), region)
			.stream()
			.filter((listed) -> listed.event().isPublished() && listed.event().details().isPublic())
			.toList();
	}

	/** Every event, the latest starting first, for coordinators. */
	public List<Event> all() {
		return this.events.all();
	}

	/**
	 * Signs the person up: a place when there is one, otherwise a place on the waiting
	 * list. Signing up again changes nothing.
	 * @throws NotForYouException if the event is not for people with their role
	 * @throws SignUpClosedException if the event is cancelled or has started
	 */
	@Transactional
	public SignUpStatus signUp(UUID id, AccountId who, Role role) {
		lock(id);
		Event event = find(id).orElseThrow(() -> new NoSuchEventException(id));
		if (!event.isFor(role)) {
			throw new NotForYouException();
		}
		Instant now = this.clock.instant();
		if (!event.isPublished() || event.isCancelled() || event.hasStarted(now)) {
			throw new SignUpClosedException();
		}
		Optional<SignUp> existing = this.events.signUp(id, who);
		if (existing.filter((signUp) -> signUp.status() != SignUpStatus.CANCELLED).isPresent()) {
			return existing.get().status();
		}
		SignUpStatus status = event.isFull() ? SignUpStatus.WAITING : SignUpStatus.PLACE;
		this.events.signUp(id, who, status, now);
		return status;
	}

	/**
	 * Cancels the person's place, or their place on the waiting list. A place given up
	 * before the event starts goes to the first on the waiting list, who is told by
	 * email.
	 * @return whether they had a place or were waiting
	 */
	@Transactional
	public boolean cancelSignUp(UUID id, AccountId who) {
		lock(id);
		Instant now = this.clock.instant();
		Optional<SignUpStatus> had = this.events.cancel(id, who, now);
		Event event = find(id).orElseThrow();
		if (had.filter(SignUpStatus.PLACE::equals).isPresent() && !event.isCancelled() && !event.hasStarted(now)) {
			fillPlaces(id, now);
		}
		return had.isPresent();
	}

	/** The person's sign-up to the event, if they have a place or wait. */
	public Optional<SignUp> signUpOf(UUID id, @Nullable AccountId who) {
		if (who == null) {
			return Optional.empty();
		}
		return this.events.signUp(id, who).filter((signUp) -> signUp.status() != SignUpStatus.CANCELLED);
	}

	/** Whether the person has a place at the event (and so may see its joining link). */
	public boolean hasPlace(UUID id, @Nullable AccountId who) {
		return signUpOf(id, who).filter(SignUp::hasPlace).isPresent();
	}

	/** Everyone signed up to the event with their name and address, for the organiser. */
	public List<Attendee> signUps(UUID id) {
		List<Attendee> attendees = new ArrayList<>();
		for (SignUp signUp : this.events.signUps(id)) {
			if (signUp.status() == SignUpStatus.CANCELLED) {
				continue;
			}
			this.accounts.find(signUp.account())
				.ifPresent((account) -> attendees
					.add(new Attendee(signUp.account(), account.displayName(), account.email(), signUp)));
		}
		return attendees;
	}

	/** Records who came: the people listed did; everyone else with a place did not. */
	@Transactional
	public void markAttendance(UUID id, Collection<AccountId> came) {
		lock(id);
		this.events.markAttendance(id, came, this.clock.instant());
	}

	/**
	 * Records that the people came to an event already held, as if each had taken a place
	 * a week before it began and the organiser marked who came as it ended. For demo data
	 * only: nobody is told.
	 * @throws IllegalStateException if the event has not ended
	 */
	@Transactional
	public void recordPastAttendance(UUID id, Collection<AccountId> came) {
		lock(id);
		Event event = find(id).orElseThrow(() -> new NoSuchEventException(id));
		Instant ended = event.details().endsAt();
		if (!ended.isBefore(this.clock.instant())) {
			throw new IllegalStateException("Only an event already held has attendances to record");
		}
		for (AccountId who : came) {
			this.events.signUp(id, who, SignUpStatus.PLACE, event.details().startsAt().minus(Duration.ofDays(7)));
		}
		this.events.markAttendance(id, came, ended);
	}

	/** The events the person has a place at or waits for, soonest first. */
	public List<MyEvent> eventsOf(AccountId who) {
		return this.events.eventsOf(who);
	}

	/**
	 * For each of the given people (care leavers, say), how many events the organisers
	 * marked them as having come to; people who came to none are left out. For the impact
	 * figures and an institution's view of its students.
	 */
	public Map<AccountId, Integer> attendedBy(Collection<AccountId> people) {
		if (people.isEmpty()) {
			return Map.of();
		}
		return Map.copyOf(this.events.attendedBy(people));
	}

	/**
	 * The events held (not cancelled) that ended in the period, from inclusive to
	 * exclusive, and the attendances marked at them.
	 */
	public EventsHeld held(Instant from, Instant to) {
		int[] counts = this.events.held(from, to);
		return new EventsHeld(counts[0], counts[1]);
	}

	/** One event's calendar file, with the joining link only for someone with a place. */
	public String calendarFile(Event event, @Nullable AccountId who) {
		SignUpStatus status = signUpOf(event.id(), who).map(SignUp::status).orElse(null);
		return Ics.calendar(event.details().title(), List.of(new Ics.Entry(event, status)), this.baseUrl,
				this.clock.instant());
	}

	/** A region's public calendar: its public events, cancelled ones marked so. */
	public String regionCalendar(RegionCode region, String regionName) {
		Instant now = this.clock.instant();
		List<Ics.Entry> entries = this.events.inRegionSince(region, now.minus(FEED_KEEPS))
			.stream()
			.filter((event) -> event.isPublished() && event.details().isPublic())
			.map((event) -> new Ics.Entry(event, null))
			.toList();
		return Ics.calendar("Covenant Connects events in the " + regionName, entries, this.baseUrl, now);
	}

	/**
	 * The person's private calendar address's secret, made the first time it is asked
	 * for.
	 */
	@Transactional
	public String calendarToken(AccountId who) {
		return this.events.calendarToken(who).orElseGet(() -> renewCalendarToken(who));
	}

	/** The person's private calendar address's secret, if they have asked for one. */
	public Optional<String> existingCalendarToken(AccountId who) {
		return this.events.calendarToken(who);
	}

	/**
	 * A new secret for the person's calendar address; the old address stops working.
	 * @throws IllegalArgumentException if the person has no account
	 */
	@Transactional
	public String renewCalendarToken(AccountId who) {
		if (this.accounts.find(who).isEmpty()) {
			throw new IllegalArgumentException("No account " + who);
		}
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.events.setCalendarToken(who, token, this.clock.instant());
		return token;
	}

	/**
	 * The private calendar of whoever holds this secret: what they have a place at or
	 * wait for; empty when the secret is no one's (renewed, or never given).
	 */
	public Optional<String> privateCalendar(String token) {
		return this.events.calendarHolder(token).map((who) -> {
			List<Ics.Entry> entries = this.events.eventsOf(who)
				.stream()
				.map((mine) -> new Ics.Entry(mine.event(), mine.signUp().status()))
				.toList();
			return Ics.calendar("My Covenant Connects events", entries, this.baseUrl, this.clock.instant());
		});
	}

	/** The UID an event has in every calendar file. */
	public static String calendarUid(Event event) {
		return Ics.uid(event);
	}

	private void fillPlaces(UUID id, Instant now) {
		Event event = find(id).orElseThrow();
		int free = event.details().capacity() - this.events.placesTaken(id);
		for (int i = 0; i < free; i++) {
			Optional<AccountId> promoted = this.events.promoteNext(id, now);
			if (promoted.isEmpty()) {
				return;
			}
			tell(promoted.get(), "You have a place: " + event.details().title(), """
					Hello,

					A place came free and it is yours: %s, on %s.

					%s
					See the details, add it to your calendar or give the place back:
					%s/events/%s
					""".formatted(event.details().title(), event.when(), where(event), this.baseUrl, id));
		}
	}

	/** Where the event is, in an email to someone with a place. */
	String where(Event event) {
		EventDetails details = event.details();
		return details.online() ? "It is online. Join here: " + details.joiningLink()
				: "Where: " + details.venue() + ", " + details.venueAddress();
	}

	void tell(AccountId who, String subject, String body) {
		Optional<AccountSummary> account = this.accounts.find(who);
		account.ifPresent((summary) -> this.emails.queue(new Email(summary.email(), subject, body).about(who.value())));
	}

	private void lock(UUID id) {
		if (!this.events.lock(id)) {
			throw new NoSuchEventException(id);
		}
	}

	/** No event has this id. */
	public static class NoSuchEventException extends RuntimeException {

		NoSuchEventException(UUID id) {
			super("No event " + id);
		}

	}

	/** The event is not for people with the person's role. */
	public static class NotForYouException extends RuntimeException {

		NotForYouException() {
			super("This event is not for you");
		}

	}

	/** The event is cancelled or has started: no one signs up any more. */
	public static class SignUpClosedException extends RuntimeException {

		SignUpClosedException() {
			super("Signing up to this event has closed");
		}

	}

	/** Fewer places than are already given. */
	public static class TooFewPlacesException extends RuntimeException {

		private final int taken;

		TooFewPlacesException(int taken) {
			super(taken + " places are already given");
			this.taken = taken;
		}

		public int taken() {
			return this.taken;
		}

	}

}
