package org.covenantconnects.browser;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;

import org.covenantconnects.browser.Browser.Scripts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The key journeys in a real Chromium, once with JavaScript and once without. Every page
 * visited is checked for accessibility (axe, WCAG 2.2 AA) and HTML conformance (Nu HTML
 * Checker) and photographed into {@code target/browser-screenshots}. Run only these with
 * {@code ./mvnw test -Dgroups=browser}.
 */
@Tag("browser")
// The DevTools commands used go through chromedriver, so Selenium's warnings that it has
// no DevTools bindings for this Chromium are noise.
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "logging.level.org.openqa.selenium.devtools.CdpVersionFinder=error",
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
		browser.open("/sign-in", "sign-in");
		browser.fillIn("email", email);
		browser.fillIn("password", DEMO_PASSWORD);
		browser.press("Sign in", "home");
		assertThat(browser.path()).isEqualTo("/home");
		assertThat(browser.heading()).isEqualTo("Hello, " + name);
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
		browser.press("Continue", "account-details");
		assertThat(browser.path()).isEqualTo("/register/care-leaver");
		assertThat(browser.heading()).isEqualTo("Your account details");
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
		browser.open("/sign-in", "sign-in");
		browser.fillIn("email", "signatory@example.com");
		browser.fillIn("password", DEMO_PASSWORD);
		browser.press("Sign in", "home");
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
		browser.open("/sign-in", "sign-in");
		browser.fillIn("email", "coordinator@example.com");
		browser.fillIn("password", DEMO_PASSWORD);
		browser.press("Sign in", "home");
		browser.open("/coordinator/opportunities", "queue");
		assertThat(browser.heading()).isEqualTo("Opportunities to review");
		browser.follow("Signatories with no open opportunities", "without-opportunities");
		assertThat(browser.heading()).isEqualTo("Signatories with no open opportunities");
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
