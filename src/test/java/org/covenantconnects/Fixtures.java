package org.covenantconnects;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.covenantconnects.adviserlink.Links;
import org.covenantconnects.careleaver.CareLeavers;
import org.covenantconnects.careleaver.NewCareLeaver;
import org.covenantconnects.careleaver.Situation;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.covenantconnects.identity.StaffChecks;
import org.covenantconnects.opportunity.Barriers;
import org.covenantconnects.opportunity.Category;
import org.covenantconnects.opportunity.InternshipFacts;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.opportunity.OpportunityDetails;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.opportunity.Outcome;
import org.covenantconnects.opportunity.Scope;
import org.covenantconnects.opportunity.TakeUpRoute;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.signatory.NewOrganisation;
import org.covenantconnects.signatory.Sector;
import org.covenantconnects.signatory.Signatories;
import org.covenantconnects.signatory.SignatoryId;
import org.covenantconnects.signatory.Size;
import org.covenantconnects.supporter.NewSupporter;
import org.covenantconnects.supporter.OrganisationType;
import org.covenantconnects.supporter.SupporterRole;
import org.covenantconnects.supporter.Supporters;
import org.covenantconnects.supporter.Verification;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The people, organisations and opportunities a test needs, made through the modules'
 * facades. Every test class shares one database, so each email address and organisation
 * name made here is unique. Imported by {@link ConnectsTest}; deliberately not a
 * component, so that an application started from the test class path (another instance, a
 * benchmark) never makes one.
 */
public class Fixtures {

	/** The password of every account made here; the password policy accepts it. */
	public static final String PASSWORD = "harbour violet pancake";

	public static final RegionCode NORTH_WEST = new RegionCode("E12000002");

	public static final RegionCode LONDON = new RegionCode("E12000007");

	public static final RegionCode SOUTH_WEST = new RegionCode("E12000009");

	public static final LocalAuthorityId MANCHESTER = new LocalAuthorityId(24);

	public static final LocalAuthorityId LEEDS = new LocalAuthorityId(44);

	public static final LocalAuthorityId CAMDEN = new LocalAuthorityId(92);

	private final Accounts accounts;

	private final CareLeavers careLeavers;

	private final Supporters supporters;

	private final Signatories signatories;

	private final Opportunities opportunities;

