package org.covenantconnects.careleaver;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.covenantconnects.alert.Email;
import org.covenantconnects.alert.Emails;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.AccountSummary;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.Role;
import org.covenantconnects.opportunity.FitCriteria;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.opportunity.OpportunityDetails;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.opportunity.OpportunityView;
import org.covenantconnects.opportunity.SearchResults;
import org.covenantconnects.opportunity.TakeUpRoute;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.Region;
import org.covenantconnects.subscription.Subscriptions;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Care leavers' profiles and take-ups. Every method taking an account acts only on that
 * care leaver's own data: another person's take-up is answered as if it did not exist
 * ({@link NoSuchTakeUpException}). Nothing here gives an organisation any part of a
 * profile; an application carries only what the young person chose to share.
 */
@Service
public class CareLeavers {

	private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	private final CareLeaverRepository careLeavers;

	private final Accounts accounts;

	private final Opportunities opportunities;

	private final Places places;

	private final Emails emails;

	private final Clock clock;

	private final String baseUrl;

	private final ApplicationEventPublisher events;

	private final Subscriptions subscriptions;

	private final ObjectProvider<HeldElsewhere> elsewhere;

	private final TakeUpHistory history;

	CareLeavers(CareLeaverRepository careLeavers, Accounts accounts, Opportunities opportunities, Places places,
			Emails emails, Clock clock, @Value("${connects.base-url}") String baseUrl, ApplicationEventPublisher events,
			Subscriptions subscriptions, ObjectProvider<HeldElsewhere> elsewhere, TakeUpHistory history) {
		this.history = history;
		this.subscriptions = subscriptions;
		this.elsewhere = elsewhere;
		this.careLeavers = careLeavers;
		this.accounts = accounts;
		this.opportunities = opportunities;
		this.places = places;
		this.emails = emails;
		this.clock = clock;
		this.baseUrl = baseUrl;
		this.events = events;
	}

	/**
	 * Registers a care leaver: an account (which is sent a link to confirm its email
	 * address) and their profile. If the address already has an account, its owner is
	 * emailed instead and nothing is created; callers must not tell the person which.
	 * @return the new account, or empty if the address already had one
	 * @throws IllegalArgumentException if they are younger than 16, or the password is
	 * one the policy rejects
	 */
	@Transactional
	public Optional<AccountId> register(NewCareLeaver answers, String password) {
		Assert.isTrue(CareLeaverProfile.ageOn(answers.dateOfBirth(), today()) >= CareLeaverProfile.YOUNGEST,
				"Care leavers register from the age of 16");
		Optional<AccountId> account = this.accounts.register(answers.nameToUse(), answers.email(), password,
				Role.CARE_LEAVER);
		account.ifPresent((id) -> this.careLeavers.insert(id, answers, now(), false));
		return account;
	}

	/**
	 * Creates the account and profile of a young person who claims the account someone
	 * registered for them: their address is proved by the link they followed, so the
	 * account is active at once.
	 * @return the new account, or empty if the address already has one
	 * @throws IllegalArgumentException if they are younger than 16, or the password is
	 * one the policy rejects
	 */
	@Transactional
	public Optional<AccountId> registerClaimed(NewCareLeaver answers, String password) {
		Assert.isTrue(CareLeaverProfile.ageOn(answers.dateOfBirth(), today()) >= CareLeaverProfile.YOUNGEST,
				"Care leavers register from the age of 16");
		Optional<AccountId> account = this.accounts.registerConfirmed(answers.nameToUse(), answers.email(), password,
				Role.CARE_LEAVER);
		account.ifPresent((id) -> this.careLeavers.insert(id, answers, now(), false));
		return account;
	}

	/**
	 * Gives a demo account a profile, unless it has one. For demo data only: the caller
	 * must have claimed the database for demo data.
	 */
	@Transactional
	public void createDemoProfile(AccountId account, NewCareLeaver answers) {
		if (this.careLeavers.find(account).isEmpty()) {
			this.careLeavers.insert(account, answers, now(), true);
		}
	}

	public Optional<CareLeaverProfile> profile(AccountId account) {
		return this.careLeavers.find(account);
	}

