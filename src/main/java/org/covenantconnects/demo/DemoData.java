package org.covenantconnects.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.covenantconnects.careleaver.CareLeavers;
import org.covenantconnects.careleaver.NewCareLeaver;
import org.covenantconnects.careleaver.Situation;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.Role;
import org.covenantconnects.identity.StaffChecks;
import org.covenantconnects.opportunity.Category;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.platform.Dataset;
import org.covenantconnects.supporter.CouncilEmailDomains;
import org.covenantconnects.supporter.NewSupporter;
import org.covenantconnects.supporter.OrganisationType;
import org.covenantconnects.supporter.SupporterRole;
import org.covenantconnects.supporter.Supporters;
import org.covenantconnects.supporter.Verification;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Loads one demo account per role, a second supporter who waits to be verified, the demo
 * care leaver's profile and the supporters' profiles, and gives Manchester council an
 * allowed email domain. Runs at start-up, repeatably: accounts that exist are left as
 * they are. Start-up fails, and nothing is written, if the database holds real data.
 */
@Component
@ConditionalOnProperty(name = "connects.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

	/**
	 * The password of every demo account; shown in the README, so never use it for real.
	 */
	static final String PASSWORD = "covenant-demo";

	static final String CARE_LEAVER_EMAIL = "care-leaver@example.com";

	static final String SUPPORTER_EMAIL = "supporter@example.com";

	/**
	 * Newcastle College's own contact: an address at the college's demo staff email
	 * domain makes them the college's contact on Connects.
	 */
	static final String COLLEGE_CONTACT_EMAIL = "college@ncl-coll.example";

	/** The council of the college's contact, Newcastle upon Tyne. */
	private static final LocalAuthorityId NEWCASTLE = new LocalAuthorityId(6);

	static final List<DemoAccount> ACCOUNTS = List.of(
			new DemoAccount("Jade Okafor", CARE_LEAVER_EMAIL, Role.CARE_LEAVER),
			new DemoAccount("Sam Patel", "supporter@example.com", Role.SUPPORTER),
			new DemoAccount("Priya Shah", "signatory@example.com", Role.SIGNATORY),
			new DemoAccount("Chris Morgan", "coordinator@example.com", Role.COORDINATOR),
			new DemoAccount("Alex Reid", "admin@example.com", Role.ADMIN),
			new DemoAccount("Robin Hughes", "pending-supporter@example.com", Role.SUPPORTER),
			new DemoAccount("Kim Lowe", "lapsed-coordinator@example.com", Role.COORDINATOR),
			new DemoAccount("Tom Charlton", COLLEGE_CONTACT_EMAIL, Role.SUPPORTER));

	/**
	 * The demo supporter's council, and a fictional email domain on its allowed list: a
	 * supporter who registers for Manchester with an address there is verified at once.
	 */
	static final LocalAuthorityId MANCHESTER = new LocalAuthorityId(24);

	static final String MANCHESTER_DOMAIN = "manchester-council.example";

	private static final Log log = LogFactory.getLog(DemoData.class);

	private final Dataset dataset;

	private final Accounts accounts;

	private final Supporters supporters;

	private final CouncilEmailDomains councilEmailDomains;

	private final CareLeavers careLeavers;

	private final StaffChecks staffChecks;

	private final Clock clock;

	DemoData(Dataset dataset, Accounts accounts, Supporters supporters, CouncilEmailDomains councilEmailDomains,
			CareLeavers careLeavers, StaffChecks staffChecks, Clock clock) {
		this.staffChecks = staffChecks;
		this.dataset = dataset;
		this.accounts = accounts;
		this.supporters = supporters;
		this.councilEmailDomains = councilEmailDomains;
		this.careLeavers = careLeavers;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.anyReal() && this.dataset.kind().filter(Dataset.Kind.demo::equals).isEmpty()) {
			throw new IllegalStateException(
					"This database holds real accounts; demo data will not be loaded into it. Start without the demo profile, or use an empty data folder.");
		}
		this.dataset.claimFor(Dataset.Kind.demo);
		for (DemoAccount account : ACCOUNTS) {
			this.accounts.createDemoAccount(account.name(), account.email(), PASSWORD, account.role());
		}
		supporters();
		careLeaverProfile();
		dbsChecks();
		log.info("Demo data ready: sign in as any of " + ACCOUNTS.stream().map(DemoAccount::email).toList()
				+ " with the password '" + PASSWORD + "'");
	}

	/**
	 * The demo coordinator's enhanced DBS check, issued a year ago and in date for two
	 * more; and a second coordinator whose check expired last month, who is refused young
	 * people's records and is listed as expired to the administrator.
	 */
	private void dbsChecks() {
		LocalDate today = this.staffChecks.today();
		this.accounts.idOf("coordinator@example.com")
			.filter((account) -> this.staffChecks.of(account).isEmpty())
			.ifPresent((account) -> this.staffChecks.recordForSetUp(account, today.minusYears(1), "001234567890",
					StaffChecks.defaultRenewal(today.minusYears(1))));
		this.accounts.idOf("lapsed-coordinator@example.com")
			.filter((account) -> this.staffChecks.of(account).isEmpty())
			.ifPresent((account) -> this.staffChecks.recordForSetUp(account, today.minusYears(3).minusMonths(1),
					"009876543210", StaffChecks.defaultRenewal(today.minusYears(3).minusMonths(1))));
	}

	/**
	 * A verified personal adviser at Manchester council, a verified member of Newcastle
	 * College's staff who keeps its offers, and a charity worker waiting for a
	 * coordinator to verify them.
	 */
	private void supporters() {
		if (!this.councilEmailDomains.of(MANCHESTER).contains(MANCHESTER_DOMAIN)) {
			this.councilEmailDomains.add(MANCHESTER, MANCHESTER_DOMAIN, null);
		}
		this.accounts.idOf("supporter@example.com")
			.ifPresent(
					(account) -> this.supporters.createDemoSupporter(
							account, new NewSupporter("Sam Patel", SupporterRole.PERSONAL_ADVISER,
									OrganisationType.COUNCIL, null, MANCHESTER, "supporter@example.com"),
							Verification.VERIFIED));
		this.accounts.idOf(COLLEGE_CONTACT_EMAIL)
			.ifPresent((account) -> this.supporters.createDemoSupporter(account,
					new NewSupporter("Tom Charlton", SupporterRole.COLLEGE_STAFF,
							OrganisationType.COLLEGE_OR_UNIVERSITY, "Newcastle College", NEWCASTLE,
							COLLEGE_CONTACT_EMAIL),
					Verification.VERIFIED));
		this.accounts.idOf("pending-supporter@example.com")
			.ifPresent((account) -> this.supporters.createDemoSupporter(account,
					new NewSupporter("Robin Hughes", SupporterRole.CHARITY_WORKER, OrganisationType.CHARITY,
							"Safe Harbour Youth Project", new LocalAuthorityId(44), "pending-supporter@example.com"),
					Verification.PENDING));
	}

	/**
	 * The demo care leaver's profile, so that For you shows demo opportunities that fit:
	 * 19, looked after by Manchester, living in the North West, interested in
	 * apprenticeships, jobs and leisure, and open to suggestions from the Covenant team.
	 */
	private void careLeaverProfile() {
		LocalDate nineteen = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/London")))
			.minusYears(19)
			.minusDays(40);
		this.accounts.idOf(CARE_LEAVER_EMAIL).ifPresent((account) -> {
			if (this.careLeavers.profile(account).isPresent()) {
				return;
			}
			this.careLeavers.createDemoProfile(account,
					new NewCareLeaver("Jade Okafor", null, CARE_LEAVER_EMAIL, nineteen, new LocalAuthorityId(24),
							new RegionCode("E12000002"), Set.of(Category.LEISURE_AND_LIFESTYLE),
							Set.of(OpportunityType.APPRENTICESHIP, OpportunityType.JOB), Situation.TRAINING,
							"To work in a professional kitchen"));
			// She asked the Covenant team for suggestions, so the demo coordinator can
			// match her.
			this.careLeavers.setOpenToSuggestions(account, true);
		});
	}

	record DemoAccount(String name, String email, Role role) {

	}

}
