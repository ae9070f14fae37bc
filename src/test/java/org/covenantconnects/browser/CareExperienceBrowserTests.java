package org.covenantconnects.browser;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.covenantconnects.TestMailServer;
import org.covenantconnects.adviserlink.Link;
import org.covenantconnects.adviserlink.Links;
import org.covenantconnects.browser.Browser.Scripts;
import org.covenantconnects.careleaver.CareLeavers;
import org.covenantconnects.careleaver.NewCareLeaver;
import org.covenantconnects.careleaver.Situation;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.Role;
import org.covenantconnects.opportunity.Category;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.RegionCode;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Care experience, confirmed once, in a real Chromium, with JavaScript and without: a
 * young person whose care experience is not confirmed opens an opportunity only for
 * confirmed young people and is told how to get confirmed; their personal adviser
 * confirms it; the young person sees who confirmed it; a coordinator corrects it. Every
 * page is checked as in {@link KeyJourneysBrowserTests}.
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
class CareExperienceBrowserTests {

	private static final String DEMO_PASSWORD = "covenant-demo";

	private static final String PASSWORD = "harbour violet pancake";

	private static final LocalAuthorityId MANCHESTER = new LocalAuthorityId(24);

	private static final LocalAuthorityId LEEDS = new LocalAuthorityId(44);

	@LocalServerPort
	private int port;

	@Autowired
	private ServedPages served;

	@Autowired
	private Accounts accounts;

	@Autowired
	private CareLeavers careLeavers;

	@Autowired
	private Links links;

	@Autowired
	private JdbcClient jdbc;

	private final Map<Scripts, Browser> browsers = new EnumMap<>(Scripts.class);

	private Accessibility accessibility;

	private HtmlConformance html;

	@ParameterizedTest
	@EnumSource
	void theAdviserConfirmsAndTheYoungPersonSeesWhoConfirmedIt(Scripts scripts) {
		String name = "Rowan " + scripts;
		String email = "rowan-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		AccountId young = this.accounts.createDemoAccount(name, email, PASSWORD, Role.CARE_LEAVER);
		this.careLeavers.createDemoProfile(young,
				new NewCareLeaver(name, null, email, LocalDate.now().minusYears(19).minusDays(10), MANCHESTER,
						new RegionCode("E12000002"), Set.of(Category.EMPLOYMENT_AND_WORK_EXPERIENCE), Set.of(),
						Situation.NONE, null));
		AccountId sam = this.accounts.idOf("supporter@example.com").orElseThrow();
		this.links.createDemoLink(sam, young);
		UUID link = this.links.youngPeopleOf(sam)
			.stream()
			.filter((each) -> each.careLeaver().equals(young))
			.map(Link::id)
			.findFirst()
			.orElseThrow();
		UUID confirmedOnly = this.jdbc.sql("""
				select id from opportunity where confirmed_only and status = 'PUBLISHED' and scope = 'NATIONAL'
				  and (closes_on is null or closes_on >= current_date) and age_from <= 19 and age_to >= 19
				order by published_at desc limit 1
				""").query(UUID.class).single();

		// Not confirmed: opening an opportunity for confirmed young people explains why
		// not and how to get confirmed
		Browser browser = startJourney("care-experience", scripts);
		signIn(browser, email, PASSWORD, "young-person-home");
		browser.open("/opportunities/" + confirmedOnly, "confirmation-needed");
		assertThat(browser.textOf("confirmation-needed")).contains("only for young people whose care experience",
				"ask your personal adviser to confirm it");
		browser.open("/my-account", "not-confirmed-yet");
		assertThat(browser.textOf("main-content")).contains("Not confirmed yet");
		browser.press("Sign out", "young-person-signed-out");

		// Their personal adviser confirms it, once
		signIn(browser, "supporter@example.com", DEMO_PASSWORD, "adviser-home");
		browser.open("/supporter/young-people/" + link, "adviser-young-person");
		browser.follow("Confirm their care experience", "adviser-confirm");
		assertThat(browser.heading()).isEqualTo("Confirm their care experience");
		browser.press("Confirm their care experience", "adviser-confirm-unticked");
		assertThat(browser.errorSummary()).containsExactly(
				"Tick to confirm that " + name + " is care-experienced and was looked after by this council");
		browser.tick("confirmed");
		browser.press("Confirm their care experience", "adviser-confirmed");
		assertThat(browser.path()).isEqualTo("/supporter/young-people/" + link);
		assertThat(browser.textOf("main-content")).contains("You confirmed " + name + "'s care experience",
				"Confirmed by Sam Patel, their personal adviser");
		browser.follow("See who confirmed it and when", "adviser-confirmation");
		assertThat(browser.textOf("care-experience-history")).contains("Sam Patel", "Manchester", "First confirmation");
		SigningIn.stepAway(browser);

		// The young person sees who confirmed it, and may take the opportunity up
		signIn(browser, email, PASSWORD, "young-person-home-again");
		browser.open("/my-account", "confirmed");
		assertThat(browser.textOf("main-content")).contains("Confirmed by Sam Patel, your personal adviser",
				"The council that looked after you: Manchester");
		browser.open("/opportunities/" + confirmedOnly, "confirmed-opportunity");
		assertThat(browser.textOf("main-content")).doesNotContain("Yours has not been confirmed yet");
		browser.press("Sign out", "young-person-signed-out-again");

		// A coordinator corrects a mistaken confirmation, with the reason
		signIn(browser, "coordinator@example.com", DEMO_PASSWORD, "coordinator-home");
		browser.open("/coordinator/caseload/" + young.value(), "coordinator-record");
		browser.open("/coordinator/caseload/" + young.value() + "/care-experience", "coordinator-correct");
		assertThat(browser.heading()).isEqualTo("Correct their care experience");
		browser.select("council", String.valueOf(LEEDS.value()));
		browser.press("Save the correction", "coordinator-correct-refused");
		assertThat(browser.errorSummary()).containsExactly("Select how to correct it",
				"Enter why you are correcting it");
		browser.choose("correction");
		browser.fillIn("reason", "Leeds looked after them, as their council told us");
		browser.press("Save the correction", "coordinator-corrected");
		assertThat(browser.textOf("main-content")).contains("You corrected " + name + "'s care experience",
				"Chris Morgan, from the Covenant team");
		SigningIn.stepAway(browser);
	}

	private static void signIn(Browser browser, String email, String password, String stepName) {
		SigningIn.signedInAs(browser, email, password, stepName);
	}

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
