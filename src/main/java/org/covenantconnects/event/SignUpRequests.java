package org.covenantconnects.event;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.covenantconnects.email.Email;
import org.covenantconnects.email.Emails;
import org.covenantconnects.event.internal.SignUpRequestRepository;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.AccountSummary;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.Role;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A linked adviser signs a young person up for an event for care leavers, as they refer
 * them for an opportunity: the adviser asks, the young person is emailed and says yes or
 * no thanks in the service, signed in. Nothing is taken until they say yes; then they get
 * a place, or a place on the waiting list when it is full, as anyone signing up does, and
 * the adviser is emailed the answer (ADR 050). Callers check that the adviser is linked
 * with the young person.
 */
@Service
public class SignUpRequests {

	private final SignUpRequestRepository requests;

	private final Events events;

	private final Accounts accounts;

	private final Emails emails;

	private final Clock clock;

	private final String baseUrl;

	SignUpRequests(SignUpRequestRepository requests, Events events, Accounts accounts, Emails emails, Clock clock,
			@Value("${connects.base-url}") String baseUrl) {
		this.requests = requests;
		this.events = events;
		this.accounts = accounts;
		this.emails = emails;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/**
	 * The events an adviser may sign a young person up for: published events for care
	 * leavers, not cancelled and not started, soonest first.
	 */
	public List<Event> open() {
		Instant now = this.clock.instant();
		return this.events.upcoming(Role.CARE_LEAVER, null, null)
			.stream()
			.filter((event) -> mayAskFor(event, now))
			.toList();
	}

	/**
	 * Asks the young person whether to sign them up, by email.
	 * @return false if a request for the same event waits for their answer already
	 * @throws Events.NoSuchEventException if the event is not one an adviser may sign a
	 * young person up for (not for care leavers, not published, cancelled or started)
	 */
	@Transactional
	public boolean ask(UUID eventId, AccountId youngPerson, AccountId adviser, String adviserName) {
		Instant now = this.clock.instant();
		Event event = this.events.find(eventId)
			.filter((found) -> mayAskFor(found, now))
			.orElseThrow(() -> new Events.NoSuchEventException(eventId));
		UUID id = UUID.randomUUID();
		if (!this.requests.insert(id, eventId, youngPerson, adviser, adviserName, now)) {
			return false;
		}
		tell(youngPerson, adviserName + " would like to sign you up for " + event.details().title(),
				"""
						Hello,

						%s, who helps you, would like to sign you up for %s, on %s.

						Nothing is booked until you say yes. Sign in to Covenant Connects to say yes or no thanks:
						%s/event-requests/%s

						If the event is full when you say yes, you go on its waiting list and we email you when a place comes free.
						"""
					.formatted(adviserName, event.details().title(), event.when(), this.baseUrl, id));
		return true;
	}

	/**
	 * The young person's own request, or empty if there is none or it is someone else's.
	 */
	public Optional<SignUpRequest> of(AccountId youngPerson, UUID id) {
		return this.requests.find(id).filter((request) -> request.youngPerson().equals(youngPerson));
	}

	/** What the young person has still to answer, soonest event first. */
	public List<SignUpRequest> waitingFor(AccountId youngPerson) {
		return this.requests.openFor(youngPerson);
	}

	/** What this adviser asked for this young person, the latest first. */
	public List<SignUpRequest> madeBy(AccountId adviser, AccountId youngPerson) {
		return this.requests.madeBy(adviser, youngPerson);
	}

	/**
	 * The young person says yes: they are signed up, with a place or on the waiting list,
	 * and the adviser is told.
	 * @return what they got
	 * @throws Events.NoSuchEventException if the request is not theirs
	 * @throws AlreadyAnsweredException if they answered it before
	 * @throws Events.SignUpClosedException if the event was cancelled or has started
	 */
	@Transactional
	public SignUpStatus yes(AccountId youngPerson, UUID id) {
		SignUpRequest request = openRequest(youngPerson, id);
		SignUpStatus status = this.events.signUp(request.event(), youngPerson, Role.CARE_LEAVER);
		Instant now = this.clock.instant();
		this.requests.answer(id, SignUpRequest.Answer.YES, status, now);
		tellTheAdviser(request, (status == SignUpStatus.WAITING) ? "said yes and is on the waiting list for"
				: "said yes and has a place at");
		return status;
	}

	/**
	 * The young person says no thanks: nothing is booked, and the adviser is told.
	 * @throws Events.NoSuchEventException if the request is not theirs
	 * @throws AlreadyAnsweredException if they answered it before
	 */
	@Transactional
	public void no(AccountId youngPerson, UUID id) {
		SignUpRequest request = openRequest(youngPerson, id);
		this.requests.answer(id, SignUpRequest.Answer.NO, null, this.clock.instant());
		tellTheAdviser(request, "said no thanks to");
	}

	private SignUpRequest openRequest(AccountId youngPerson, UUID id) {
		SignUpRequest request = this.requests.lock(id)
			.filter((found) -> found.youngPerson().equals(youngPerson))
			.orElseThrow(() -> new Events.NoSuchEventException(id));
		if (!request.isOpen()) {
			throw new AlreadyAnsweredException();
		}
		return request;
	}

	private void tellTheAdviser(SignUpRequest request, String what) {
		AccountId adviser = request.requestedBy();
		if (adviser == null) {
			return;
		}
		String name = this.accounts.find(request.youngPerson()).map(AccountSummary::displayName).orElse("They");
		tell(adviser, name + " " + what + " " + request.eventTitle(), """
				Hello,

				You asked to sign %s up for %s. %s %s it.

				See the young people linked with you on Covenant Connects:
				%s/supporter/young-people
				""".formatted(name, request.eventTitle(), name, what, this.baseUrl));
	}

	private void tell(AccountId who, String subject, String body) {
		this.accounts.find(who)
			.ifPresent((summary) -> this.emails.queue(new Email(summary.email(), subject, body).about(who.value())));
	}

	private static boolean mayAskFor(Event event, Instant now) {
		return event.isFor(Role.CARE_LEAVER) && event.isPublished() && !event.isCancelled() && !event.hasStarted(now);
	}

	/** The young person has answered this request already. */
	public static class AlreadyAnsweredException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		AlreadyAnsweredException() {
			super("Already answered");
		}

	}

}
