package org.covenantconnects.concern;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.covenantconnects.concern.internal.ConcernRepository;
import org.covenantconnects.concern.internal.ConcernRepository.What;
import org.covenantconnects.email.Email;
import org.covenantconnects.email.Emails;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.AccountSummary;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.covenantconnects.opportunity.Opportunities;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Reported concerns, from the report to the outcome. Every change is written to the
 * concern's append-only history with who made it and when.
 */
@Service
public class Concerns {

	/** How long after a concern closes its reporter's address or account is kept. */
	public static final Duration REPORTER_KEPT_FOR = Duration.ofDays(365);

	static final String REPORTER_SIGNED_IN = "The reporter, signed in";

	static final String REPORTER_SIGNED_OUT = "The reporter, not signed in";

	/** The longest description or note. */
	public static final int LONGEST_TEXT = 2000;

	private final ConcernRepository concerns;

	private final Accounts accounts;

	private final Emails emails;

	private final Opportunities opportunities;

	private final Clock clock;

	private final String baseUrl;

	Concerns(ConcernRepository concerns, Accounts accounts, Emails emails, Opportunities opportunities, Clock clock,
			@Value("${connects.base-url}") String baseUrl) {
		this.concerns = concerns;
		this.accounts = accounts;
		this.emails = emails;
		this.opportunities = opportunities;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/**
	 * Records a concern and tells every coordinator one arrived, without its details.
	 * @param reporter the signed-in reporter's account, or {@code null}
	 * @param reporterEmail an address a signed-out reporter left to hear back, or
	 * {@code null}; ignored when the reporter is signed in
	 */
	@Transactional
	public ConcernId report(About about, ConcernKind kind, String description, CurrentUser reporter,
			String reporterEmail) {
		ConcernId id = new ConcernId(UUID.randomUUID());
		Instant now = this.clock.instant();
		String email = (reporter == null && reporterEmail != null && !reporterEmail.isBlank()) ? reporterEmail.trim()
				: null;
		this.concerns.insert(id, about, kind, description.trim(), (reporter != null) ? reporter.id() : null, email,
				ConcernStatus.NEW, now, false);
		// The history, which nothing can change, names no reporter: who they are is on
		// the
		// concern alone, and forgotten a year after it closes.
		this.concerns.record(id, now, null, (reporter != null) ? REPORTER_SIGNED_IN : REPORTER_SIGNED_OUT,
				What.REPORTED, null);
		for (AccountSummary coordinator : this.accounts.activeWithRole(Role.COORDINATOR)) {
			this.emails.queue(new Email(coordinator.email(), "A concern has been reported", """
					Hello %s,

					Someone has reported a concern on Covenant Connects. Read it and triage it here:
					%s/coordinator/concerns/%s
					""".formatted(coordinator.displayName(), this.baseUrl, id)));
		}
		return id;
	}

	public Optional<ConcernView> find(ConcernId id) {
		return this.concerns.find(id);
	}

	/** The history of a concern, oldest first. */
	public List<ConcernEvent> history(ConcernId id) {
		return this.concerns.history(id);
	}

	/** One page of the concerns with this status: open ones oldest first. */
	public List<ConcernView> withStatus(ConcernStatus status, int offset, int limit) {
		return this.concerns.withStatus(status, offset, limit);
	}

	public long count(ConcernStatus status) {
		return this.concerns.count(status);
	}

	/**
	 * A coordinator moves an open concern between new and in triage, and may add a note.
	 * @throws IllegalStateException if the concern is closed, or neither changes
	 */
	@Transactional
	public void triage(ConcernId id, ConcernStatus status, String note, CurrentUser coordinator) {
		ConcernView concern = load(id);
		if (concern.status() == ConcernStatus.CLOSED || status == ConcernStatus.CLOSED) {
			throw new IllegalStateException("A closed concern cannot be triaged");
		}
		boolean moved = status != concern.status();
		boolean noted = note != null && !note.isBlank();
		if (!moved && !noted) {
			throw new IllegalStateException("Nothing changed");
		}
		Instant now = this.clock.instant();
		if (moved) {
			this.concerns.setStatus(id, status);
			this.concerns.record(id, now, coordinator.id(), coordinator.displayName(), What.STATUS_CHANGED,
					concern.status().label() + " to " + status.label());
		}
		if (noted) {
			this.concerns.record(id, now, coordinator.id(), coordinator.displayName(), What.NOTE, note.trim());
		}
	}

	/**
	 * A coordinator closes a concern with its outcome, and replies to the reporter when a
	 * reply is given and the reporter can be reached.
	 * @return whether a reply was sent
	 * @throws IllegalStateException if it is closed already
	 */
	@Transactional
	public boolean close(ConcernId id, ConcernOutcome outcome, String reply, CurrentUser coordinator) {
		ConcernView concern = load(id);
		if (concern.status() == ConcernStatus.CLOSED) {
			throw new IllegalStateException("The concern is closed already");
		}
		Instant now = this.clock.instant();
		this.concerns.close(id, outcome, now);
		this.concerns.record(id, now, coordinator.id(), coordinator.displayName(), What.CLOSED, outcome.label());
		if (reply == null || reply.isBlank()) {
			return false;
		}
		Optional<String> address = (concern.reporterEmail() != null) ? Optional.of(concern.reporterEmail())
				: Optional.ofNullable(concern.reporterAccount())
					.flatMap(this.accounts::find)
					.map(AccountSummary::email);
		if (address.isEmpty()) {
			return false;
		}
		this.emails.queue(new Email(address.get(), "Your concern about " + concern.aboutTitle(), """
				Hello,

				Thank you for telling us about your concern about "%s". The Covenant team has looked into it.

				%s

				The Covenant Connects team
				""".formatted(concern.aboutTitle(), reply.trim())));
		this.concerns.record(id, now, coordinator.id(), coordinator.displayName(), What.REPLY_SENT, reply.trim());
		return true;
	}

	/**
	 * A coordinator takes down the opportunity a concern is about, with a reason its
	 * organisation will see (see {@link Opportunities#takeDown}).
	 */
	@Transactional
	public void takeDownOpportunity(ConcernId id, String reason, CurrentUser coordinator) {
		ConcernView concern = load(id);
		if (!concern.isAboutOpportunity()) {
			throw new IllegalStateException("The concern is not about an opportunity");
		}
		this.opportunities.takeDown(concern.opportunity(), reason, coordinator.id());
		this.concerns.record(id, this.clock.instant(), coordinator.id(), coordinator.displayName(),
				What.OPPORTUNITY_TAKEN_DOWN, reason.trim());
	}

	/** A coordinator puts back the opportunity a concern is about. */
	@Transactional
	public void putBackOpportunity(ConcernId id, CurrentUser coordinator) {
		ConcernView concern = load(id);
		if (!concern.isAboutOpportunity()) {
			throw new IllegalStateException("The concern is not about an opportunity");
		}
		this.opportunities.putBack(concern.opportunity());
		this.concerns.record(id, this.clock.instant(), coordinator.id(), coordinator.displayName(),
				What.OPPORTUNITY_PUT_BACK, null);
	}

	/**
	 * A concern for demo data, reported at the given time with the given status; no email
	 * is sent. The caller must have claimed the database for demo data.
	 */
	@Transactional
	public ConcernId createDemo(About about, ConcernKind kind, String description, String reporterEmail,
			Instant reportedAt) {
		ConcernId id = new ConcernId(UUID.randomUUID());
		this.concerns.insert(id, about, kind, description, null, reporterEmail, ConcernStatus.NEW, reportedAt, true);
		this.concerns.record(id, reportedAt, null, REPORTER_SIGNED_OUT, What.REPORTED, null);
		return id;
	}

	/**
	 * Forgets who reported the concerns closed more than {@link #REPORTER_KEPT_FOR} ago:
	 * their address or account. Safe to run on every instance.
	 * @return how many concerns were changed
	 */
	@Transactional
	public int forgetReporters() {
		return this.concerns.forgetReporters(this.clock.instant().minus(REPORTER_KEPT_FOR));
	}

	private ConcernView load(ConcernId id) {
		return this.concerns.find(id).orElseThrow(NoSuchConcernException::new);
	}

	/** No concern has this id. */
	@ResponseStatus(HttpStatus.NOT_FOUND)
	public static class NoSuchConcernException extends RuntimeException {

		public NoSuchConcernException() {
			super("No such concern");
		}

	}

}
