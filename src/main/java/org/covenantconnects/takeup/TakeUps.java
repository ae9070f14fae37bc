package org.covenantconnects.takeup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.covenantconnects.audit.AuditTrail;
import org.covenantconnects.careleaver.CareLeaverProfile;
import org.covenantconnects.careleaver.CareLeavers;
import org.covenantconnects.careleaver.Situation;
import org.covenantconnects.email.Email;
import org.covenantconnects.email.Emails;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.AccountSummary;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.Role;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.opportunity.OpportunityView;
import org.covenantconnects.opportunity.TakeUpRoute;
import org.covenantconnects.signatory.Signatories;
import org.covenantconnects.signatory.SignatoryId;
import org.covenantconnects.signatory.SignatorySummary;
import org.covenantconnects.takeup.internal.TakeUpHistory;
import org.covenantconnects.takeup.internal.TakeUpRepository;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Take-ups: a young person saves an opportunity, says they are interested, applies,
 * claims a code or withdraws; organisations move applications to their own opportunities
 * through the stages; young people answer check-ins; organisations are reminded of
 * applications that have not moved; coordinators correct a status. Every look at a young
 * person's take-up by someone else is written to the audit trail.
 * <p>
 * Every method taking a care leaver's account acts only on their own take-ups: another
 * person's is answered as if it did not exist ({@link NoSuchTakeUpException}). Nothing
 * gives an organisation any part of a profile; an application carries only what the young
 * person chose to share.
 * <p>
 * A signatory user reaches only applications to their own organisation's opportunities,
 * and sees only what the young person chose to share: any other is answered as if it did
 * not exist ({@link NoSuchTakeUpException}). The users of an organisation that has lapsed
 * reach none ({@link OrganisationLapsedException}). Each move made by an organisation is
 * emailed to the young person.
 */
@Service
public class TakeUps {

	/** Why a young person whose care experience is not confirmed cannot take one up. */
	public static final String CONFIRMATION_NEEDED = "This opportunity is only for young people whose care experience "
			+ "is confirmed. Ask your personal adviser to confirm yours on Covenant Connects, or contact the "
			+ "Covenant team";

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

	private final CareLeavers careLeavers;

	private final Signatories signatories;

	private final Opportunities opportunities;

	private final Accounts accounts;

	private final Emails emails;

	private final Clock clock;

	private final String baseUrl;

	private final TakeUpHistory history;

	private final ApplicationEventPublisher events;

	private final AuditTrail auditTrail;

