package org.covenantconnects.careleaver;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.covenantconnects.alert.Email;
import org.covenantconnects.alert.Emails;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.AccountSummary;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.Role;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.opportunity.OpportunityView;
import org.covenantconnects.signatory.Signatories;
import org.covenantconnects.signatory.SignatoryId;
import org.covenantconnects.signatory.SignatorySummary;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/**
 * Take-ups after the young person applies: organisations move applications to their own
 * opportunities through the stages, young people answer check-ins, organisations are
 * reminded of applications that have not moved, and every look at a young person's
 * take-up by someone else is written to the audit trail.
 * <p>
 * A signatory user reaches only applications to their own organisation's opportunities,
 * and sees only what the young person chose to share: any other is answered as if it did
 * not exist ({@link CareLeavers.NoSuchTakeUpException}). Each move made by an
 * organisation is emailed to the young person.
 */
@Service
public class TakeUps {

	/** The longest reason a coordinator may give for a correction. */
	public static final int MAX_CORRECTION_REASON = 500;

	/** Stages only reached by starting, in which a take-up holds a place. */
	private static final Set<TakeUpStatus> STARTED_STAGES = EnumSet.of(TakeUpStatus.STARTED, TakeUpStatus.SUSTAINED,
			TakeUpStatus.COMPLETED);

	/** Stages an organisation sees among its applications. */
	private static final Set<TakeUpStatus> APPLIED_STAGES = EnumSet.of(TakeUpStatus.APPLIED, TakeUpStatus.OFFERED,
			TakeUpStatus.STARTED, TakeUpStatus.SUSTAINED, TakeUpStatus.COMPLETED, TakeUpStatus.DECLINED,
			TakeUpStatus.UNSUCCESSFUL);

	private final TakeUpRepository takeUps;

	private final CareLeaverRepository careLeavers;

	private final Signatories signatories;

	private final Opportunities opportunities;

	private final Accounts accounts;

	private final Emails emails;

	private final Clock clock;

	private final String baseUrl;

	private final TakeUpHistory history;

	private final ApplicationEventPublisher events;