	/**
	 * The open opportunities that fit the care leaver, those matching their interests
	 * first, each with the reason it is shown.
	 * @return empty if the account has no care leaver profile
	 */
	public Optional<Feed> forYou(AccountId account, int page, int pageSize) {
		return profile(account).map((profile) -> {
			int age = profile.ageOn(today());
			SearchResults results = this.opportunities.forYou(
					new FitCriteria(age, profile.region(), councilsFor(profile), profile.types(), profile.categories()),
					page, pageSize);
			Map<OpportunityId, String> reasons = new LinkedHashMap<>();
			results.items().forEach((item) -> reasons.put(item.id(), reason(profile, item.details())));
			return new Feed(profile, age, results, reasons);
		});
	}

	/** What decides which opportunities fit the care leaver today, and in which order. */
	public FitCriteria fitFor(CareLeaverProfile profile) {
		return new FitCriteria(profile.ageOn(today()), profile.region(), councilsFor(profile), profile.types(),
				profile.categories(), profile.council());
	}

	/**
	 * Whether an opportunity is open to the care leaver today: their age is in its range
	 * and it is open where they live or in one of their councils.
	 */
	public boolean fits(CareLeaverProfile profile, OpportunityDetails details) {
		int age = profile.ageOn(today());
		if (age < details.ageFrom() || age > details.ageTo()) {
			return false;
		}
		return switch (details.scope()) {
			case NATIONAL -> true;
			case REGIONS -> details.regions().contains(profile.region());
			case COUNCILS -> !Collections.disjoint(details.councils(), councilsFor(profile));
		};
	}

	/** What the care leaver has done with an opportunity, and what they may do next. */
	public Position positionOn(AccountId account, OpportunityView opportunity) {
		Optional<CareLeaverProfile> profile = profile(account);
		boolean fits = profile.map((p) -> fits(p, opportunity.details())).orElse(false);
		return new Position(profile.isPresent(), this.careLeavers.isSaved(account, opportunity.id()),
				this.careLeavers.takeUp(account, opportunity.id()).orElse(null), fits && opportunity.isOpen());
	}

	@Transactional
	public void save(AccountId account, OpportunityId id) {
		requireProfile(account);
		this.careLeavers.save(account, publicOpportunity(id).id(), now());
	}

