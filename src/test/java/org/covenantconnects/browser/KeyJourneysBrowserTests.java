package org.covenantconnects.browser;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.mail.internet.MimeMessage;

import org.covenantconnects.TestMailServer;
import org.covenantconnects.browser.Browser.Scripts;
import org.covenantconnects.careleaver.CareLeavers;
import org.covenantconnects.careleaver.NewCareLeaver;
import org.covenantconnects.careleaver.Situation;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.Role;
import org.covenantconnects.opportunity.Category;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.signatory.NewOrganisation;
import org.covenantconnects.signatory.Sector;
import org.covenantconnects.signatory.Signatories;
import org.covenantconnects.signatory.SignatoryId;
import org.covenantconnects.signatory.Size;
import org.covenantconnects.takeup.TakeUps;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The key journeys in a real Chromium, once with JavaScript and once without. Every page
 * visited is checked for accessibility (axe, WCAG 2.2 AA) and HTML conformance (Nu HTML
 * Checker); a page that fails is photographed into {@code target/browser-screenshots}.
 * Run only these with {@code ./mvnw test -Dgroups=browser}.
 */
@Tag("browser")
@ExtendWith(TestMailServer.class)
// The DevTools commands used go through chromedriver, so Selenium's warnings that it has
// no DevTools bindings for this Chromium are noise.
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "connects.rate-limits.sign-in=200",
				"logging.level.org.openqa.selenium.devtools.CdpVersionFinder=error",
				"logging.level.org.openqa.selenium.chromium.ChromiumDriver=error" })