	private final Links links;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	Fixtures(Accounts accounts, CareLeavers careLeavers, Supporters supporters, Signatories signatories,
			Opportunities opportunities, Links links, JdbcClient jdbc, TransactionTemplate transactions) {
		this.accounts = accounts;
		this.careLeavers = careLeavers;
		this.supporters = supporters;
		this.signatories = signatories;
		this.opportunities = opportunities;
		this.links = links;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/**
	 * A care leaver of the given name, made as the demo data makes one: active at once,
	 * and otherwise as {@link YoungPerson#named(String)} describes.
	 */
	public CurrentUser careLeaver(String name) {
		return careLeaver(YoungPerson.named(name));
	}

	/**
	 * A care leaver made as the demo data makes one: account and profile at once, active,
	 * with no email sent. Their full name is their name and "Test"; they have not said
	 * what they like to be called.
	 */
	public CurrentUser careLeaver(YoungPerson who) {
		String email = uniqueEmail("care-leaver");
		AccountId id = this.accounts.createDemoAccount(who.name(), email, PASSWORD, Role.CARE_LEAVER);
		this.careLeavers.createDemoProfile(id, who.answers(null, email));
		if (who.matchingOn()) {
			this.careLeavers.setOpenToSuggestions(id, true);
		}
		return new CurrentUser(id, email, who.name(), Role.CARE_LEAVER);
	}

	/**
	 * A care leaver who registered as anyone does (so they were sent the email asking
	 * them to confirm their address) and whose address is then confirmed, as if they had
	 * followed its link. Their full name is their name and "Test", and they like to be
	 * called by their name.
	 */
	public CurrentUser registeredCareLeaver(YoungPerson who) {
		String email = uniqueEmail("care-leaver");
		AccountId id = this.careLeavers.register(who.answers(who.name(), email), PASSWORD).orElseThrow();
		this.transactions.executeWithoutResult((status) -> this.jdbc
			.sql("update account set status = 'ACTIVE', email_verified_at = now() where id = :id")
			.param("id", id.value())
			.update());
		return new CurrentUser(id, email, who.name(), Role.CARE_LEAVER);
	}

	/**
	 * Test Adviser, a personal adviser at Manchester council, verified or waiting to be.
	 */
	public CurrentUser adviser(Verification verification) {
		return adviser(verification, MANCHESTER);
	}

	/** Test Adviser, a personal adviser at the council, verified or waiting to be. */
	public CurrentUser adviser(Verification verification, LocalAuthorityId council) {
		String email = uniqueEmail("adviser");
		AccountId id = this.accounts.createDemoAccount("Test Adviser", email, PASSWORD, Role.SUPPORTER);
		this.supporters.createDemoSupporter(id, new NewSupporter("Test Adviser", SupporterRole.PERSONAL_ADVISER,
				OrganisationType.COUNCIL, null, council, email), verification);
		return new CurrentUser(id, email, "Test Adviser", Role.SUPPORTER);
	}

	/**
	 * Links the adviser with the young person as the young person would: they invite
	 * their adviser, who accepts.
	 * @return the link
	 */
	public UUID link(CurrentUser adviser, CurrentUser youngPerson) {
		this.links.inviteSupporter(youngPerson.id(), adviser.getUsername());
		this.links.acceptInvitation(adviser.id(), this.links.invitationsFor(adviser.id()).get(0).id());
		return this.links.youngPeopleOf(adviser.id()).get(0).id();
	}

	/**
	 * Someone of the Covenant team, or an administrator, who can sign in with
	 * {@link #PASSWORD}.
	 */
	public CurrentUser staff(Role role) {
		String email = uniqueEmail("staff");
		String name = "Test " + role.label();
		CurrentUser staff = new CurrentUser(this.accounts.createDemoAccount(name, email, PASSWORD, role), email, name,
				role);
		if (role == Role.COORDINATOR) {
			// Coordinators open young people's records only with an in-date enhanced DBS
			// check, so each made here has one, issued a month ago
			LocalDate issued = this.staffChecks.today().minusMonths(1);
			this.staffChecks.recordForSetUp(staff.id(), issued, "000000000001", StaffChecks.defaultRenewal(issued));
		}
		return staff;
	}

	/**
	 * A coordinator whose enhanced DBS check's renewal was due this many days ago (0:
	 * today), so it has expired; or, for {@code null}, a coordinator with no check
	 * recorded. Sign in with {@link SignedIn#asWithoutDbsCheck} so that no check is
	 * added.
	 */
	public CurrentUser coordinatorWithoutInDateCheck(Integer expiredDaysAgo) {
		String email = uniqueEmail("lapsed-coordinator");
		String name = "Test Lapsed Coordinator";
		CurrentUser coordinator = new CurrentUser(
				this.accounts.createDemoAccount(name, email, PASSWORD, Role.COORDINATOR), email, name,
				Role.COORDINATOR);
		if (expiredDaysAgo != null) {
			LocalDate due = this.staffChecks.today().minusDays(expiredDaysAgo);
			this.staffChecks.recordForSetUp(coordinator.id(), due.minusYears(3), "000000000002", due);
		}
		return coordinator;
	}

	private StaffChecks staffChecks;

	@Autowired
	void useStaffChecks(StaffChecks staffChecks) {
		this.staffChecks = staffChecks;
	}

	/**
	 * An organisation that signed the Covenant ten days ago, named as given with a unique
	 * ending, and its one member, who can sign in with {@link #PASSWORD}.
	 */
	public Organisation organisation(String name) {
		String unique = name + " " + UUID.randomUUID().toString().substring(0, 8);
		String email = uniqueEmail("organisation");
		AccountId member = this.accounts.createDemoAccount("Pat Organiser", email, PASSWORD, Role.SIGNATORY);
		SignatoryId id = this.signatories.createDemoSignatory(new NewOrganisation(unique, Sector.PRIVATE, Size.SMALL,
				null, true, List.of(), "Opportunities for tests"), LocalDate.now().minusDays(10), member);
		return new Organisation(id, unique, new CurrentUser(member, email, "Pat Organiser", Role.SIGNATORY));
	}

	/**
	 * The organisation's opportunity, published a day ago as the demo data publishes one:
	 * without review, and without telling anyone it fits.
	 */
	public OpportunityId publish(SignatoryId organisation, NewOpportunity opportunity) {
		return publish(organisation, opportunity, Instant.now().minus(1, ChronoUnit.DAYS));
	}

	/**
	 * The organisation's opportunity, published at the given time as the demo data
	 * publishes one: without review, and without telling anyone it fits.
	 */
	public OpportunityId publish(SignatoryId organisation, NewOpportunity opportunity, Instant publishedAt) {
		return this.opportunities.createDemo(organisation, opportunity.details(), publishedAt);
	}

	/**
	 * The organisation's member drafts and submits the opportunity, and the Covenant team
	 * publishes it, as in the service: {@code OpportunityPublished} is sent, and alerts
	 * are made for everyone it fits.
	 */
	public OpportunityId submitAndPublish(Organisation organisation, NewOpportunity opportunity) {
		AccountId member = organisation.member().id();
		OpportunityId id = this.opportunities.createDraft(member, opportunity.details());
		this.opportunities.submit(member, id);
		this.opportunities.publish(id);
		return id;
	}

	/**
	 * An opportunity with this title, to publish; see {@link NewOpportunity} for what it
	 * is unless told.
	 */
	public static NewOpportunity opportunity(String title) {
		return new NewOpportunity(title);
	}

	/**
	 * An address at example.com, starting with the given word, that no other test uses.
	 */
	public static String uniqueEmail(String start) {
		return start + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
	}

	/**
	 * The date of birth of someone this many years old today in England, ten days past
	 * their birthday.
	 */
	public static LocalDate yearsAgo(int years) {
		return LocalDate.now(ZoneId.of("Europe/London")).minusYears(years).minusDays(10);
	}

	/** An organisation that signed the Covenant, and its member. */
	public record Organisation(SignatoryId id, String name, CurrentUser member) {

	}

	/**
	 * Who a care leaver is: unless told otherwise, 20, looked after by Manchester and
	 * living in the North West, interested in apprenticeships and no category in
	 * particular, in training, and not open to matching.
	 */
	public record YoungPerson(String name, int age, LocalAuthorityId council, RegionCode region,
			Set<Category> categories, Set<OpportunityType> types, boolean matchingOn) {

		public static YoungPerson named(String name) {
			return new YoungPerson(name, 20, MANCHESTER, NORTH_WEST, Set.of(), Set.of(OpportunityType.APPRENTICESHIP),
					false);
		}

		public YoungPerson aged(int age) {
			return new YoungPerson(this.name, age, this.council, this.region, this.categories, this.types,
					this.matchingOn);
		}

		public YoungPerson lookedAfterBy(LocalAuthorityId council) {
			return new YoungPerson(this.name, this.age, council, this.region, this.categories, this.types,
					this.matchingOn);
		}

		public YoungPerson livingIn(RegionCode region) {
			return new YoungPerson(this.name, this.age, this.council, region, this.categories, this.types,
					this.matchingOn);
		}

		public YoungPerson interestedIn(Category... categories) {
			return new YoungPerson(this.name, this.age, this.council, this.region, Set.of(categories), this.types,
					this.matchingOn);
		}

		/** The types of opportunity they are interested in. */
		public YoungPerson wanting(OpportunityType... types) {
			return new YoungPerson(this.name, this.age, this.council, this.region, this.categories, Set.of(types),
					this.matchingOn);
		}

		/**
		 * They chose no type of opportunity, so every type that fits them is for them.
		 */
		public YoungPerson wantingAnything() {
			return wanting();
		}

		/** They turned matching on, so the Covenant team may rank and suggest to them. */
		public YoungPerson openToMatching() {
			return new YoungPerson(this.name, this.age, this.council, this.region, this.categories, this.types, true);
		}

		NewCareLeaver answers(String preferredName, String email) {
			return new NewCareLeaver(this.name + " Test", preferredName, email, yearsAgo(this.age), this.council,
					this.region, this.categories, this.types, Situation.TRAINING, null);
		}

	}

	/**
	 * An opportunity to publish: unless told otherwise, an apprenticeship in employment
	 * and work experience, leading to employment, education or training, open to everyone
	 * aged 16 to 25 in England, with no limit on places and no closing date, taken up
	 * through Connects.
	 */
	public static final class NewOpportunity {

		private final String title;

		private OpportunityType type = OpportunityType.APPRENTICESHIP;

		private Category category = Category.EMPLOYMENT_AND_WORK_EXPERIENCE;

		private Outcome outcome = Outcome.EMPLOYMENT_EDUCATION_TRAINING;

		private Scope scope = Scope.NATIONAL;

		private List<RegionCode> regions = List.of();

		private List<LocalAuthorityId> councils = List.of();

		private int ageFrom = 16;

		private int ageTo = 25;

		private Integer places;

		private LocalDate closesOn;

		private TakeUpRoute route = TakeUpRoute.CONNECTS;

		private boolean confirmedOnly;

		private NewOpportunity(String title) {
			this.title = title;
		}

		public NewOpportunity ofType(OpportunityType type) {
			this.type = type;
			return this;
		}

		public NewOpportunity in(Category category) {
			this.category = category;
			return this;
		}

		public NewOpportunity leadingTo(Outcome outcome) {
			this.outcome = outcome;
			return this;
		}

		/** Open only in these regions. */
		public NewOpportunity inRegions(RegionCode... regions) {
			this.scope = Scope.REGIONS;
			this.regions = List.of(regions);
			return this;
		}

		/** Open only to young people these councils looked after. */
		public NewOpportunity forCouncils(LocalAuthorityId... councils) {
			this.scope = Scope.COUNCILS;
			this.councils = List.of(councils);
			return this;
		}

		public NewOpportunity forAges(int from, int to) {
			this.ageFrom = from;
			this.ageTo = to;
			return this;
		}

		public NewOpportunity withPlaces(Integer places) {
			this.places = places;
			return this;
		}

		public NewOpportunity closingOn(LocalDate closesOn) {
			this.closesOn = closesOn;
			return this;
		}

		/**
		 * How young people take it up: through a link to the organisation's own site or
		 * with a code (each made up here), or through Connects.
		 */
		public NewOpportunity takenUpBy(TakeUpRoute route) {
			this.route = route;
			return this;
		}

		/** Only for young people whose care experience is confirmed. */
		public NewOpportunity forConfirmedOnly() {
			this.confirmedOnly = true;
			return this;
		}

		OpportunityDetails details() {
			String applyUrl = (this.route == TakeUpRoute.LINK) ? "https://example.com/apply" : null;
			String accessCode = (this.route == TakeUpRoute.CODE)
					? "CODE-" + UUID.randomUUID().toString().substring(0, 6) : null;
			return new OpportunityDetails(this.title, "A summary of " + this.title, "All about " + this.title + ".",
					this.type, this.category, Set.of(this.outcome), this.scope, this.regions, this.councils,
					this.ageFrom, this.ageTo, null, this.places, null, this.closesOn, null, this.route, applyUrl,
					accessCode, Barriers.NONE, InternshipFacts.NONE, this.confirmedOnly);
		}

	}

}