	TakeUps(TakeUpRepository takeUps, CareLeaverRepository careLeavers, Signatories signatories,
			Opportunities opportunities, Accounts accounts, Emails emails, Clock clock,
			@Value("${connects.base-url}") String baseUrl, TakeUpHistory history, ApplicationEventPublisher events) {
		this.history = history;
		this.events = events;
		this.takeUps = takeUps;
		this.careLeavers = careLeavers;
		this.signatories = signatories;
		this.opportunities = opportunities;
		this.accounts = accounts;
		this.emails = emails;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/**
	 * The applications to the member's organisation's opportunities, most recently
	 * changed first, each with the title of what was applied for. Recorded in the audit
	 * trail, as the list shows what each young person shared.
	 * @param opportunity only this one, or {@code null} for all
	 * @param status only in this status, or {@code null} for all
	 * @throws CareLeavers.NoSuchTakeUpException if the account acts for no organisation
	 */
	@Transactional
	public Applications applicationsFor(AccountId member, OpportunityId opportunity, TakeUpStatus status) {
		SignatorySummary organisation = organisationOf(member);
		Map<OpportunityId, String> titles = new LinkedHashMap<>();
		this.opportunities.ofOrganisation(member).forEach((o) -> titles.put(o.id(), o.details().title()));
		List<TakeUp> found = this.takeUps.applicationsOf(organisation.id(),
				(opportunity != null && titles.containsKey(opportunity)) ? opportunity : null, status);
		this.takeUps.recordViews(member, Role.SIGNATORY, found.stream().map(TakeUp::id).toList(),
				"Listed in the organisation's applications", now());
		return new Applications(organisation.name(), titles, found);
	}

	/**
	 * One application to the member's organisation's opportunities, with its history;
	 * recorded in the audit trail.
	 * @throws CareLeavers.NoSuchTakeUpException if it is not an application to them
	 */
	@Transactional
	public Application application(AccountId member, TakeUpId id) {
		TakeUp takeUp = ownApplication(member, id);
		this.takeUps.recordViews(member, Role.SIGNATORY, List.of(id), "Opened the application", now());
		return new Application(takeUp, title(takeUp.opportunity()));
	}

	/**
	 * The organisation moves an application on. Starting takes one of the opportunity's
	 * places, closing it when it is full. The young person is emailed.
	 * @param reason required for an early end, ignored otherwise
	 * @throws CareLeavers.NoSuchTakeUpException if it is not an application to them
	 * @throws CareLeavers.TakeUpRefusedException if that move is not allowed from where
	 * it is, or the reason is missing
	 */
	@Transactional
	public void move(AccountId member, TakeUpId id, TakeUpStatus next, TakeUpReason reason) {
		TakeUp takeUp = ownApplication(member, id);
		if (!takeUp.status().organisationMayMoveTo(next)) {
			throw new CareLeavers.TakeUpRefusedException("That change is not possible from here");
		}
		String because = reasonFor(next, reason);
		moveOn(takeUp, next, TakeUp.Actor.SIGNATORY, member, because);
		if (next == TakeUpStatus.STARTED) {
			this.opportunities.takePlace(takeUp.opportunity());
		}
		tellTheYoungPerson(takeUp, next, TakeUp.Actor.SIGNATORY, because);
	}

	/**
	 * A check-in the young person can answer: one of their own take-ups that has started
	 * and is not yet over.
	 */
	public Optional<CheckIn> checkIn(AccountId careLeaver, TakeUpId id) {
		return this.careLeavers.ownTakeUp(careLeaver, id)
			.filter((t) -> t.status().checkInMayMoveTo(TakeUpStatus.SUSTAINED))
			.map((t) -> new CheckIn(t, title(t.opportunity())));
	}

	/**
	 * The young person answers a check-in: still there, finished it, or left (with a
	 * reason).
	 * @throws CareLeavers.NoSuchTakeUpException if it is not theirs or not started
	 */
	@Transactional
	public void answerCheckIn(AccountId careLeaver, TakeUpId id, CheckInAnswer answer, TakeUpReason reason) {
		TakeUp takeUp = checkIn(careLeaver, id).orElseThrow(CareLeavers.NoSuchTakeUpException::new).takeUp();
		TakeUpStatus next = answer.status();
		if (next == takeUp.status()) {
			// Still there, as they said last time: recorded, so the answer is kept.
			this.history.record(takeUp, careLeaver, takeUp.status(), next, TakeUp.Actor.CARE_LEAVER, careLeaver, null,
					now());
			return;
		}
		moveOn(takeUp, next, TakeUp.Actor.CARE_LEAVER, careLeaver, reasonFor(next, reason));
	}

	/**
	 * Emails a check-in to everyone who started something 3 or 6 months ago and has not
	 * been asked at that point, and publishes {@link CheckInDue} for each, so that their
	 * linked advisers hear of it too. Safe to run on every instance at once.
	 * @return how many were asked
	 */
	@Transactional
	public int sendCheckIns() {
		Instant now = now();
		List<TakeUpRepository.Due> due = new ArrayList<>();
		// Six months first: it marks the 3-month check-in too, so nobody is asked twice.
		for (int months : new int[] { 6, 3 }) {
			for (TakeUpRepository.Due checkIn : this.takeUps.claimCheckIns(months, monthsBefore(now, months), now)) {
				due.add(checkIn);
				this.events.publishEvent(new CheckInDue(checkIn.id(), checkIn.person(), checkIn.opportunity(), months));
			}
		}
		for (TakeUpRepository.Due checkIn : due) {
			this.accounts.find(checkIn.person()).ifPresent((person) -> {
				String title = title(checkIn.opportunity());
				this.emails.queue(new Email(person.email(), "Are you still on " + title + "?", """
						Hello %s,

						You started "%s" a while ago. Are you still there?

						Tell us in one minute: %s/my-opportunities/%s/check-in

						Your answer helps organisations keep offering places to young people like you.
						""".formatted(person.displayName(), title, this.baseUrl, checkIn.id())));
			});
		}
		return due.size();
	}

	/**
	 * Emails each organisation's users about applications that have not moved for 30
	 * days, at most once every 30 days for each. Safe to run on every instance at once.
	 * @return how many applications were reminded about
	 */
	@Transactional
	public int remindOfStaleApplications() {
		Instant now = now();
		List<TakeUpRepository.Due> stale = this.takeUps.claimStaleApplications(now.minus(Duration.ofDays(30)), now);
		Map<SignatoryId, List<TakeUpRepository.Due>> byOrganisation = new LinkedHashMap<>();
		stale.forEach((due) -> byOrganisation.computeIfAbsent(due.signatory(), (k) -> new ArrayList<>()).add(due));
		byOrganisation.forEach((organisation, applications) -> {
			for (AccountId member : this.signatories.members(organisation)) {
				this.accounts.find(member)
					.ifPresent((user) -> this.emails.queue(new Email(user.email(),
							"Applications waiting for you on Covenant Connects",
							"""
									Hello %s,

									%d %s to your opportunities %s not moved for 30 days or more.

									Young people are waiting to hear from you. Please look at them and update each one:
									%s/organisation/applications
									""".formatted(user.displayName(), applications.size(),
									(applications.size() == 1) ? "application" : "applications",
									(applications.size() == 1) ? "has" : "have", this.baseUrl))));
			}
		});
		return stale.size();
	}

	/**
	 * A young person's take-ups as a coordinator sees them, most recently changed first,
	 * each with its history; recorded in the audit trail.
	 * @return empty if the account is not a care leaver's
	 */
	@Transactional
	public Optional<TakeUpsOfOne> takeUpsOf(AccountId coordinator, AccountId careLeaver) {
		return nameOf(careLeaver).map((name) -> {
			this.takeUps.recordView(coordinator, Role.COORDINATOR, careLeaver, "Listed their take-ups", now());
			return new TakeUpsOfOne(careLeaver, name,
					this.careLeavers.takeUps(careLeaver).stream().map(this::seenByCoordinator).toList());
		});
	}

	/**
	 * One of a young person's take-ups, for a coordinator to correct; recorded in the
	 * audit trail.
	 * @return empty if it is not a take-up of that young person
	 */
	@Transactional
	public Optional<Correctable> takeUpToCorrect(AccountId coordinator, AccountId careLeaver, TakeUpId id) {
		return this.careLeavers.ownTakeUp(careLeaver, id).flatMap((takeUp) -> nameOf(careLeaver).map((name) -> {
			this.takeUps.recordViews(coordinator, Role.COORDINATOR, List.of(id), "Opened a take-up to correct it",
					now());
			return new Correctable(careLeaver, name, seenByCoordinator(takeUp));
		}));
	}

	/**
	 * A coordinator corrects a take-up's status to any other, saying why. The change is
	 * recorded with the coordinator as its actor and the young person is emailed, with
	 * the reason. Places stay right: a correction into a started stage takes a place if
	 * the take-up held none, and one back to a stage before starting (or to declined or
	 * not successful) gives its place back. Withdrawn keeps whatever it held, as someone
	 * who left after starting used their place. A place given back does not reopen a
	 * closed opportunity, which may have closed for another reason.
	 * @param reason the coordinator's words, at most {@value #MAX_CORRECTION_REASON}
	 * characters
	 * @throws CareLeavers.NoSuchTakeUpException if it is not a take-up of that young
	 * person
	 * @throws CareLeavers.TakeUpRefusedException if it already has that status, the
	 * reason is missing, or someone changed it at the same time
	 */
	@Transactional
	public void correct(AccountId coordinator, AccountId careLeaver, TakeUpId id, TakeUpStatus next, String reason) {
		TakeUp takeUp = this.careLeavers.ownTakeUp(careLeaver, id).orElseThrow(CareLeavers.NoSuchTakeUpException::new);
		if (next == takeUp.status()) {
			throw new CareLeavers.TakeUpRefusedException("It already has that status");
		}
		if (reason == null || reason.isBlank() || reason.trim().length() > MAX_CORRECTION_REASON) {
			throw new CareLeavers.TakeUpRefusedException("A reason is needed");
		}
		String because = reason.trim();
		Instant now = now();
		TakeUpRepository.Places places = this.takeUps.correct(id, takeUp.status(), next, STARTED_STAGES.contains(next),
				next != TakeUpStatus.WITHDRAWN && !STARTED_STAGES.contains(next), APPLIED_STAGES.contains(next), now)
			.orElseThrow(() -> new CareLeavers.TakeUpRefusedException("Someone else changed this at the same time"));
		if (!places.heldBefore() && places.holdsNow()) {
			this.opportunities.takePlace(takeUp.opportunity());
		}
		else if (places.heldBefore() && !places.holdsNow()) {
			this.opportunities.givePlaceBack(takeUp.opportunity());
		}
		this.history.record(takeUp, careLeaver, takeUp.status(), next, TakeUp.Actor.COORDINATOR, coordinator, because,
				now);
		tellTheYoungPerson(takeUp, next, TakeUp.Actor.COORDINATOR, because);
	}

	private Optional<String> nameOf(AccountId careLeaver) {
		return this.careLeavers.find(careLeaver)
			.flatMap((profile) -> this.accounts.find(careLeaver).map(AccountSummary::displayName));
	}

	private CoordinatorsTakeUp seenByCoordinator(TakeUp takeUp) {
		Optional<OpportunityView> opportunity = this.opportunities.find(takeUp.opportunity());
		return new CoordinatorsTakeUp(takeUp, opportunity.map((o) -> o.details().title()).orElse("An opportunity"),
				opportunity.map(OpportunityView::organisationName).orElse(""));
	}

	/**
	 * Writes to the audit trail that someone other than the young person looked at their
	 * record: who, in what role, what they looked at (the page or action), and when.
	 */
	@Transactional
	public void recordView(AccountId viewer, Role role, AccountId careLeaver, String what) {
		this.takeUps.recordView(viewer, role, careLeaver, what, now());
	}

	/**
	 * The audit trail of one young person, newest first, for a coordinator or an
	 * administrator; reading it is itself recorded.
	 */
	@Transactional
	public List<RecordView> auditTrailOf(AccountId reader, Role role, AccountId careLeaver) {
		this.takeUps.recordView(reader, role, careLeaver, "Read the audit trail", now());
		return this.careLeavers.viewsOf(careLeaver);
	}

	private void moveOn(TakeUp takeUp, TakeUpStatus next, TakeUp.Actor actor, AccountId by, String reason) {
		Instant now = now();
		if (!this.takeUps.moveOn(takeUp.id(), takeUp.status(), next, now)) {
			throw new CareLeavers.TakeUpRefusedException("Someone else changed this at the same time");
		}
		this.history.record(takeUp, this.takeUps.personOf(takeUp.id()).orElse(null), takeUp.status(), next, actor, by,
				reason, now);
	}

	private void tellTheYoungPerson(TakeUp takeUp, TakeUpStatus next, TakeUp.Actor actor, String reason) {
		Optional<AccountSummary> person = this.takeUps.personOf(takeUp.id()).flatMap(this.accounts::find);
		if (person.isEmpty()) {
			return;
		}
		OpportunityView opportunity = this.opportunities.find(takeUp.opportunity()).orElseThrow();
		String title = opportunity.details().title();
		String organisation = opportunity.organisationName();
		String news = switch (next) {
			case OFFERED -> organisation + " has offered you a place on \"" + title + "\".";
			case STARTED -> organisation + " has recorded that you started \"" + title
					+ "\". We will check in with you in 3 months to see how it is going.";
			case COMPLETED -> organisation + " has recorded that you completed \"" + title + "\". Well done.";
			case SUSTAINED -> organisation + " has recorded that you are still on \"" + title + "\".";
			case DECLINED -> organisation + " has recorded that you turned down the offer of \"" + title + "\".";
			case UNSUCCESSFUL -> organisation + " has decided not to offer you a place on \"" + title + "\" this time.";
			case WITHDRAWN -> organisation + " has recorded that you left \"" + title + "\".";
			default -> organisation + " has updated your application for \"" + title + "\".";
		};
		if (actor == TakeUp.Actor.COORDINATOR) {
			news = "The Covenant team has corrected the status of \"" + title + "\" with " + organisation
					+ ". It is now: " + next.label() + ".";
		}
		String why = (reason != null) ? "\nThe reason they gave: " + reason + ".\n" : "";
		this.emails.queue(new Email(person.get().email(), "News about " + title, """
				Hello %s,

				%s
				%s
				See everything that has happened with it in My opportunities: %s/my-opportunities

				If something looks wrong, tell your personal adviser or the Covenant team.
				""".formatted(person.get().displayName(), news, why, this.baseUrl)));
	}

	private static String reasonFor(TakeUpStatus next, TakeUpReason reason) {
		if (!next.needsReason()) {
			return null;
		}
		if (reason == null || !reason.explains(next)) {
			throw new CareLeavers.TakeUpRefusedException("A reason is needed");
		}
		return reason.label();
	}

	private TakeUp ownApplication(AccountId member, TakeUpId id) {
		SignatorySummary organisation = organisationOf(member);
		return this.takeUps.applicationOf(organisation.id(), id).orElseThrow(CareLeavers.NoSuchTakeUpException::new);
	}

	private SignatorySummary organisationOf(AccountId member) {
		return this.signatories.ofMember(member).orElseThrow(CareLeavers.NoSuchTakeUpException::new);
	}

	private String title(OpportunityId id) {
		return this.opportunities.find(id).map((o) -> o.details().title()).orElse("an opportunity");
	}

	private static Instant monthsBefore(Instant now, int months) {
		return now.atOffset(ZoneOffset.UTC).minusMonths(months).toInstant();
	}

	private Instant now() {
		return this.clock.instant();
	}

	/** A young person's take-ups, as a coordinator sees them. */
	public record TakeUpsOfOne(AccountId careLeaver, String name, List<CoordinatorsTakeUp> takeUps) {

	}

	/** One take-up of a young person, for a coordinator to correct. */
	public record Correctable(AccountId careLeaver, String name, CoordinatorsTakeUp takeUp) {

		/** The statuses it may be corrected to: any but the one it has. */
		public List<TakeUpStatus> otherStatuses() {
			return Arrays.stream(TakeUpStatus.values()).filter((s) -> s != this.takeUp.takeUp().status()).toList();
		}

	}

	/** A take-up with what it is for. */
	public record CoordinatorsTakeUp(TakeUp takeUp, String title, String organisation) {

	}

	/** An organisation's applications and the titles of its opportunities. */
	public record Applications(String organisation, Map<OpportunityId, String> titles, List<TakeUp> applications) {

		public String titleOf(TakeUp takeUp) {
			return this.titles.getOrDefault(takeUp.opportunity(), "An opportunity");
		}

	}

	/** One application as its organisation sees it. */
	public record Application(TakeUp takeUp, String title) {

		/** The moves the organisation may make next. */
		public List<TakeUpStatus> nextSteps() {
			return Arrays.stream(TakeUpStatus.values())
				.filter((s) -> this.takeUp.status().organisationMayMoveTo(s))
				.toList();
		}

	}

	/** A started take-up the young person is asked about. */
	public record CheckIn(TakeUp takeUp, String title) {

	}

	/** What a young person answers to a check-in. */
	public enum CheckInAnswer {

		STILL_THERE(TakeUpStatus.SUSTAINED, "Yes, I am still there"), FINISHED(TakeUpStatus.COMPLETED, "I finished it"),
		LEFT(TakeUpStatus.WITHDRAWN, "I left");

		private final TakeUpStatus status;

		private final String label;

		CheckInAnswer(TakeUpStatus status, String label) {
			this.status = status;
			this.label = label;
		}

		public TakeUpStatus status() {
			return this.status;
		}

		public String label() {
			return this.label;
		}

	}

	/**
	 * One entry of the audit trail.
	 *
	 * @param takeUp the take-up looked at, or {@code null}
	 */
	public record RecordView(AccountId viewer, Role viewerRole, UUID takeUp, String what, Instant viewedAt) {

		public RecordView {
			Assert.notNull(viewer, "viewer must not be null");
		}

	}

}