@ActiveProfiles({ "test", "demo" })
@Import(ServedPages.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeyJourneysBrowserTests {

	private static final String DEMO_PASSWORD = "covenant-demo";

	@LocalServerPort
	private int port;

	@Autowired
	private ServedPages served;

	@Autowired
	private Accounts accounts;

	@Autowired
	private CareLeavers careLeavers;

	@Autowired
	private TakeUps takeUps;

	@Autowired
	private Signatories signatories;

	@Autowired
	private JdbcClient jdbc;

	private final Map<Scripts, Browser> browsers = new EnumMap<>(Scripts.class);

	private Accessibility accessibility;

	private HtmlConformance html;

	@ParameterizedTest
	@EnumSource
	void theHomePageInvitesYouToCreateAnAccountOrSignIn(Scripts scripts) {
		Browser browser = startJourney("home", scripts);
		browser.open("/", "home");
		assertThat(browser.heading()).isEqualTo("Support for young people leaving care");
	}

	@ParameterizedTest(name = "{1} with scripts {0}")
	@MethodSource("demoAccountsWithScriptsOnAndOff")
	void eachDemoAccountSignsInToTheirOwnHomeAndSignsOut(Scripts scripts, String email, String name) {
		Browser browser = startJourney("sign-in-" + email.substring(0, email.indexOf('@')), scripts);
		SigningIn.signIn(browser, email, DEMO_PASSWORD, "home");
		if (email.startsWith("care-leaver")) {
			// A care leaver's home is the opportunities that fit them.
			assertThat(browser.path()).isEqualTo("/for-you");
			assertThat(browser.heading()).isEqualTo("For you");
		}
		else if (email.startsWith("signatory")) {
			// A signatory user's home is their organisation's page.
			assertThat(browser.path()).isEqualTo("/organisation");
			assertThat(browser.heading()).isEqualTo("Your organisation has signed the Covenant");
		}
		else if (email.startsWith("supporter")) {
			// A supporter's home is in the supporter module, with their region's
			// opportunities.
			assertThat(browser.path()).isEqualTo("/supporter");
			assertThat(browser.heading()).isEqualTo("Hello, " + name);
		}
		else {
			assertThat(browser.path()).isEqualTo("/home");
			assertThat(browser.heading()).isEqualTo("Hello, " + name);
		}
		browser.press("Sign out", "signed-out");
		assertThat(browser.path()).isEqualTo("/signed-out");
		browser.open("/home", "home-after-sign-out");
		assertThat(browser.path()).isEqualTo("/sign-in");
	}

	@ParameterizedTest
	@EnumSource
	void aWrongPasswordIsRefusedWithTheErrorSummary(Scripts scripts) {
		Browser browser = startJourney("wrong-password", scripts);
		browser.open("/sign-in", "sign-in");
		browser.fillIn("email", "care-leaver@example.com");
		browser.fillIn("password", "not-the-password");
		browser.press("Sign in", "refused");
		assertThat(browser.path()).isEqualTo("/sign-in");
		assertThat(browser.title()).startsWith("Error: ");
		assertThat(browser.errorSummary()).containsExactly("Enter a correct email address and password");
	}

	@ParameterizedTest
	@EnumSource
	void registeringAsksWhoYouAreBeforeYourAccountDetails(Scripts scripts) {
		Browser browser = startJourney("register", scripts);
		browser.open("/register", "who-are-you");
		assertThat(browser.heading()).isEqualTo("Which describes you?");
		browser.press("Continue", "who-are-you-unanswered");
		assertThat(browser.title()).startsWith("Error: ");
		assertThat(browser.errorSummary()).containsExactly("Select who you are");
		browser.choose("who");
		browser.press("Continue", "first-question");
		assertThat(browser.path()).isEqualTo("/register/care-leaver");
		assertThat(browser.heading()).isEqualTo("Your name");
	}

	@ParameterizedTest
	@EnumSource
	void aYoungPersonRegistersSeesAFittingFeedAppliesThenDownloadsAndDeletesTheirData(Scripts scripts) {
		String email = "young-" + scripts.name().toLowerCase() + "-" + System.nanoTime() + "@example.com";
		Browser browser = startJourney("care-leaver", scripts);
		browser.open("/register", "who-are-you");
		browser.choose("who");
		browser.press("Continue", "name");
		browser.press("Continue", "name-unanswered");
		assertThat(browser.errorSummary()).containsExactly("Enter your full name");
		browser.fillIn("fullName", "Robin Adeyemi");
		browser.fillIn("preferredName", "Robin");
		browser.press("Continue", "date-of-birth");
		assertThat(browser.heading()).isEqualTo("What is your date of birth?");
		browser.fillIn("dateOfBirth.day", "31");
		browser.fillIn("dateOfBirth.month", "2");
		browser.fillIn("dateOfBirth.year", String.valueOf(java.time.LocalDate.now().getYear() - 19));
		browser.press("Continue", "date-of-birth-impossible");
		assertThat(browser.errorSummary()).containsExactly("Date of birth must be a real date");
		browser.fillIn("dateOfBirth.day", "3");
		browser.press("Continue", "email");
		browser.fillIn("email", email);
		browser.press("Continue", "council");
		browser.select("council", "24");
		browser.press("Continue", "region");
		browser.choose("region-E12000006");
		browser.press("Continue", "interests");
		browser.choose("types-MENTORING");
		browser.press("Continue", "situation");
		browser.choose("situation-TRAINING");
		browser.press("Continue", "ambitions");
		browser.fillIn("ambitions", "To run my own cafe");
		browser.press("Continue", "privacy");
		browser.press("Continue", "privacy-unanswered");
		assertThat(browser.errorSummary()).containsExactly("Select that you understand how we use your information");
		browser.choose("agreed");
		browser.press("Continue", "check-answers");
		assertThat(browser.heading()).isEqualTo("Check your answers");
		browser.press("Continue", "password");
		browser.fillIn("password", "marble kite tundra");
		browser.press("Create my account", "check-email");
		assertThat(browser.heading()).isEqualTo("Check your email");

		String link = TestMailServer.body(TestMailServer.awaitEmails(email, 1).get(0))
			.lines()
			.filter((line) -> line.contains("/verify-email/"))
			.findFirst()
			.orElseThrow();
		browser.open(link.substring(link.indexOf("/verify-email/")).trim(), "confirm-email");
		browser.press("Confirm email address", "email-confirmed");
		signIn(browser, email, "marble kite tundra", "for-you");
		assertThat(browser.path()).isEqualTo("/for-you");
		assertThat(browser.heading()).isEqualTo("For you");
		assertThat(browser.textOf("feed-count")).matches("[1-9]\\d* opportunit(y|ies) fits? you");

		// The best fit is one of the demo's mentoring offers, which differ in title.
		String best = browser.textOfFirst(".app-result a");
		browser.followFirst(".app-result a", "opportunity");
		assertThat(browser.heading()).isEqualTo(best);
		assertThat(browser.textOf("main-content")).contains("Mentoring");
		browser.press("Save for later", "saved");
		browser.press("Apply", "apply");
		browser.press("Send my application", "apply-unanswered");
		assertThat(browser.errorSummary()).hasSize(1);
		browser.choose("share-EMAIL");
		browser.fillIn("message", "I would like a mentor who runs a business");
		browser.press("Send my application", "my-opportunities");
		assertThat(browser.path()).isEqualTo("/my-opportunities");
		assertThat(browser.heading()).isEqualTo("My opportunities");

		browser.open("/my-account", "my-account");
		browser.follow("Your details: the name we call you, where you live, your interests, what you are doing now "
				+ "and your college or university", "your-details");
		assertThat(browser.heading()).isEqualTo("Your details");
		browser.followFirst("a[href='/my-account/details/name']", "details-name");
		browser.fillIn("preferredName", "Robbie");
		browser.press("Save", "details-name-saved");
		browser.followFirst("a[href='/my-account/details/region']", "details-region");
		browser.choose("region-E12000007");
		browser.press("Save", "details-region-saved");
		browser.followFirst("a[href='/my-account/details/interests']", "details-interests");
		browser.choose("categories");
		browser.press("Save", "details-interests-saved");
		browser.followFirst("a[href='/my-account/details/situation']", "details-situation");
		browser.choose("situation");
		browser.press("Save", "details-situation-saved");
		browser.followFirst("a[href='/my-account/details/institution']", "details-institution");
		browser.fillIn("institution", "S".repeat(101));
		browser.press("Save", "details-institution-too-long");
		assertThat(browser.errorSummary())
			.containsExactly("The name of your college or university must be 100 characters or fewer");
		browser.fillIn("institution", "Sheffield College");
		browser.press("Save", "details-saved");
		assertThat(browser.textOf("main-content")).contains("Robbie", "London", "Education and training",
				"In education", "Sheffield College");
		browser.open("/my-account", "my-account-after-details");
		assertThat(browser.download("/my-account/data")).contains(email, "Robin Adeyemi", "APPLIED",
				"I would like a mentor who runs a business", "Sheffield College");
		browser.follow("Delete your account", "delete");
		browser.press("Delete my account", "delete-unanswered");
		assertThat(browser.errorSummary()).containsExactly("Select that you understand your account will be deleted");
		browser.choose("confirmed");
		browser.fillIn("currentPassword", "not my password");
		browser.press("Delete my account", "delete-wrong-password");
		assertThat(browser.errorSummary()).containsExactly("Your password is not right. Try again");
		// The box stays ticked; only the password is asked for again.
		browser.fillIn("currentPassword", "marble kite tundra");
		browser.press("Delete my account", "deleted");
		assertThat(browser.path()).isEqualTo("/account-deleted");
		browser.open("/for-you", "for-you-after-deletion");
		assertThat(browser.path()).isEqualTo("/sign-in");
	}

	@ParameterizedTest
	@EnumSource
	void anUnknownAddressShowsPageNotFound(Scripts scripts) {
		Browser browser = startJourney("not-found", scripts);
		browser.open("/no-such-page", "not-found");
		assertThat(browser.heading()).isEqualTo("Page not found");
		browser.follow("Covenant Connects home page", "home");
		assertThat(browser.path()).isEqualTo("/");
	}

	@ParameterizedTest
	@EnumSource
	void theFooterLeadsToTheOpenDataPageAndASearchToItsFeed(Scripts scripts) {
		Browser browser = startJourney("open-data", scripts);
		browser.open("/", "home");
		browser.followOutsideMain("Open data", "open-data");
		assertThat(browser.heading()).isEqualTo("Open data");
		browser.follow("Find opportunities", "search");
		assertThat(browser.textOf("feed")).contains("Atom feed");
	}

	@ParameterizedTest
	@EnumSource
	void anOrganisationSignsTheCovenantAndACoordinatorApprovesIt(Scripts scripts) {
		String organisation = "Lantern Cafes " + scripts;
		String contact = "lantern-" + scripts.name().toLowerCase() + "-" + System.nanoTime() + "@example.com";
		Browser browser = startJourney("sign-the-covenant", scripts);
		browser.open("/signatories/join", "join");
		browser.press("Continue", "join-unanswered");
		assertThat(browser.errorSummary()).contains("Enter your organisation's name", "Enter a password");
		browser.fillIn("name", organisation);
		browser.choose("sector-VOLUNTARY");
		browser.choose("size-SMALL");
		browser.choose("national-no");
		browser.choose("regions-E12000002");
		browser.fillIn("couldOffer", "Barista training and paid shifts in our cafes");
		browser.fillIn("contactName", "Morgan Lee");
		browser.fillIn("contactEmail", contact);
		browser.fillIn("password", "copper window saddle");
		browser.press("Continue", "check-email");
		assertThat(browser.heading()).isEqualTo("Check your email");

		String link = TestMailServer.body(TestMailServer.awaitEmails(contact, 1).get(0))
			.lines()
			.filter((line) -> line.contains("/verify-email/"))
			.findFirst()
			.orElseThrow();
		browser.open(link.substring(link.indexOf("/verify-email/")).trim(), "confirm-email");
		browser.press("Confirm email address", "email-confirmed");
		signIn(browser, contact, "copper window saddle", "organisation");
		assertThat(browser.path()).isEqualTo("/organisation");

		browser.follow("Sign the statement of intent", "statement-of-intent");
		browser.fillIn("leaderName", "Ash Kumar");
		browser.fillIn("leaderRole", "Chief executive");
		browser.fillIn("signedOn.day", "31");
		browser.fillIn("signedOn.month", "2");
		browser.fillIn("signedOn.year", "2026");
		browser.choose("confirmed");
		browser.press("Save and continue", "statement-impossible-date");
		assertThat(browser.errorSummary()).containsExactly("The date the statement was signed must be a real date");
		browser.fillIn("signedOn.day", "2");
		browser.press("Save and continue", "tasks-after-statement");
		browser.follow("Describe your offer (proforma)", "proforma");
		browser.fillIn("firstOpportunities", "Barista apprenticeship in Manchester, two places each September");
		browser.press("Save and continue", "tasks-after-proforma");
		browser.follow("Send for review", "check-answers");
		assertThat(browser.heading()).isEqualTo("Check your answers before sending them");
		browser.press("Send for review", "sent");
		assertThat(browser.path()).isEqualTo("/organisation");
		browser.press("Sign out", "signed-out");

		signIn(browser, "coordinator@example.com", DEMO_PASSWORD, "coordinator-home");
		browser.open("/coordinator/signatories", "pipeline");
		browser.follow(organisation, "review");
		browser.press("Approve: the organisation has signed", "approved");
		assertThat(browser.heading()).isEqualTo(organisation);
		SigningIn.stepAway(browser);

		// Now signed, the organisation offers its first opportunity.
		String title = "Barista apprenticeship " + scripts + " " + System.nanoTime();
		signIn(browser, contact, "copper window saddle", "signed-organisation");
		assertThat(browser.heading()).isEqualTo("Your organisation has signed the Covenant");
		browser.open("/organisation/opportunities/new", "new-opportunity");
		browser.fillIn("title", title);
		browser.fillIn("summary", "Learn to run a busy cafe, paid, with a mentor");
		browser.fillIn("description", "Two days a week at college and three in our Manchester cafes.");
		browser.select("type", "APPRENTICESHIP");
		browser.choose("category-EMPLOYMENT_AND_WORK_EXPERIENCE");
		browser.choose("outcomes-EMPLOYMENT_EDUCATION_TRAINING");
		browser.choose("scope-REGIONS");
		browser.choose("regions-E12000002");
		browser.choose("takeUp");
		browser.press("Save", "opportunity-saved");
		assertThat(browser.heading()).isEqualTo(title);
		browser.press("Send for review", "opportunity-sent");
		SigningIn.stepAway(browser);

		signIn(browser, "coordinator@example.com", DEMO_PASSWORD, "coordinator-moderates");
		browser.open("/coordinator/opportunities", "moderation-queue");
		browser.follow(title, "moderation-review");
		browser.press("Publish", "published");
		SigningIn.stepAway(browser);

		browser.open("/opportunities?q=" + java.net.URLEncoder.encode(title, java.nio.charset.StandardCharsets.UTF_8),
				"found-in-search");
		browser.follow(title, "public-opportunity");
		assertThat(browser.heading()).isEqualTo(title);
	}

	@ParameterizedTest
	@EnumSource
	void aSignatoryUserInvitesAColleagueWhoJoinsAndIsLaterRemoved(Scripts scripts) {
		String colleague = "colleague-" + scripts.name().toLowerCase() + "-" + System.nanoTime() + "@example.com";
		Browser browser = startJourney("colleagues", scripts);
		signIn(browser, "signatory@example.com", DEMO_PASSWORD, "organisation");
		browser.follow("See and invite colleagues", "colleagues");
		browser.press("Send invitation", "colleagues-unanswered");
		assertThat(browser.errorSummary()).containsExactly("Enter your colleague's name",
				"Enter your colleague's work email address");
		browser.fillIn("name", "Robin Hale");
		browser.fillIn("email", colleague);
		browser.press("Send invitation", "colleague-invited");
		assertThat(browser.path()).isEqualTo("/organisation/colleagues");
		SigningIn.stepAway(browser);

		String link = TestMailServer.body(TestMailServer.awaitEmails(colleague, 1).get(0))
			.lines()
			.filter((line) -> line.contains("/colleague-invitation/"))
			.findFirst()
			.orElseThrow();
		browser.open(link.substring(link.indexOf("/colleague-invitation/")).trim(), "colleague-invitation");
		assertThat(browser.heading()).isEqualTo("Choose your password");
		browser.fillIn("password", "bramble copper kite");
		browser.press("Save password and start", "colleague-password-set");
		signIn(browser, colleague, "bramble copper kite", "colleague-organisation");
		assertThat(browser.path()).isEqualTo("/organisation");
		browser.press("Sign out", "colleague-signed-out");

		AccountId joined = this.accounts.holderOf(colleague).orElseThrow().id();
		signIn(browser, "signatory@example.com", DEMO_PASSWORD, "organisation-again");
		browser.open("/organisation/colleagues", "colleagues-with-colleague");
		browser.followFirst("a[href='/organisation/colleagues/" + joined + "/remove']", "remove-colleague");
		assertThat(browser.heading()).startsWith("Remove Robin Hale from");
		browser.press("Remove Robin Hale", "colleague-removed");
		assertThat(browser.path()).isEqualTo("/organisation/colleagues");
		SigningIn.stepAway(browser);
		signIn(browser, colleague, "bramble copper kite", "removed-colleague");
		assertThat(browser.heading()).isEqualTo("You do not act for an organisation");
		browser.press("Sign out", "removed-colleague-signed-out");

		// The users of a signatory that has lapsed are told why they see no applications.
		String lapsedUser = "lapsed-" + scripts.name().toLowerCase() + "-" + System.nanoTime() + "@example.com";
		AccountId member = this.accounts.createDemoAccount("Lee Lapsed", lapsedUser, DEMO_PASSWORD, Role.SIGNATORY);
		SignatoryId lapsed = this.signatories
			.createDemoSignatory(
					new NewOrganisation("Lapsed Lanterns " + scripts + " " + System.nanoTime(), Sector.VOLUNTARY,
							Size.SMALL, null, true, List.of(), "Evening workshops"),
					LocalDate.now().minusYears(2), member);
		this.signatories.lapse(lapsed);
		signIn(browser, lapsedUser, DEMO_PASSWORD, "lapsed-organisation");
		browser.open("/organisation/applications", "lapsed-applications");
		assertThat(browser.heading()).isEqualTo("You can no longer see applications");
	}

	@ParameterizedTest
	@EnumSource
	void anAdviserRegistersIsVerifiedByACoordinatorAndSendsAnOpportunityToAYoungPerson(Scripts scripts) {
		String name = "Jo Adviser " + scripts;
		String email = "jo-" + scripts.name().toLowerCase() + "-" + System.nanoTime() + "@leeds-council.example";
		Browser browser = startJourney("supporter-verified-by-coordinator", scripts);
		browser.open("/register", "who-are-you");
		browser.choose("who-supporter");
		browser.press("Continue", "name");
		assertThat(browser.path()).isEqualTo("/register/supporter");
		browser.press("Continue", "name-unanswered");
		assertThat(browser.title()).startsWith("Error: ");
		assertThat(browser.errorSummary()).containsExactly("Enter your name");
		answerAsAdviser(browser, name, "44", email);
		assertThat(browser.heading()).isEqualTo("Check your answers");
		browser.fillIn("password", "maple orbit kettle");
		browser.press("Create account", "check-answers-no-consent");
		assertThat(browser.errorSummary())
			.containsExactly("Confirm that you have read the privacy notice and agree to us keeping your details");
		browser.fillIn("password", "maple orbit kettle");
		browser.choose("consent");
		browser.press("Create account", "check-email");
		assertThat(browser.heading()).isEqualTo("Check your email");
		confirmEmail(browser, email);

		signIn(browser, email, "maple orbit kettle", "pending-home");
		assertThat(browser.path()).isEqualTo("/supporter");
		assertThat(browser.heading()).isEqualTo("We are checking your account");
		SigningIn.stepAway(browser);

		signIn(browser, "coordinator@example.com", DEMO_PASSWORD, "coordinator-home");
		browser.follow("Supporters to verify", "supporters-to-verify");
		browser.follow(name, "supporter-review");
		browser.press("Decline", "decline-without-reason");
		assertThat(browser.errorSummary())
			.containsExactly("Enter why you are declining them: they will see what you write");
		browser.press("Verify: they work with care leavers here", "verified");
		assertThat(browser.heading()).isEqualTo("Supporters to verify");
		SigningIn.stepAway(browser);

		signIn(browser, email, "maple orbit kettle", "verified-home");
		assertThat(browser.heading()).isEqualTo("Hello, " + name);
		assertThat(browser.textOf("result-count")).matches("[1-9][\\d,]* open opportunit(y|ies)");
		browser.open("/opportunities?q=cinema", "search");
		browser.follow("Free cinema tickets for you and a friend", "opportunity");
		String young = "young-" + scripts.name().toLowerCase() + "-" + System.nanoTime() + "@example.com";
		browser.fillIn("recipient", "not an email");
		browser.press("Send by email", "share-refused");
		assertThat(browser.errorSummary())
			.containsExactly("Enter an email address in the correct format, like name@example.com");
		browser.fillIn("recipient", young);
		browser.press("Send by email", "shared");
		assertThat(browser.heading()).isEqualTo("Send this opportunity to a young person");
		String sent = TestMailServer.body(TestMailServer.awaitEmails(young, 1).get(0));
		assertThat(sent).contains(name + ", a personal adviser at Leeds council");
	}

	@ParameterizedTest
	@EnumSource
	void anAdviserAtACouncilWhoseEmailDomainIsAllowedIsVerifiedAtOnce(Scripts scripts) {
		String domain = "leeds-" + scripts.name().toLowerCase() + "-" + System.nanoTime() + ".example";
		Browser browser = startJourney("supporter-verified-by-domain", scripts);
		signIn(browser, "coordinator@example.com", DEMO_PASSWORD, "coordinator-home");
		browser.follow("Councils' allowed email domains", "councils");
		browser.follow("Leeds", "leeds-domains");
		browser.fillIn("domain", "gmail.com");
		browser.press("Add domain", "public-provider-refused");
		assertThat(browser.errorSummary())
			.containsExactly("You cannot allow gmail.com: anyone can get an email address there");
		browser.fillIn("domain", domain);
		browser.press("Add domain", "domain-added");
		assertThat(browser.heading()).isEqualTo("Allowed email domains for Leeds");
		SigningIn.stepAway(browser);

		String name = "Ash Adviser " + scripts;
		String email = "ash@" + domain;
		browser.open("/register/supporter", "name");
		answerAsAdviser(browser, name, "44", email);
		browser.fillIn("password", "copper lantern meadow");
		browser.choose("consent");
		browser.press("Create account", "check-email");
		confirmEmail(browser, email);
		signIn(browser, email, "copper lantern meadow", "verified-home");
		assertThat(browser.path()).isEqualTo("/supporter");
		assertThat(browser.heading()).isEqualTo("Hello, " + name);
	}

	@ParameterizedTest
	@EnumSource
	void aYoungPersonWhoseEmailIsRefusedIsAskedToChangeItOnEveryPage(Scripts scripts) {
		String name = "Lee " + scripts + " " + System.nanoTime() % 100000;
		String email = "lee-" + scripts.name().toLowerCase() + "-" + System.nanoTime() + "@example.com";
		AccountId account = this.accounts.createDemoAccount(name, email, "amber quarry lantern", Role.CARE_LEAVER);
		this.careLeavers.createDemoProfile(account,
				new NewCareLeaver(name, null, email, LocalDate.now().minusYears(18).minusDays(10),
						new LocalAuthorityId(24), new RegionCode("E12000002"), Set.of(), Set.of(OpportunityType.JOB),
						Situation.NONE, null));
		// As the outbox records a mail server's permanent refusal.
		this.jdbc.sql(
				"insert into email_undeliverable (address, reason, since) values (:address, '550 no such user', now())")
			.param("address", email)
			.update();
		Browser browser = startJourney("undeliverable-address", scripts);
		signIn(browser, email, "amber quarry lantern", "for-you");
		assertThat(browser.textOf("undeliverable-address-title")).isEqualTo("Important");
		browser.followOutsideMain("Change your email address", "change-email");
		assertThat(browser.path()).isEqualTo("/my-account/email");
		browser.press("Sign out", "signed-out");
	}

	@ParameterizedTest
	@EnumSource
	void aYoungPersonLinksTheirAdviserWhoSeesWhatTheySavedAndAppliedForAndSuggestsAnOpportunity(Scripts scripts) {
		String name = "Kit " + scripts + " " + System.nanoTime() % 100000;
		String email = "kit-" + scripts.name().toLowerCase() + "-" + System.nanoTime() + "@example.com";
		AccountId account = this.accounts.createDemoAccount(name, email, "velvet harbour comet", Role.CARE_LEAVER);
		this.careLeavers.createDemoProfile(account,
				new NewCareLeaver(name, null, email, LocalDate.now().minusYears(19).minusDays(10),
						new LocalAuthorityId(24), new RegionCode("E12000006"), Set.of(),
						Set.of(OpportunityType.MENTORING), Situation.TRAINING, null));
		Browser browser = startJourney("linking-an-adviser", scripts);
		signIn(browser, email, "velvet harbour comet", "for-you");
		browser.followFirst(".app-result a", "opportunity");
		String title = browser.heading();
		browser.press("Save for later", "saved");
		browser.press("Apply", "apply");
		browser.choose("share-EMAIL");
		browser.press("Send my application", "my-opportunities");

		browser.open("/my-account", "my-account");
		browser.follow("See and change who you are linked with", "people-who-help-you");
		assertThat(browser.heading()).isEqualTo("People who help you");
		browser.follow("Invite your personal adviser or someone who supports you", "invite");
		browser.press("Send the invitation", "invite-unanswered");
		assertThat(browser.errorSummary()).containsExactly("Enter their email address");
		browser.fillIn("email", "supporter@example.com");
		browser.press("Send the invitation", "invited");
		assertThat(browser.heading()).isEqualTo("People who help you");
		browser.press("Sign out", "young-person-signed-out");

		signIn(browser, "supporter@example.com", DEMO_PASSWORD, "adviser-home");
		browser.follow("See the young people linked with you, and invitations from young people", "young-people");
		browser.press("Accept the invitation from " + name, "accepted");
		assertThat(browser.textOf("main-content")).as("the latest change to their opportunities")
			.contains(title, "Applied");
		browser.follow(name, "young-person");
		assertThat(browser.heading()).isEqualTo(name);
		assertThat(browser.textOf("main-content")).contains(title, "Applied");
		browser.open("/opportunities?q=cinema", "search");
		browser.follow("Free cinema tickets for you and a friend", "opportunity-to-suggest");
		browser.press("Continue", "suggest-unanswered");
		assertThat(browser.errorSummary()).containsExactly("Select the young person it is for",
				"Select whether to suggest it or refer them");
		browser.choose("link");
		browser.choose("kind");
		browser.press("Continue", "suggested");
		assertThat(browser.heading()).isEqualTo(name);
		SigningIn.stepAway(browser);

		signIn(browser, email, "velvet harbour comet", "for-you-with-suggestion");
		assertThat(browser.textOf("main-content")).contains("Suggested by Sam Patel");
		browser.press("Remove from this list Free cinema tickets for you and a friend", "suggestion-removed");
		assertThat(browser.textOf("main-content")).doesNotContain("Suggested by Sam Patel");
		browser.open("/people-who-help-you", "linked");
		browser.press("End this link with Sam Patel, a personal adviser at Manchester council", "link-ended");
		assertThat(browser.textOf("main-content")).contains("Nobody is linked with you.");
	}

	@ParameterizedTest
	@EnumSource
	void aCoordinatorFindsAYoungPersonAnOpportunityFitsSuggestsItAndTheyApplyByReferral(Scripts scripts) {
		String name = "Remi Match " + scripts.name().toLowerCase() + " " + System.nanoTime() % 100000;
		String email = "matching-" + scripts.name().toLowerCase() + "-" + System.nanoTime() + "@example.com";
		AccountId young = this.careLeavers
			.register(new NewCareLeaver(name, null, email, java.time.LocalDate.now().minusYears(19).minusDays(5),
					new LocalAuthorityId(24), new RegionCode("E12000002"),
					Set.of(Category.EMPLOYMENT_AND_WORK_EXPERIENCE), Set.of(OpportunityType.INTERNSHIP), Situation.NONE,
					null), "copper lantern meadow")
			.orElseThrow();
		this.jdbc.sql("update account set status = 'ACTIVE', email_verified_at = now() where id = :id")
			.param("id", young.value())
			.update();
		this.careLeavers.setOpenToSuggestions(young, true);

		Browser browser = startJourney("matching", scripts);
		signIn(browser, "coordinator@example.com", DEMO_PASSWORD, "coordinator-home");
		browser.follow("Caseload", "caseload");
		assertThat(browser.heading()).isEqualTo("Caseload");
		browser.select("region", "E12000002");
		browser.select("council", "24");
		browser.choose("matching");
		browser.press("Show young people", "caseload-filtered");
		assertThat(browser.textOf("main-content")).contains(name);
		browser.open("/coordinator/caseload?region=nowhere", "caseload-unknown-region");
		assertThat(browser.errorSummary()).containsExactly("Select a region from the list");
		browser.open("/coordinator/caseload/" + young, "young-person-record");
		assertThat(browser.heading()).isEqualTo(name);
		assertThat(browser.textOf("main-content")).contains("Opportunities that fit them best",
				"Matches an interest in internships");

		browser.open("/signatories/northwind-bakeries", "signatory");
		browser.follow("Paid summer internship in digital marketing", "opportunity");
		browser.follow("Find the young people this fits best", "matches");
		assertThat(browser.textOf("main-content")).contains(name, "Interested in internships");
		browser.press("Suggest to them " + name, "suggested");
		assertThat(browser.textOf("main-content"))
			.contains("You suggested Paid summer internship in digital marketing");
		SigningIn.stepAway(browser);

		TestMailServer.awaitEmail(email, "You have been put forward for Paid summer internship in digital marketing");
		signIn(browser, email, "copper lantern meadow", "for-you-put-forward");
		assertThat(browser.textOf("main-content")).contains("You have been put forward",
				"Put forward by The Covenant team");
		browser.followFirst(".app-suggestion a", "put-forward");
		assertThat(browser.heading())
			.isEqualTo("You have been put forward for Paid summer internship in digital marketing");
		browser.press("Yes, send my application", "put-forward-unanswered");
		assertThat(browser.errorSummary()).containsExactly("Select at least one thing to share, so the organisation "
				+ "knows who is applying. Share your email address if you want them to reply to you");
		browser.choose("share-EMAIL");
		browser.press("Yes, send my application", "referred");
		assertThat(browser.heading()).isEqualTo("My opportunities");
		assertThat(browser.textOf("main-content")).contains("Paid summer internship in digital marketing", "Referred");
	}

	@ParameterizedTest
	@EnumSource
	void aCoordinatorRegistersAYoungPersonWhoClaimsTheAccountFromTheEmailedLink(Scripts scripts) {
		String email = "claim-" + scripts.name().toLowerCase() + "-" + System.nanoTime() + "@example.com";
		Browser browser = startJourney("registered-on-their-behalf", scripts);
		signIn(browser, "coordinator@example.com", DEMO_PASSWORD, "coordinator-home");
		browser.follow("Register a young person", "register-young-person");
		browser.press("Send them the link", "register-unanswered");
		assertThat(browser.errorSummary()).containsExactly("Enter their full name", "Enter their email address",
				"Enter their date of birth", "Select the council that looked after them");
		browser.fillIn("fullName", "Rowan Ellis");
		browser.fillIn("email", email);
		browser.fillIn("dateOfBirth.day", "30");
		browser.fillIn("dateOfBirth.month", "2");
		browser.fillIn("dateOfBirth.year", String.valueOf(LocalDate.now().getYear() - 18));
		browser.select("council", "24");
		browser.press("Send them the link", "register-impossible-date");
		assertThat(browser.errorSummary()).containsExactly("Date of birth must be a real date");
		browser.fillIn("dateOfBirth.day", "3");
		browser.press("Send them the link", "registered");
		assertThat(browser.heading()).isEqualTo("We have emailed the young person");
		SigningIn.stepAway(browser);

		String link = TestMailServer.body(TestMailServer.awaitEmails(email, 1).get(0))
			.lines()
			.filter((line) -> line.contains("/claim/"))
			.findFirst()
			.orElseThrow();
		browser.open(link.substring(link.indexOf("/claim/")).trim(), "claim");
		assertThat(browser.heading()).isEqualTo("Finish setting up your account");
		assertThat(browser.textOf("main-content")).contains("Rowan Ellis", "Manchester");
		browser.press("Create my account", "claim-unanswered");
		assertThat(browser.errorSummary()).containsExactly("Choose a password",
				"Select that you have read how we use your information");
		browser.choose("privacy");
		browser.fillIn("password", "saffron tide lantern");
		browser.press("Create my account", "claimed");
		assertThat(browser.heading()).isEqualTo("Your account is ready");
		signIn(browser, email, "saffron tide lantern", "for-you");
		assertThat(browser.path()).isEqualTo("/for-you");
	}

	/** Answers the question pages as a personal adviser at a council, from the name. */
	private static void answerAsAdviser(Browser browser, String name, String council, String email) {
		browser.fillIn("name", name);
		browser.press("Continue", "role");
		browser.choose("role");
		browser.press("Continue", "organisation");
		browser.choose("organisationType");
		browser.press("Continue", "council");
		browser.select("council", council);
		browser.press("Continue", "email");
		browser.fillIn("email", "not-an-email");
		browser.press("Continue", "email-refused");
		assertThat(browser.errorSummary())
			.containsExactly("Enter an email address in the correct format, like name@example.com");
		browser.fillIn("email", email);
		browser.press("Continue", "check-answers");
	}

	private static void confirmEmail(Browser browser, String email) {
		String link = TestMailServer.body(TestMailServer.awaitEmails(email, 1).get(0))
			.lines()
			.filter((line) -> line.contains("/verify-email/"))
			.findFirst()
			.orElseThrow();
		browser.open(link.substring(link.indexOf("/verify-email/")).trim(), "confirm-email");
		browser.press("Confirm email address", "email-confirmed");
	}

	private static void signIn(Browser browser, String email, String password, String stepName) {
		SigningIn.signedInAs(browser, email, password, stepName);
	}

	@ParameterizedTest
	@EnumSource
	void pagesOffTheMainJourneysPassTheSameChecks(Scripts scripts) {
		Browser browser = startJourney("other-pages", scripts);
		browser.open("/register/care-leaver/too-young", "too-young");
		signIn(browser, "care-leaver@example.com", DEMO_PASSWORD, "care-leaver-home");
		browser.open("/my-account/password", "change-password");
		browser.open("/my-account/sharing", "sharing");
		browser.press("Sign out", "care-leaver-signed-out");
		signIn(browser, "supporter@example.com", DEMO_PASSWORD, "supporter-home");
		browser.open("/supporter/young-people/ask", "ask-a-young-person");
		SigningIn.stepAway(browser);
		signIn(browser, "coordinator@example.com", DEMO_PASSWORD, "coordinator-home");
		browser.open("/coordinator/audit-trail", "audit-trail");
		SigningIn.stepAway(browser);
	}

	@ParameterizedTest
	@EnumSource
	void aCareLeaverChoosesAlertsIsToldOfANewOpportunityAndUnsubscribesFromTheEmail(Scripts scripts) {
		Browser browser = startJourney("alerts", scripts);
		signIn(browser, "care-leaver@example.com", DEMO_PASSWORD, "for-you");
		browser.follow("Your alerts", "alerts");
		assertThat(browser.heading()).isEqualTo("Your alerts");
		browser.tick("channels");
		browser.tick("channels-IN_APP");
		browser.choose("frequency");
		browser.press("Save your alerts", "alerts-saved");
		assertThat(browser.path()).isEqualTo("/alerts");
		browser.press("Sign out", "care-leaver-signed-out");

		String title = "Bike repair workshop " + scripts + " " + System.nanoTime();
		signIn(browser, "signatory@example.com", DEMO_PASSWORD, "organisation");
		browser.open("/organisation/opportunities/new", "new-opportunity");
		browser.fillIn("title", title);
		browser.fillIn("summary", "Learn to fix your own bike, and keep the tools");
		browser.fillIn("description", "Three evenings in a community workshop, with a mechanic.");
		browser.select("type", "WORKSHOP_OR_EVENT");
		browser.choose("category-LEISURE_AND_LIFESTYLE");
		browser.choose("outcomes-EMPLOYMENT_EDUCATION_TRAINING");
		browser.choose("scope");
		browser.choose("takeUp");
		browser.press("Save", "opportunity-saved");
		browser.press("Send for review", "opportunity-sent");
		SigningIn.stepAway(browser);
		signIn(browser, "coordinator@example.com", DEMO_PASSWORD, "coordinator-home");
		browser.open("/coordinator/opportunities", "moderation-queue");
		browser.follow(title, "moderation-review");
		browser.press("Publish", "published");
		SigningIn.stepAway(browser);

		MimeMessage alert = awaitEmailAbout("care-leaver@example.com", title);
		// Earlier notifications, read long ago, enough to need a second page.
		this.jdbc.sql("""
				insert into alert (opportunity_id, account_id, audience, in_app, email, created_at, read_at)
				select o.id, a.id, 'CARE_LEAVER', true, 'NONE', o.published_at - interval '30 days',
				  o.published_at - interval '29 days'
				from opportunity o join account a on a.email = 'care-leaver@example.com'
				where o.status = 'PUBLISHED' order by o.id limit 25
				on conflict do nothing
				""").update();
		signIn(browser, "care-leaver@example.com", DEMO_PASSWORD, "for-you-with-notification");
		browser.followFirst("a[href='/notifications']", "notifications");
		assertThat(browser.heading()).isEqualTo("Notifications");
		browser.followFirst("a[rel='next']", "notifications-page-2");
		assertThat(browser.query()).isEqualTo("page=2");
		assertThat(browser.heading()).isEqualTo("Notifications");
		browser.followFirst("a[rel='prev']", "notifications-page-1");
		browser.follow(title, "notified-opportunity");
		assertThat(browser.heading()).isEqualTo(title);
		browser.press("Sign out", "care-leaver-signed-out-again");

		String link = TestMailServer.body(alert)
			.lines()
			.filter((line) -> line.contains("/alerts/unsubscribe/"))
			.findFirst()
			.orElseThrow();
		browser.open(link.substring(link.indexOf("/alerts/unsubscribe/")).trim(), "unsubscribe");
		assertThat(browser.heading()).isEqualTo("Stop alert emails");
		browser.press("Stop alert emails", "unsubscribed");
		assertThat(browser.heading()).isEqualTo("You will get no more alert emails");
	}

	private static MimeMessage awaitEmailAbout(String recipient, String words) {
		long deadline = System.currentTimeMillis() + 15_000;
		while (System.currentTimeMillis() < deadline) {
			for (MimeMessage message : TestMailServer.emailsTo(recipient)) {
				try {
					if (message.getSubject().contains(words)) {
						return message;
					}
				}
				catch (jakarta.mail.MessagingException ex) {
					throw new IllegalStateException(ex);
				}
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new AssertionError("No email about " + words + " to " + recipient);
	}

	@ParameterizedTest
	@EnumSource
	void aCareLeaverFindsOpportunitiesByKeywordAndFilterAndOpensOne(Scripts scripts) {
		Browser browser = startJourney("find-opportunities", scripts);
		browser.open("/opportunities", "search");
		assertThat(browser.heading()).isEqualTo("Find opportunities");
		assertThat(browser.textOf("result-count")).matches("\\d+ opportunities found");
		browser.fillIn("q", "cinema");
		browser.choose("category-LEISURE_AND_LIFESTYLE");
		browser.press("Search", "results");
		assertThat(browser.path()).isEqualTo("/opportunities");
		assertThat(browser.query()).contains("q=cinema").contains("category=LEISURE_AND_LIFESTYLE");
		assertThat(browser.textOf("result-count")).matches("[1-9]\\d* opportunit(y|ies) found");
		browser.follow("Free cinema tickets for you and a friend", "opportunity");
		assertThat(browser.heading()).isEqualTo("Free cinema tickets for you and a friend");
		assertThat(browser.path()).startsWith("/opportunities/");
	}

	@ParameterizedTest
	@EnumSource
	void qualityInternshipsCanBeFilteredAndAJobShowsHowToApply(Scripts scripts) {
		Browser browser = startJourney("quality-internships", scripts);
		browser.open("/opportunities?only=quality-internship", "quality-internships");
		assertThat(browser.textOf("result-count")).matches("[1-9]\\d* opportunit(y|ies) found");
		browser.open("/opportunities?type=JOB&sort=CLOSING", "jobs");
		browser.follow("Customer service assistant", "job");
		assertThat(browser.heading()).isEqualTo("Customer service assistant");
		browser.open("/opportunities?q=%25%25%25", "symbols-only");
		assertThat(browser.errorSummary()).containsExactly("Enter words or numbers to search for, not only symbols");
	}

	@ParameterizedTest
	@EnumSource
	void thePublicSeesTheDirectoryOfSignatoriesAndTheirOpportunities(Scripts scripts) {
		Browser browser = startJourney("signatories", scripts);
		browser.open("/signatories", "directory");
		assertThat(browser.heading()).isEqualTo("Organisations that have signed the Covenant");
		browser.follow("Northwind Bakeries", "signatory");
		assertThat(browser.heading()).isEqualTo("Northwind Bakeries");
		assertThat(browser.path()).isEqualTo("/signatories/northwind-bakeries");
	}

	@ParameterizedTest
	@EnumSource
	void aSignatoryIsToldWhatToPutRightInANewOpportunity(Scripts scripts) {
		Browser browser = startJourney("new-opportunity", scripts);
		signIn(browser, "signatory@example.com", DEMO_PASSWORD, "home");
		browser.open("/organisation/opportunities", "own-opportunities");
		assertThat(browser.heading()).isEqualTo("Your opportunities");
		browser.open("/organisation/opportunities/new", "new-opportunity");
		browser.fillIn("ageFrom", "24");
		browser.fillIn("ageTo", "18");
		browser.press("Save", "new-opportunity-refused");
		assertThat(browser.title()).startsWith("Error: ");
		assertThat(browser.errorSummary()).contains("Enter a title",
				"Oldest age must be the same as or more than the youngest age");
	}

	@ParameterizedTest
	@EnumSource
	void aCoordinatorSeesTheOpportunitiesToReview(Scripts scripts) {
		Browser browser = startJourney("moderation", scripts);
		signIn(browser, "coordinator@example.com", DEMO_PASSWORD, "home");
		browser.open("/coordinator/opportunities", "queue");
		assertThat(browser.heading()).isEqualTo("Opportunities to review");
		browser.follow("Signatories with no open opportunities", "without-opportunities");
		assertThat(browser.heading()).isEqualTo("Signatories with no open opportunities");
	}

	@ParameterizedTest
	@EnumSource
	void aYoungPersonAppliesTheOrganisationRecordsTheStartTheyAnswerTheCheckInAndItIsCounted(Scripts scripts) {
		String name = "Robin Take-up " + scripts.name().toLowerCase() + " " + System.nanoTime() % 100000;
		String email = "take-up-" + scripts.name().toLowerCase() + "-" + System.nanoTime() + "@example.com";
		AccountId young = this.careLeavers
			.register(new NewCareLeaver(name, null, email, java.time.LocalDate.now().minusYears(20).minusDays(3),
					new LocalAuthorityId(24), new RegionCode("E12000002"), Set.of(), Set.of(OpportunityType.INTERNSHIP),
					Situation.NONE, null), "marble kite tundra")
			.orElseThrow();
		this.jdbc.sql("update account set status = 'ACTIVE', email_verified_at = now() where id = :id")
			.param("id", young.value())
			.update();

		Browser browser = startJourney("take-up-applies", scripts);
		signIn(browser, email, "marble kite tundra", "for-you");
		browser.open("/signatories/northwind-bakeries", "signatory");
		browser.follow("Paid summer internship in digital marketing", "opportunity");
		browser.press("Apply", "apply");
		browser.choose("share");
		browser.choose("share-EMAIL");
		browser.press("Send my application", "my-opportunities");
		assertThat(browser.heading()).isEqualTo("My opportunities");

		browser.startJourney("take-up-organisation");
		signIn(browser, "signatory@example.com", DEMO_PASSWORD, "organisation");
		browser.follow("Applications", "applications");
		assertThat(browser.heading()).isEqualTo("Applications");
		browser.follow(name, "application");
		assertThat(browser.heading()).isEqualTo("An application");
		browser.press("Update the application", "application-unanswered");
		assertThat(browser.errorSummary()).containsExactly("Select what has happened");
		browser.choose("next");
		browser.press("Update the application", "offered");
		browser.choose("next");
		browser.press("Update the application", "started");
		assertThat(browser.textOf("main-content")).contains("Started");

		// Three months and more go by, and the check-ins are sent.
		this.jdbc.sql("update take_up set started_at = now() - interval '100 days' where account_id = :id")
			.param("id", young.value())
			.update();
		this.takeUps.sendCheckIns();
		String link = TestMailServer.awaitEmails(email, 5)
			.stream()
			.map(TestMailServer::body)
			.flatMap(String::lines)
			.filter((line) -> line.contains("/check-in"))
			.findFirst()
			.orElseThrow();

		browser.startJourney("take-up-check-in");
		signIn(browser, email, "marble kite tundra", "for-you");
		browser.open(link.substring(link.indexOf("/my-opportunities/")).trim(), "check-in");
		assertThat(browser.heading()).isEqualTo("Are you still on Paid summer internship in digital marketing?");
		browser.press("Send my answer", "check-in-unanswered");
		assertThat(browser.errorSummary()).containsExactly("Select whether you are still there");
		browser.choose("answer");
		browser.press("Send my answer", "answered");
		assertThat(browser.path()).isEqualTo("/my-opportunities");
		assertThat(browser.textOf("main-content")).contains("Still going");

		browser.startJourney("take-up-funnel");
		signIn(browser, "coordinator@example.com", DEMO_PASSWORD, "home");
		browser.follow("Take-up", "take-up");
		assertThat(browser.heading()).isEqualTo("Take-up");
		browser.select("breakdown", "SIGNATORY");
		browser.press("Show figures", "take-up-by-signatory");
		assertThat(browser.query()).contains("breakdown=SIGNATORY");
		assertThat(browser.textOf("funnel")).contains("Northwind Bakeries");
		assertThat(browser.download("/coordinator/take-up/export?breakdown=SIGNATORY"))
			.startsWith("Signatory,Began,Applied,Offered,Started or claimed")
			.contains("Northwind Bakeries")
			.doesNotContain(email);

		browser.open("/coordinator/audit-trail", "audit-trail");
		browser.fillIn("email", email);
		browser.press("Show the audit trail", "audit-trail-of-young-person");
		browser.follow("See their take-ups and correct a status", "young-person-take-ups");
		assertThat(browser.heading()).isEqualTo(name);
		browser.followFirst("a[href*='/take-ups/']", "correct-take-up");
		browser.press("Correct the status", "correct-unanswered");
		assertThat(browser.errorSummary()).containsExactly("Select the status it should have",
				"Enter why you are correcting it");
		browser.choose("status-COMPLETED");
		browser.fillIn("reason", "They told their adviser they finished");
		browser.press("Correct the status", "corrected");
		assertThat(browser.heading()).isEqualTo(name);
		assertThat(browser.textOf("main-content")).contains("Completed");
	}

	static Stream<Arguments> demoAccountsWithScriptsOnAndOff() {
		Map<String, String> accounts = Map.of("care-leaver@example.com", "Jade Okafor", "supporter@example.com",
				"Sam Patel", "signatory@example.com", "Priya Shah", "coordinator@example.com", "Chris Morgan",
				"admin@example.com", "Alex Reid");
		return Stream.of(Scripts.values())
			.flatMap((scripts) -> accounts.entrySet()
				.stream()
				.sorted(Map.Entry.comparingByKey())
				.map((account) -> Arguments.of(scripts, account.getKey(), account.getValue())));
	}

	/** One browser per setting for the whole class; a journey starts with no cookies. */
	private Browser startJourney(String journey, Scripts scripts) {
		if (this.accessibility == null) {
			this.accessibility = new Accessibility();
			this.html = new HtmlConformance();
		}
		Browser browser = this.browsers.computeIfAbsent(scripts, (setting) -> new Browser(setting,
				"http://localhost:" + this.port, this.served, this.accessibility, this.html));
		browser.startJourney(journey);
		return browser;
	}

	@AfterAll
	void closeBrowsers() {
		this.browsers.values().forEach(Browser::close);
	}

}