	@Transactional
	public void unsave(AccountId account, OpportunityId id) {
		this.careLeavers.unsave(account, id);
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
		Optional<TakeUp> existing = this.careLeavers.takeUp(account, id);
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
		Optional<TakeUp> existing = this.careLeavers.takeUp(account, id);
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
			this.careLeavers.markReferred(this.careLeavers.takeUp(account, id).orElseThrow().id(), actor);
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
		Optional<TakeUp> existing = this.careLeavers.takeUp(account, id);
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
		TakeUp takeUp = this.careLeavers.ownTakeUp(account, id).orElseThrow(NoSuchTakeUpException::new);
		if (!takeUp.status().youngPersonMayMoveTo(TakeUpStatus.WITHDRAWN)) {
			throw new TakeUpRefusedException("This cannot be withdrawn");
		}
		Instant now = now();
		this.careLeavers.updateTakeUp(new TakeUp(takeUp.id(), takeUp.opportunity(), takeUp.signatory(),
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
		Map<OpportunityId, Instant> saved = this.careLeavers.saved(account);
		List<MyOpportunity> mine = new ArrayList<>();
		Set<OpportunityId> listed = new HashSet<>();
		for (TakeUp takeUp : this.careLeavers.takeUps(account)) {
			listed.add(takeUp.opportunity());
			mine.add(row(takeUp.opportunity(), saved.containsKey(takeUp.opportunity()), takeUp));
		}
		saved.keySet().stream().filter((id) -> !listed.contains(id)).forEach((id) -> mine.add(row(id, true, null)));
		return mine;
	}

	/** One of the care leaver's own take-ups. */
	public Optional<TakeUp> takeUp(AccountId account, TakeUpId id) {
		return this.careLeavers.ownTakeUp(account, id);
	}

	/**
	 * The care leaver changes what they told us about themselves. The name they like to
	 * be called becomes the name of their account too, used on pages and in emails.
	 * @throws NoSuchTakeUpException if the account has no care leaver profile
	 */
	@Transactional
	public void changeDetails(AccountId account, YourDetails details) {
		CareLeaverProfile profile = requireProfile(account);
		this.careLeavers.changeDetails(account, details, now());
		String preferred = details.preferredName();
		this.accounts.rename(account,
				(preferred != null && !preferred.isBlank()) ? preferred.trim() : profile.fullName());
	}

	/** Turns on or off being suggested opportunities by coordinators. */
	@Transactional
	public void setOpenToSuggestions(AccountId account, boolean open) {
		requireProfile(account);
		this.careLeavers.setOpenToSuggestions(account, open, now());
	}

	/** Everything held about the care leaver, for them to download. */
	public MyData dataOf(AccountId account) {
		AccountSummary summary = this.accounts.find(account).orElseThrow();
		CareLeaverProfile profile = requireProfile(account);
		MyData.Profile profileData = new MyData.Profile(profile.fullName(), profile.preferredName(),
				profile.dateOfBirth(), councilName(profile.council()),
				this.places.region(profile.region()).map(Region::name).orElse(profile.region().value()),
				sorted(profile.categories()), sorted(profile.types()), profile.situation(), profile.ambitions(),
				profile.openToSuggestions(), profile.privacyNoticeAcceptedAt(), profile.createdAt(),
				profile.institution());
		List<MyData.Saved> saved = this.careLeavers.saved(account).entrySet().stream().map((entry) -> {
			Optional<OpportunityView> opportunity = this.opportunities.find(entry.getKey());
			return new MyData.Saved(entry.getKey().toString(), opportunity.map((o) -> o.details().title()).orElse(null),
					opportunity.map(OpportunityView::organisationName).orElse(null), entry.getValue());
		}).toList();
		List<MyData.TakeUpRecord> takeUps = this.careLeavers.takeUps(account).stream().map((takeUp) -> {
			Optional<OpportunityView> opportunity = this.opportunities.find(takeUp.opportunity());
			return new MyData.TakeUpRecord(takeUp.id().toString(), takeUp.opportunity().toString(),
					opportunity.map((o) -> o.details().title()).orElse(null),
					opportunity.map(OpportunityView::organisationName).orElse(null), takeUp.status(),
					new MyData.SharedWithOrganisation(takeUp.sharedName(), takeUp.sharedEmail(),
							takeUp.sharedSituation(), takeUp.message()),
					takeUp.createdAt(), takeUp.updatedAt(), takeUp.history());
		}).toList();
		List<MyData.EmailRecord> emailsSent = this.emails.sentTo(summary.email())
			.stream()
			.map((email) -> new MyData.EmailRecord(email.subject(), email.textBody(), email.status(), email.createdAt(),
					email.sentAt()))
			.toList();
		List<MyData.LookedAt> lookedAt = this.careLeavers.viewsOf(account)
			.stream()
			.map((view) -> new MyData.LookedAt(view.viewerRole().label(), view.what(), view.viewedAt()))
			.toList();
		return new MyData(now(),
				new MyData.Account(summary.email(), summary.displayName(), summary.role().label(),
						summary.status().name(), summary.createdAt()),
				profileData, saved, takeUps, emailsSent, lookedAt, alertsOf(account), heldElsewhere(account));
	}

	/** The care leaver's alert preferences and the notifications made for them. */
	private Map<String, Object> alertsOf(AccountId account) {
		Map<String, Object> alerts = new LinkedHashMap<>();
		alerts.put("preferences", this.subscriptions.preferencesOf(account).orElse(null));
		alerts.put("notifications", this.subscriptions.notifications(account, 0, Integer.MAX_VALUE));
		return alerts;
	}

	private Map<String, Object> heldElsewhere(AccountId account) {
		Map<String, Object> more = new LinkedHashMap<>();
		this.elsewhere.orderedStream().forEach((part) -> more.put(part.part(), part.about(account)));
		return more;
	}

	/**
	 * Deletes the care leaver's account: their profile, saved opportunities, what they
	 * wrote and shared, and the emails sent to them are removed; their take-ups stay only
	 * as anonymous counts, and the account keeps nothing that identifies them. Their
	 * sessions end. Publishes {@link CareLeaverDeleted} so that other modules remove what
	 * they keep about them.
	 */
	@Transactional
	public void delete(AccountId account) {
		requireProfile(account);
		AccountSummary summary = this.accounts.find(account).orElseThrow();
		this.careLeavers.erase(account);
		this.subscriptions.forget(account);
		this.emails.forget(summary.email());
		this.accounts.anonymise(account);
		this.events.publishEvent(new CareLeaverDeleted(account));
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

	/** The name of a council, for pages. */
	public String councilName(LocalAuthorityId id) {
		return this.places.localAuthority(id).map(LocalAuthority::name).orElse("Unknown council");
	}

	/**
	 * Why an opportunity is shown to the care leaver, in one short sentence.
	 */
	String reason(CareLeaverProfile profile, OpportunityDetails details) {
		String interest = profile.types().contains(details.type()) ? Words.plural(details.type())
				: profile.categories().contains(details.category()) ? Words.inSentence(details.category()) : null;
		String region = this.places.region(profile.region()).map(Words::inSentence).orElse("your region");
		String place = switch (details.scope()) {
			case NATIONAL -> null;
			case REGIONS -> "live in " + region;
			case COUNCILS -> details.councils().contains(profile.council())
					? "were looked after by " + councilName(profile.council()) : "live in " + region;
		};
		if (interest != null && place != null) {
			return "Because you are interested in " + interest + " and " + place + ".";
		}
		if (interest != null) {
			return "Because you are interested in " + interest + ", and it is open anywhere in England.";
		}
		if (place != null) {
			return "Because you " + place + ".";
		}
		return "Open to care leavers anywhere in England.";
	}

	private Set<LocalAuthorityId> councilsFor(CareLeaverProfile profile) {
		Set<LocalAuthorityId> councils = this.places.localAuthorities()
			.stream()
			.filter((council) -> council.region().equals(profile.region()))
			.map(LocalAuthority::id)
			.collect(Collectors.toCollection(HashSet::new));
		councils.add(profile.council());
		return councils;
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
			this.careLeavers.updateTakeUp(new TakeUp(before.id(), before.opportunity(), before.signatory(), status,
					name, email, situation, message, before.createdAt(), now, List.of()));
			this.history.record(before, account, before.status(), status, actor, by, null, now);
		}
		else {
			TakeUp begun = new TakeUp(new TakeUpId(UUID.randomUUID()), opportunity.id(), opportunity.signatory(),
					status, name, email, situation, message, now, now, List.of());
			this.careLeavers.insertTakeUp(account, begun, opportunity.details().type(), requireProfile(account));
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
		if (!opportunity.isOpen() || !fits(profile, opportunity.details())) {
			throw new TakeUpRefusedException("This opportunity is not open to you");
		}
		return opportunity;
	}

	private CareLeaverProfile requireProfile(AccountId account) {
		return profile(account).orElseThrow(NoSuchTakeUpException::new);
	}

	private static <E extends Enum<E>> Set<E> sorted(Set<E> values) {
		return values.isEmpty() ? Set.of() : EnumSet.copyOf(values);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ENGLAND));
	}

	private Instant now() {
		return this.clock.instant();
	}

	/** The opportunities that fit one care leaver, one page of them, with reasons. */
	public record Feed(CareLeaverProfile profile, int age, SearchResults results, Map<OpportunityId, String> reasons) {

	}

	/**
	 * A care leaver's position on one opportunity.
	 *
	 * @param hasProfile whether the account has a care leaver profile at all
	 * @param takeUp {@code null} when they have not taken it up
	 * @param canTakeUp it is open and fits them
	 */
	public record Position(boolean hasProfile, boolean saved, TakeUp takeUp, boolean canTakeUp) {

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

		NoSuchTakeUpException() {
			super("No such take-up");
		}

	}

	/** The care leaver cannot do that with this opportunity. */
	@ResponseStatus(HttpStatus.CONFLICT)
	public static class TakeUpRefusedException extends RuntimeException {

		TakeUpRefusedException(String reason) {
			super(reason);
		}

	}

}