	TakeUps(TakeUpRepository takeUps, CareLeavers careLeavers, Signatories signatories, Opportunities opportunities,
			Accounts accounts, Emails emails, Clock clock, @Value("${connects.base-url}") String baseUrl,
			TakeUpHistory history, ApplicationEventPublisher events, AuditTrail auditTrail) {
		this.auditTrail = auditTrail;
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
	 * @throws NoSuchTakeUpException if the account acts for no organisation
	 * @throws OrganisationLapsedException if its organisation has lapsed
	 */
	@Transactional
	public Applications applicationsFor(AccountId member, OpportunityId opportunity, TakeUpStatus status) {
		SignatorySummary organisation = organisationOf(member);
		Map<OpportunityId, String> titles = new LinkedHashMap<>();
		this.opportunities.ofOrganisation(member).forEach((o) -> titles.put(o.id(), o.details().title()));
		List<TakeUp> found = this.takeUps.applicationsOf(organisation.id(),
				(opportunity != null && titles.containsKey(opportunity)) ? opportunity : null, status);
		audit(member, Role.SIGNATORY, found.stream().map(TakeUp::id).toList(),
				"Listed in the organisation's applications");
		return new Applications(organisation.name(), titles, found);
	}

	/**
	 * One application to the member's organisation's opportunities, with its history;
	 * recorded in the audit trail.
	 * @throws NoSuchTakeUpException if it is not an application to them
	 * @throws OrganisationLapsedException if their organisation has lapsed
	 */
	@Transactional
	public Application application(AccountId member, TakeUpId id) {
		TakeUp takeUp = ownApplication(member, id);
		audit(member, Role.SIGNATORY, List.of(id), "Opened the application");
		return new Application(takeUp, title(takeUp.opportunity()));
	}

	/**
	 * The organisation moves an application on. Starting takes one of the opportunity's
	 * places, closing it when it is full. The young person is emailed.
	 * @param reason required for an early end, ignored otherwise
	 * @throws NoSuchTakeUpException if it is not an application to them
	 * @throws OrganisationLapsedException if their organisation has lapsed
	 * @throws TakeUpRefusedException if that move is not allowed from where it is, or the
	 * reason is missing
	 */
	@Transactional
	public void move(AccountId member, TakeUpId id, TakeUpStatus next, TakeUpReason reason) {
		TakeUp takeUp = ownApplication(member, id);
		if (!takeUp.status().organisationMayMoveTo(next)) {
			throw new TakeUpRefusedException("That change is not possible from here");
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
		return this.takeUps.ownTakeUp(careLeaver, id)
			.filter((t) -> t.status().checkInMayMoveTo(TakeUpStatus.SUSTAINED))
			.map((t) -> new CheckIn(t, title(t.opportunity())));
	}

	/**
	 * The young person answers a check-in: still there, finished it, or left (with a
	 * reason).
	 * @throws NoSuchTakeUpException if it is not theirs or not started
	 */
	@Transactional
	public void answerCheckIn(AccountId careLeaver, TakeUpId id, CheckInAnswer answer, TakeUpReason reason) {
		TakeUp takeUp = checkIn(careLeaver, id).orElseThrow(NoSuchTakeUpException::new).takeUp();
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
	 * days, at most once every 30 days for each; lapsed organisations are not emailed.
	 * Safe to run on every instance at once.
	 * @return how many applications were reminded about
	 */
	@Transactional
	public int remindOfStaleApplications() {
		Instant now = now();
		List<TakeUpRepository.Due> stale = this.takeUps.claimStaleApplications(now.minus(Duration.ofDays(30)), now);
		Map<SignatoryId, List<TakeUpRepository.Due>> byOrganisation = new LinkedHashMap<>();
		stale.forEach((due) -> byOrganisation.computeIfAbsent(due.signatory(), (k) -> new ArrayList<>()).add(due));
		byOrganisation.forEach((organisation, applications) -> {
			if (this.signatories.find(organisation).map(SignatorySummary::hasLapsed).orElse(true)) {
				// Its users can no longer open the applications.
				return;
			}
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
			this.auditTrail.recordView(coordinator, Role.COORDINATOR, careLeaver, "Listed their take-ups");
			return new TakeUpsOfOne(careLeaver, name,
					this.takeUps.takeUps(careLeaver).stream().map(this::seenByCoordinator).toList());
		});
	}

	/**
	 * One of a young person's take-ups, for a coordinator to correct; recorded in the
	 * audit trail.
	 * @return empty if it is not a take-up of that young person
	 */
	@Transactional
	public Optional<Correctable> takeUpToCorrect(AccountId coordinator, AccountId careLeaver, TakeUpId id) {
		return this.takeUps.ownTakeUp(careLeaver, id).flatMap((takeUp) -> nameOf(careLeaver).map((name) -> {
			audit(coordinator, Role.COORDINATOR, List.of(id), "Opened a take-up to correct it");
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
	 * @throws NoSuchTakeUpException if it is not a take-up of that young person
	 * @throws TakeUpRefusedException if it already has that status, the reason is
	 * missing, or someone changed it at the same time
	 */
	@Transactional
	public void correct(AccountId coordinator, AccountId careLeaver, TakeUpId id, TakeUpStatus next, String reason) {
		TakeUp takeUp = this.takeUps.ownTakeUp(careLeaver, id).orElseThrow(NoSuchTakeUpException::new);
		if (next == takeUp.status()) {
			throw new TakeUpRefusedException("It already has that status");
		}
		if (reason == null || reason.isBlank() || reason.trim().length() > MAX_CORRECTION_REASON) {
			throw new TakeUpRefusedException("A reason is needed");
		}
		String because = reason.trim();
		Instant now = now();
		TakeUpRepository.Places places = this.takeUps.correct(id, takeUp.status(), next, STARTED_STAGES.contains(next),
				next != TakeUpStatus.WITHDRAWN && !STARTED_STAGES.contains(next), APPLIED_STAGES.contains(next), now)
			.orElseThrow(() -> new TakeUpRefusedException("Someone else changed this at the same time"));
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

	/** What the care leaver has done with an opportunity, and what they may do next. */
	public Position positionOn(AccountId account, OpportunityView opportunity) {
		Optional<CareLeaverProfile> profile = profile(account);
		boolean fits = profile.map((p) -> this.careLeavers.fits(p, opportunity.details())).orElse(false);
		boolean confirmationNeeded = profile.map((p) -> !CareLeavers.isOpenTo(p, opportunity.details())).orElse(false);
		return new Position(profile.isPresent(), this.takeUps.isSaved(account, opportunity.id()),
				this.takeUps.takeUp(account, opportunity.id()).orElse(null), fits && opportunity.isOpen(),
				confirmationNeeded);
	}

	@Transactional
	public void save(AccountId account, OpportunityId id) {
		requireProfile(account);
		this.takeUps.save(account, publicOpportunity(id).id(), now());
	}

	@Transactional
	public void unsave(AccountId account, OpportunityId id) {
		this.takeUps.unsave(account, id);
	}

	/**
	 * Records that the care leaver is interested in an opportunity that is open to them.
	 * Doing it again changes nothing.
	 * @throws TakeUpRefusedException if it is closed, not for them, or taken up by a code
	 */
	@Transactional
	public void expressInterest(AccountId account, OpportunityId id) {
		OpportunityView opportunity = takeableBy(account, id);
		if (opportunity.details().takeUp() == TakeUpRoute.CODE) {
			throw new TakeUpRefusedException("Codes are shown, not applied for");
		}
		Optional<TakeUp> existing = this.takeUps.takeUp(account, id);
		if (existing.isPresent() && !existing.get().status().youngPersonMayMoveTo(TakeUpStatus.INTERESTED)) {
			return;
		}
		move(account, opportunity, existing, TakeUpStatus.INTERESTED, null, null, null, null);
	}

	/**
	 * Applies through Covenant Connects, sharing with the organisation only what the
	 * young person chose. They are emailed a copy of what was sent.
	 * @param message what they want to say, or {@code null}
	 * @throws TakeUpRefusedException if it is closed, not for them, not applied for
	 * through Covenant Connects, or already applied for
	 */
	@Transactional
	public void apply(AccountId account, OpportunityId id, Set<Sharing> sharing, String message) {
		send(account, id, sharing, message, TakeUpStatus.APPLIED, TakeUp.Actor.CARE_LEAVER, account);
	}

	/**
	 * Sends the application of a young person who said yes to being put forward: as
	 * {@link #apply}, but the take-up is "referred", by the person who put them forward.
	 */
	void referAfterYes(AccountId account, OpportunityId id, Set<Sharing> sharing, String message, TakeUp.Actor referrer,
			AccountId referredBy) {
		send(account, id, sharing, message, TakeUpStatus.REFERRED, referrer, referredBy);
	}

	private void send(AccountId account, OpportunityId id, Set<Sharing> sharing, String message, TakeUpStatus status,
			TakeUp.Actor actor, AccountId by) {
		OpportunityView opportunity = takeableBy(account, id);
		if (opportunity.details().takeUp() != TakeUpRoute.CONNECTS) {
			throw new TakeUpRefusedException("This opportunity is not applied for through Covenant Connects");
		}
		Optional<TakeUp> existing = this.takeUps.takeUp(account, id);
		if (existing.isPresent() && !existing.get().status().youngPersonMayMoveTo(TakeUpStatus.APPLIED)) {
			throw new TakeUpRefusedException("Already applied");
		}
		CareLeaverProfile profile = requireProfile(account);
		AccountSummary summary = this.accounts.find(account).orElseThrow();
		String name = sharing.contains(Sharing.NAME) ? profile.fullName() : null;
		String email = sharing.contains(Sharing.EMAIL) ? summary.email() : null;
		Situation situation = sharing.contains(Sharing.SITUATION) ? profile.situation() : null;
		String trimmed = (message != null && !message.isBlank()) ? message.trim() : null;
		move(account, opportunity, existing, status, name, email, situation, trimmed, actor, by);
		if (status == TakeUpStatus.REFERRED) {
			this.takeUps.markReferred(this.takeUps.takeUp(account, id).orElseThrow().id(), actor);
		}
		List<String> shared = new ArrayList<>();
		if (name != null) {
			shared.add("Your name: " + name);
		}
		if (email != null) {
			shared.add("Your email address: " + email);
		}
		if (situation != null) {
			shared.add("What you are doing now: " + situation.label());
		}
		if (trimmed != null) {
			shared.add("Your message: " + trimmed);
		}
		this.emails.queue(new Email(summary.email(), "You applied for " + opportunity.details().title(), """
				Hello %s,

				You applied for "%s" with %s through Covenant Connects.

				This is everything we shared with them:
				%s

				See how it is going in My opportunities: %s/my-opportunities
				""".formatted(summary.displayName(), opportunity.details().title(), opportunity.organisationName(),
				String.join("\n", shared), this.baseUrl)));
	}

	/**
	 * Shows the care leaver the code of a discount or free tickets, recording the first
	 * time as a claim.
	 * @return the code
	 * @throws TakeUpRefusedException if it is closed, not for them, or has no code
	 */
	@Transactional
	public String claimCode(AccountId account, OpportunityId id) {
		OpportunityView opportunity = takeableBy(account, id);
		if (opportunity.details().takeUp() != TakeUpRoute.CODE) {
			throw new TakeUpRefusedException("This opportunity has no code");
		}
		Optional<TakeUp> existing = this.takeUps.takeUp(account, id);
		if (existing.isEmpty() || existing.get().status().youngPersonMayMoveTo(TakeUpStatus.CLAIMED)) {
			move(account, opportunity, existing, TakeUpStatus.CLAIMED, null, null, null, null);
		}
		return opportunity.details().accessCode();
	}

	/**
	 * The care leaver withdraws from one of their own take-ups.
	 * @throws NoSuchTakeUpException if it is not theirs
	 * @throws TakeUpRefusedException if it cannot be withdrawn (for example a code
	 * already shown)
	 */
	@Transactional
	public void withdraw(AccountId account, TakeUpId id) {
		TakeUp takeUp = this.takeUps.ownTakeUp(account, id).orElseThrow(NoSuchTakeUpException::new);
		if (!takeUp.status().youngPersonMayMoveTo(TakeUpStatus.WITHDRAWN)) {
			throw new TakeUpRefusedException("This cannot be withdrawn");
		}
		Instant now = now();
		this.takeUps.updateTakeUp(new TakeUp(takeUp.id(), takeUp.opportunity(), takeUp.signatory(),
				TakeUpStatus.WITHDRAWN, takeUp.sharedName(), takeUp.sharedEmail(), takeUp.sharedSituation(),
				takeUp.message(), takeUp.createdAt(), now, List.of()));
		this.history.record(takeUp, account, takeUp.status(), TakeUpStatus.WITHDRAWN, TakeUp.Actor.CARE_LEAVER, account,
				null, now);
	}

	/**
	 * Every opportunity the care leaver saved or took up, with its status: take-ups most
	 * recently changed first, then saved ones not taken up.
	 */
	public List<MyOpportunity> mine(AccountId account) {
		Map<OpportunityId, Instant> saved = this.takeUps.saved(account);
		List<MyOpportunity> mine = new ArrayList<>();
		Set<OpportunityId> listed = new HashSet<>();
		for (TakeUp takeUp : this.takeUps.takeUps(account)) {
			listed.add(takeUp.opportunity());
			mine.add(row(takeUp.opportunity(), saved.containsKey(takeUp.opportunity()), takeUp));
		}
		saved.keySet().stream().filter((id) -> !listed.contains(id)).forEach((id) -> mine.add(row(id, true, null)));
		return mine;
	}

	/** One of the care leaver's own take-ups. */
	public Optional<TakeUp> takeUp(AccountId account, TakeUpId id) {
		return this.takeUps.ownTakeUp(account, id);
	}

	/**
	 * What a linked adviser sees of a care leaver's opportunities: each one saved or
	 * taken up, with its status, and nothing the young person wrote or shared with the
	 * organisation. The caller must have checked that the adviser is linked.
	 */
	public List<Progress> progressOf(AccountId account) {
		return mine(account).stream()
			.map((row) -> new Progress(row.id(), row.title(), row.organisation(), row.saved(),
					(row.takeUp() != null) ? row.takeUp().status() : null,
					(row.takeUp() != null) ? row.takeUp().updatedAt() : null))
			.toList();
	}

	private void move(AccountId account, OpportunityView opportunity, Optional<TakeUp> existing, TakeUpStatus status,
			String name, String email, Situation situation, String message) {
		move(account, opportunity, existing, status, name, email, situation, message, TakeUp.Actor.CARE_LEAVER,
				account);
	}

	private void move(AccountId account, OpportunityView opportunity, Optional<TakeUp> existing, TakeUpStatus status,
			String name, String email, Situation situation, String message, TakeUp.Actor actor, AccountId by) {
		Instant now = now();
		if (existing.isPresent()) {
			TakeUp before = existing.get();
			this.takeUps.updateTakeUp(new TakeUp(before.id(), before.opportunity(), before.signatory(), status, name,
					email, situation, message, before.createdAt(), now, List.of()));
			this.history.record(before, account, before.status(), status, actor, by, null, now);
		}
		else {
			TakeUp begun = new TakeUp(new TakeUpId(UUID.randomUUID()), opportunity.id(), opportunity.signatory(),
					status, name, email, situation, message, now, now, List.of());
			this.takeUps.insertTakeUp(account, begun, opportunity.details().type(), requireProfile(account));
			this.history.record(begun, account, null, status, actor, by, null, now);
		}
	}

	private MyOpportunity row(OpportunityId id, boolean saved, TakeUp takeUp) {
		Optional<OpportunityView> opportunity = this.opportunities.find(id);
		return new MyOpportunity(id, opportunity.map((o) -> o.details().title()).orElse("An opportunity"),
				opportunity.map(OpportunityView::organisationName).orElse(""),
				opportunity.map(OpportunityView::isPublic).orElse(false),
				opportunity.map(OpportunityView::isOpen).orElse(false), saved, takeUp);
	}

	private OpportunityView publicOpportunity(OpportunityId id) {
		return this.opportunities.findPublic(id).orElseThrow(() -> new Opportunities.NoSuchOpportunityException(id));
	}

	private OpportunityView takeableBy(AccountId account, OpportunityId id) {
		OpportunityView opportunity = publicOpportunity(id);
		CareLeaverProfile profile = requireProfile(account);
		if (!CareLeavers.isOpenTo(profile, opportunity.details())) {
			throw new TakeUpRefusedException(CONFIRMATION_NEEDED);
		}
		if (!opportunity.isOpen() || !this.careLeavers.fits(profile, opportunity.details())) {
			throw new TakeUpRefusedException("This opportunity is not open to you");
		}
		return opportunity;
	}

	/**
	 * A care leaver's position on one opportunity.
	 *
	 * @param hasProfile whether the account has a care leaver profile at all
	 * @param takeUp {@code null} when they have not taken it up
	 * @param canTakeUp it is open and fits them
	 * @param confirmationNeeded it is only for young people whose care experience is
	 * confirmed, and theirs is not
	 */
	public record Position(boolean hasProfile, boolean saved, TakeUp takeUp, boolean canTakeUp,
			boolean confirmationNeeded) {

		public boolean mayApply() {
			return this.canTakeUp
					&& (this.takeUp == null || this.takeUp.status().youngPersonMayMoveTo(TakeUpStatus.APPLIED));
		}

		public boolean mayShowInterest() {
			return this.canTakeUp
					&& (this.takeUp == null || this.takeUp.status().youngPersonMayMoveTo(TakeUpStatus.INTERESTED));
		}

		public boolean codeClaimed() {
			return this.takeUp != null && this.takeUp.status() == TakeUpStatus.CLAIMED;
		}

	}

	/**
	 * One row of My opportunities.
	 *
	 * @param isPublic whether its page can still be opened
	 * @param takeUp {@code null} when only saved
	 */
	public record MyOpportunity(OpportunityId id, String title, String organisation, boolean isPublic, boolean isOpen,
			boolean saved, TakeUp takeUp) {

		public boolean mayWithdraw() {
			return this.takeUp != null && this.takeUp.status().youngPersonMayMoveTo(TakeUpStatus.WITHDRAWN);
		}

	}

	/**
	 * One opportunity as a linked adviser sees it.
	 *
	 * @param status {@code null} when only saved
	 * @param changedAt when the status last changed; {@code null} when only saved
	 */
	public record Progress(OpportunityId opportunity, String title, String organisation, boolean saved,
			TakeUpStatus status, Instant changedAt) {

	}

	/** No take-up with this id belongs to the person asking. */
	@ResponseStatus(HttpStatus.NOT_FOUND)
	public static class NoSuchTakeUpException extends RuntimeException {

		public NoSuchTakeUpException() {
			super("No such take-up");
		}

	}

	/**
	 * The signatory user's organisation has lapsed, so it no longer sees applications or
	 * what young people shared with it. Answered as "page not found" where nothing says
	 * more.
	 */
	public static class OrganisationLapsedException extends NoSuchTakeUpException {

	}

	/** The care leaver cannot do that with this opportunity. */
	@ResponseStatus(HttpStatus.CONFLICT)
	public static class TakeUpRefusedException extends RuntimeException {

		public TakeUpRefusedException(String reason) {
			super(reason);
		}

	}

	/** Writes to the audit trail that someone looked at these take-ups. */
	private void audit(AccountId viewer, Role role, List<TakeUpId> ids, String what) {
		if (!ids.isEmpty()) {
			this.auditTrail.recordTakeUpViews(viewer, role, this.takeUps.peopleOf(ids), what);
		}
	}

	private Optional<CareLeaverProfile> profile(AccountId account) {
		return this.careLeavers.profile(account);
	}

	private CareLeaverProfile requireProfile(AccountId account) {
		return this.careLeavers.profile(account).orElseThrow(NoSuchTakeUpException::new);
	}

	/**
	 * A young person's take-ups, most recently changed first, each with its history, for
	 * someone whose look the caller has written to the audit trail.
	 */
	public List<TakeUp> ofYoungPerson(AccountId careLeaver) {
		return this.takeUps.takeUps(careLeaver);
	}

	/** The young people who took an opportunity up at any stage. */
	public Set<AccountId> peopleWhoTookUp(OpportunityId opportunity) {
		return this.takeUps.peopleWhoTookUp(opportunity);
	}

	/** The young people who saved an opportunity. */
	public Set<AccountId> peopleWhoSaved(OpportunityId opportunity) {
		return this.takeUps.peopleWhoSaved(opportunity);
	}

	private Optional<String> nameOf(AccountId careLeaver) {
		return this.careLeavers.profile(careLeaver)
			.flatMap((profile) -> this.accounts.find(careLeaver).map(AccountSummary::displayName));
	}

	private CoordinatorsTakeUp seenByCoordinator(TakeUp takeUp) {
		Optional<OpportunityView> opportunity = this.opportunities.find(takeUp.opportunity());
		return new CoordinatorsTakeUp(takeUp, opportunity.map((o) -> o.details().title()).orElse("An opportunity"),
				opportunity.map(OpportunityView::organisationName).orElse(""));
	}

	private void moveOn(TakeUp takeUp, TakeUpStatus next, TakeUp.Actor actor, AccountId by, String reason) {
		Instant now = now();
		if (!this.takeUps.moveOn(takeUp.id(), takeUp.status(), next, now)) {
			throw new TakeUpRefusedException("Someone else changed this at the same time");
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
			throw new TakeUpRefusedException("A reason is needed");
		}
		return reason.label();
	}

	private TakeUp ownApplication(AccountId member, TakeUpId id) {
		SignatorySummary organisation = organisationOf(member);
		return this.takeUps.applicationOf(organisation.id(), id).orElseThrow(NoSuchTakeUpException::new);
	}

	private SignatorySummary organisationOf(AccountId member) {
		SignatorySummary organisation = this.signatories.ofMember(member).orElseThrow(NoSuchTakeUpException::new);
		if (organisation.hasLapsed()) {
			throw new OrganisationLapsedException();
		}
		return organisation;
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

}
