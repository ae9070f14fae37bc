package org.covenantconnects.browser;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.covenantconnects.TestMailServer;
import org.covenantconnects.browser.Browser.Scripts;
import org.covenantconnects.identity.Accounts;
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
import org.covenantconnects.signatory.Signatories;
import org.covenantconnects.signatory.SignatoryId;
import org.covenantconnects.signatory.SignatorySummary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Concerns in a real Chromium, once with JavaScript and once without: someone signed out
 * reports an opportunity, a coordinator triages the concern and takes the opportunity
 * down, its organisation reads why, and the coordinator puts it back. Every page is
 * checked as in {@link KeyJourneysBrowserTests}.
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
class ConcernsBrowserTests {

	private static final String DEMO_PASSWORD = "covenant-demo";

	@LocalServerPort
	private int port;

	@Autowired
	private ServedPages served;

	@Autowired
	private Accounts accounts;

	@Autowired
	private Signatories signatories;

	@Autowired
	private Opportunities opportunities;

	private final Map<Scripts, Browser> browsers = new EnumMap<>(Scripts.class);

	private Accessibility accessibility;

	private HtmlConformance html;

	@ParameterizedTest
	@EnumSource
	void someoneReportsAnOpportunityTheCoordinatorTakesItDownTheOrganisationSeesWhyAndItIsPutBack(Scripts scripts) {
		String title = "Weekend bakery helper " + scripts.name().toLowerCase() + " " + System.nanoTime() % 100000;
		OpportunityId opportunity = publishForNorthwind(title);
		String reason = "Young people were asked to pay for their own uniform. It stays down until that stops.";

		// Someone signed out reports it.
		Browser browser = startJourney("concern-reported", scripts);
		browser.open("/opportunities/" + opportunity, "opportunity");
		browser.follow("Report a concern about this opportunity", "report");
		assertThat(browser.heading()).isEqualTo("Report a concern");
		browser.fillIn("email", "not an address");
		browser.press("Send your concern", "report-refused");
		assertThat(browser.title()).startsWith("Error: ");
		assertThat(browser.errorSummary()).containsExactly("Select what is wrong", "Tell us what is wrong",
				"Enter an email address in the correct format, like name@example.com");
		browser.choose("kind-SCAM");
		browser.fillIn("description", "They asked me to pay £30 for a uniform before starting.");
		browser.fillIn("email", "worried.parent@example.net");
		browser.press("Send your concern", "reported");
		assertThat(browser.heading()).isEqualTo("Your concern has been sent");

		// A coordinator triages it and takes the opportunity down.
		browser.startJourney("concern-triaged");
		signIn(browser, "coordinator@example.com", DEMO_PASSWORD);
		browser.open("/coordinator/concerns", "queue");
		assertThat(browser.heading()).isEqualTo("Concerns");
		browser.follow(title, "concern");
		assertThat(browser.heading()).isEqualTo(title);
		assertThat(browser.textOf("main-content")).contains("They asked me to pay £30 for a uniform")
			.contains("worried.parent@example.net");
		browser.fillIn("note", "Rang the bakery; waiting to hear back.");
		browser.press("Save", "triaged");
		assertThat(browser.textOf("main-content")).contains("In triage").contains("Rang the bakery");
		browser.press("Take it down", "take-down-refused");
		assertThat(browser.errorSummary()).containsExactly("Enter why it is being taken down");
		browser.fillIn("reason", reason);
		browser.press("Take it down", "taken-down");
		assertThat(browser.textOf("main-content")).contains("The opportunity is taken down")
			.contains("Opportunity taken down");
		browser.open("/opportunities/" + opportunity, "no-longer-available");
		assertThat(browser.heading()).isEqualTo("This opportunity is no longer available");

		// The organisation reads why.
		browser.startJourney("concern-organisation");
		signIn(browser, "signatory@example.com", DEMO_PASSWORD);
		browser.open("/organisation/opportunities", "own-opportunities");
		assertThat(browser.textOf("main-content")).contains(title)
			.contains("Taken down by the Covenant team")
			.contains(reason);
		browser.follow(title, "own-opportunity");
		assertThat(browser.textOf("main-content")).contains("Taken down by the Covenant team").contains(reason);

		// The coordinator puts it back and closes the concern with a reply.
		browser.startJourney("concern-put-back");
		signIn(browser, "coordinator@example.com", DEMO_PASSWORD);
		browser.open("/coordinator/concerns?status=IN_TRIAGE", "in-triage");
		browser.follow(title, "concern");
		browser.press("Put it back", "put-back");
		assertThat(browser.textOf("main-content")).contains("Opportunity put back");
		browser.press("Close the concern", "close-refused");
		assertThat(browser.errorSummary()).containsExactly("Select the outcome");
		browser.choose("outcome-DETAILS_CORRECTED");
		browser.fillIn("reply", "The bakery now provides uniforms free of charge.");
		browser.press("Close the concern", "closed");
		assertThat(browser.textOf("main-content")).contains("The details were corrected")
			.contains("Reply sent to the reporter");
		browser.open("/coordinator/concerns?status=CLOSED", "closed-queue");
		assertThat(browser.textOf("main-content")).contains(title);
		browser.open("/opportunities/" + opportunity, "opportunity-back");
		assertThat(browser.heading()).isEqualTo(title);
	}

	@ParameterizedTest
	@EnumSource
	void someoneSignedInReportsAnOrganisationFromTheDirectory(Scripts scripts) {
		Browser browser = startJourney("concern-about-organisation", scripts);
		signIn(browser, "care-leaver@example.com", DEMO_PASSWORD);
		browser.open("/signatories/northwind-bakeries", "signatory");
		browser.follow("Report a concern about this organisation", "report");
		assertThat(browser.textOf("main-content")).doesNotContain("Email address (optional)");
		browser.choose("kind-OTHER");
		browser.fillIn("description", "Their website says they no longer offer anything to care leavers.");
		browser.press("Send your concern", "reported");
		assertThat(browser.heading()).isEqualTo("Your concern has been sent");
	}

	/**
	 * A national opportunity of the demo signatory's organisation, Northwind Bakeries.
	 */
	private OpportunityId publishForNorthwind(String title) {
		SignatoryId northwind = this.accounts.idOf("signatory@example.com")
			.flatMap(this.signatories::ofMember)
			.map(SignatorySummary::id)
			.orElseThrow();
		LocalDate today = LocalDate.now();
		return this.opportunities.createDemo(northwind,
				new OpportunityDetails(title, "Help in the bakery on Saturday mornings, with training.",
						"Help in the bakery on Saturday mornings. We train you on the first day.",
						OpportunityType.WORK_EXPERIENCE, Category.EMPLOYMENT_AND_WORK_EXPERIENCE,
						EnumSet.of(Outcome.EMPLOYMENT_EDUCATION_TRAINING), Scope.NATIONAL, List.of(), List.of(), 16, 25,
						null, null, today.minusDays(1), today.plusDays(60), null, TakeUpRoute.CONNECTS, null, null,
						Barriers.NONE, InternshipFacts.NONE),
				Instant.now().minus(1, ChronoUnit.HOURS));
	}

	private static void signIn(Browser browser, String email, String password) {
		SigningIn.signedInAs(browser, email, password, "home");
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
