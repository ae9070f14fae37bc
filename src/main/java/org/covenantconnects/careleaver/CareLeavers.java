package org.covenantconnects.careleaver;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.covenantconnects.alert.Subscriptions;
import org.covenantconnects.careleaver.internal.CareExperienceRepository;
import org.covenantconnects.careleaver.internal.CareLeaverRepository;
import org.covenantconnects.email.Emails;
import org.covenantconnects.identity.AccountData;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.AccountSummary;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.Role;
import org.covenantconnects.opportunity.FitCriteria;
import org.covenantconnects.opportunity.FitRule;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.opportunity.OpportunityDetails;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.opportunity.SearchResults;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.Region;
import org.covenantconnects.places.RegionCode;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Care leavers' profiles: registering, For you, changing their details, downloading
 * everything held about them and deleting it. Every method taking an account acts only on
 * that care leaver's own data. Nothing here gives anyone else any part of a profile.
 * <p>
 * Publishes {@link CareLeaverChanged} whenever a profile changes and
 * {@link CareLeaverDeleted} when one goes.
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

	private final ApplicationEventPublisher events;

	private final Subscriptions subscriptions;

	private final ObjectProvider<HeldElsewhere> elsewhere;

	private final AccountData accountData;

	private final CareExperienceRepository confirmations;

	CareLeavers(CareLeaverRepository careLeavers, CareExperienceRepository confirmations, Accounts accounts,
			Opportunities opportunities, Places places, Emails emails, Clock clock, ApplicationEventPublisher events,
			Subscriptions subscriptions, ObjectProvider<HeldElsewhere> elsewhere, AccountData accountData) {
		this.accountData = accountData;
		this.confirmations = confirmations;
		this.subscriptions = subscriptions;
		this.elsewhere = elsewhere;
		this.careLeavers = careLeavers;
		this.accounts = accounts;
		this.opportunities = opportunities;
		this.places = places;
		this.emails = emails;
		this.clock = clock;
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
			this.events.publishEvent(new CareLeaverChanged(account));
		}
	}

	/**
	 * Gives a demo account a profile made on a past day, as if the young person
	 * registered then, unless it has one. For demo data only, as above.
	 */
	@Transactional
	public void createPastDemoProfile(AccountId account, NewCareLeaver answers, Instant registeredAt) {
		if (this.careLeavers.find(account).isEmpty()) {
			this.careLeavers.insert(account, answers, registeredAt, true);
			this.events.publishEvent(new CareLeaverChanged(account));
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
			SearchResults results = this.opportunities.forYou(fitFor(profile), page, pageSize);
			Map<OpportunityId, String> reasons = new LinkedHashMap<>();
			results.items().forEach((item) -> reasons.put(item.id(), reason(profile, item.details())));
			return new Feed(profile, age, results, reasons);
		});
	}

	/** What decides which opportunities fit the care leaver today, and in which order. */
	public FitCriteria fitFor(CareLeaverProfile profile) {
		return new FitCriteria(profile.ageOn(today()), profile.region(), profile.council(), profile.types(),
				profile.categories(), profile.isCareExperienceConfirmed());
	}

	/**
	 * Whether an opportunity fits the care leaver today, by {@link FitRule}: their age is
	 * in its range and it reaches where they live or the council that looked after them;
	 * and, for an opportunity only for young people whose care experience is confirmed,
	 * theirs is.
	 */
	public boolean fits(CareLeaverProfile profile, OpportunityDetails details) {
		return isOpenTo(profile, details) && FitRule.of(details, this.places)
			.fits(profile.dateOfBirth(), today(), profile.region(), profile.council());
	}

	/**
	 * Whether the young person may see and take up the opportunity at all: any
	 * opportunity, except one only for confirmed young people when their care experience
	 * is not confirmed.
	 */
	public static boolean isOpenTo(CareLeaverProfile profile, OpportunityDetails details) {
		return !details.confirmedOnly() || profile.isCareExperienceConfirmed();
	}

	/**
	 * The care leaver changes what they told us about themselves. The name they like to
	 * be called becomes the name of their account too, used on pages and in emails.
	 * @throws NoSuchCareLeaverException if the account has no care leaver profile
	 */
	@Transactional
	public void changeDetails(AccountId account, YourDetails details) {
		CareLeaverProfile profile = requireProfile(account);
		this.careLeavers.changeDetails(account, details, now());
		if (!profile.region().equals(details.region())) {
			this.subscriptions.moved(account, profile.region(), details.region());
		}
		String preferred = details.preferredName();
		this.accounts.rename(account,
				(preferred != null && !preferred.isBlank()) ? preferred.trim() : profile.fullName());
		this.events.publishEvent(new CareLeaverChanged(account));
	}

	/** Turns on or off being suggested opportunities by coordinators. */
	@Transactional
	public void setOpenToSuggestions(AccountId account, boolean open) {
		requireProfile(account);
		this.careLeavers.setOpenToSuggestions(account, open, now());
		this.events.publishEvent(new CareLeaverChanged(account));
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
				profile.institution(),
				this.confirmations.historyOf(account).stream().map(this::confirmationData).toList());
		List<MyData.EmailRecord> emailsSent = this.emails.about(account.value())
			.stream()
			.map((email) -> new MyData.EmailRecord(email.recipient(), email.subject(), email.textBody(), email.status(),
					email.createdAt(), email.sentAt()))
			.toList();
		return new MyData(now(),
				new MyData.Account(summary.email(), summary.displayName(), summary.role().label(),
						summary.status().name(), summary.createdAt()),
				profileData, emailsSent, alertsOf(account), heldElsewhere(account));
	}

	private MyData.CareExperienceConfirmation confirmationData(CareExperienceRepository.Row row) {
		String by = (row.by() != null) ? this.accounts.find(row.by()).map(AccountSummary::displayName).orElse(null)
				: null;
		return new MyData.CareExperienceConfirmation(
				(row.council() != null) ? councilName(row.council()) : "Withdrawn: not confirmed",
				(by != null) ? by : "Someone whose account has since closed",
				(row.confirmer() == CareExperience.Confirmer.PERSONAL_ADVISER) ? "Your personal adviser"
						: "The Covenant team",
				row.at(), row.correctionReason());
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
		more.putAll(this.accountData.parts(account));
		return more;
	}

	/**
	 * Deletes the care leaver's account through {@link AccountData#erase}: their profile,
	 * everything every module keeps about them and every email sent to them or naming
	 * them are removed or blanked, and the account keeps nothing that identifies them.
	 * Their sessions end. {@link CareLeaverDeleted} is published first, in the same
	 * transaction, so that other modules remove what they keep about them while the
	 * profile still names it; if any part fails, nothing is deleted.
	 */
	@Transactional
	public void delete(AccountId account) {
		requireProfile(account);
		this.accountData.erase(account);
	}

	/**
	 * One page of the young people a search finds, by the name each uses, for the
	 * Covenant team's caseload. Callers write each one shown to the audit trail.
	 */
	public Page search(Search search, int page, int pageSize) {
		CareLeaverRepository.Found found = this.careLeavers.search(search, page, pageSize);
		return new Page(found.people(), found.total());
	}

	/**
	 * The profiles of those among these young people who turned matching on; the others
	 * are left out. Callers write each one shown to the audit trail.
	 */
	public List<CareLeaverProfile> openToMatching(Collection<AccountId> accounts) {
		return accounts.isEmpty() ? List.of() : this.careLeavers.openToMatching(accounts);
	}

	/**
	 * Hands the profile of everyone who turned matching on to the reader, one at a time,
	 * so that they need not all be held at once.
	 */
	@Transactional(readOnly = true)
	public void eachOpenToMatching(Consumer<CareLeaverProfile> reader) {
		this.careLeavers.eachOpenToMatching(reader);
	}

	/**
	 * Every care leaver whose account is active and whose care experience is confirmed,
	 * for deciding who may take part in what is only for them (the monthly give-away).
	 */
	@Transactional(readOnly = true)
	public List<ConfirmedCareLeaver> confirmedWithActiveAccounts() {
		return this.careLeavers.confirmedWithActiveAccounts();
	}

	/**
	 * How many young people on Connects a council looked after: an exact count, for the
	 * caller to round or hide as its readers require.
	 */
	public long countLookedAfterBy(LocalAuthorityId council) {
		return this.careLeavers.countLookedAfterBy(council);
	}

	/**
	 * How many care leavers on Connects each council looked after; councils with none are
	 * left out. A count, never who they are.
	 */
	@Transactional(readOnly = true)
	public Map<LocalAuthorityId, Long> countByCouncil() {
		return this.careLeavers.countByCouncil();
	}

	/**
	 * How many care leavers go to the college or university of this name: their answer is
	 * the name, in any case.
	 */
	public long countAtInstitution(String name) {
		return this.careLeavers.countAtInstitution(name);
	}

	/**
	 * Who the care leavers are who go to the college or university of this name, for
	 * counting what they did elsewhere on Connects (the events they came to, say); never
	 * shown as a list.
	 */
	public List<AccountId> atInstitution(String name) {
		return this.careLeavers.atInstitution(name);
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

	private CareLeaverProfile requireProfile(AccountId account) {
		return profile(account).orElseThrow(NoSuchCareLeaverException::new);
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

	/**
	 * Whom a search of young people finds; any part left {@code null} or blank does not
	 * narrow it.
	 *
	 * @param name any part of their full or preferred name
	 * @param institution any part of the college or university they named
	 * @param onlyMatching only those who turned matching on
	 * @param college the whole name of their college or university, as the list of
	 * institutions writes it, in any case
	 */
	public record Search(String name, RegionCode region, LocalAuthorityId council, String institution,
			boolean onlyMatching, String college) {

		public Search(String name, RegionCode region, LocalAuthorityId council, String institution,
				boolean onlyMatching) {
			this(name, region, council, institution, onlyMatching, null);
		}

	}

	/** One page of the young people a search found, and how many it found in all. */
	public record Page(List<CareLeaverProfile> people, long total) {

	}

	/** The opportunities that fit one care leaver, one page of them, with reasons. */
	public record Feed(CareLeaverProfile profile, int age, SearchResults results, Map<OpportunityId, String> reasons) {

	}

	/** The account has no care leaver profile. */
	@ResponseStatus(HttpStatus.NOT_FOUND)
	public static class NoSuchCareLeaverException extends RuntimeException {

		public NoSuchCareLeaverException() {
			super("No such care leaver");
		}

	}

}
