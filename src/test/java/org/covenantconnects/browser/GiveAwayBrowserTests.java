package org.covenantconnects.browser;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;

import org.covenantconnects.TestMailServer;
import org.covenantconnects.browser.Browser.Scripts;
import org.covenantconnects.giveaway.GiveAway;
import org.covenantconnects.giveaway.GiveAways;
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
 * The monthly give-away in a real Chromium, with JavaScript and without: the demo
 * coordinator finds the demo's give-aways, sets one up (after the error summary), closes
 * its draw and checks it, which makes it again to the same winner; the demo care leaver
 * finds this month's prize on the public page, and opts out and back in from My account.
 * Every page is checked as in {@link KeyJourneysBrowserTests}.
 */
@Tag("browser")
@ExtendWith(TestMailServer.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "connects.rate-limits.sign-in=200",
				"logging.level.org.openqa.selenium.devtools.CdpVersionFinder=error",
				"logging.level.org.openqa.selenium.chromium.ChromiumDriver=error" })
@ActiveProfiles({ "test", "demo" })
@Import(ServedPages.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GiveAwayBrowserTests {

	private static final String DEMO_PASSWORD = "covenant-demo";

	@LocalServerPort
	private int port;

	@Autowired
	private ServedPages served;

	@Autowired
	private GiveAways giveAways;

	private final Map<Scripts, Browser> browsers = new EnumMap<>(Scripts.class);

	private Accessibility accessibility;

	private HtmlConformance html;

	@ParameterizedTest
	@EnumSource
	void aGiveAwayIsSetUpDrawnAndMadeAgainToTheSameWinner(Scripts scripts) {
		Browser browser = startJourney("give-away", scripts);
		browser.open("/", "home-page");
		assertThat(browser.textOf("newest")).isNotEmpty();
		assertThat(browser.textOf("next-events")).contains("Careers in the NHS");
		browser.fillIn("home-search", "apprenticeship");
		browser.press("Search", "home-search-results");
		assertThat(browser.path()).isEqualTo("/opportunities");
		SigningIn.signedInAs(browser, "coordinator@example.com", DEMO_PASSWORD, "coordinator-home");
		browser.follow("Give-aways", "coordinator-give-aways");
		assertThat(browser.textOf("give-aways")).contains("A £50 voucher for a supermarket", "Claimed",
				"Two tickets to a Premier League match", "Open");
		browser.follow("Set up a give-away", "set-up-give-away");
		browser.fillIn("youngest", "15");
		browser.press("Set up the give-away", "give-away-refused");
		assertThat(browser.errorSummary()).contains("Enter the prize", "The youngest age must be between 16 and 25");
		assertThat(browser.value("youngest")).isEqualTo("15");
		YearMonth month = freeMonth();
		browser.select("month", month.toString());
		browser.fillIn("prize", "A year of cinema tickets");
		browser.fillIn("youngest", "");
		browser.press("Set up the give-away", "give-away-set-up");
		assertThat(browser.heading()).isEqualTo(GiveAway.monthName(month));
		browser.press("Close the draw and draw the winner", "give-away-drawn");
		assertThat(browser.textOf("main-content")).contains("Fingerprint of the list (SHA-256)");
		browser.followFirst("a[href$='/check']", "check-draw");
		assertThat(browser.textOf("verdict")).contains("The draw matches");
		SigningIn.stepAway(browser);

		SigningIn.signedInAs(browser, "care-leaver@example.com", DEMO_PASSWORD, "care-leaver-home");
		browser.open("/give-away", "public-give-away");
		assertThat(browser.textOf("prize")).isEqualTo("Two tickets to a Premier League match");
		assertThat(browser.textOf("your-standing"))
			.isEqualTo("You are in the draw for " + GiveAway.monthName(this.giveAways.thisMonth()) + ".");
		assertThat(browser.textOf("winners")).contains("a care leaver from").doesNotContain("Jade");
		browser.open("/my-account/give-away", "my-give-away");
		browser.choose("takePart-no");
		browser.press("Save", "opted-out");
		assertThat(browser.textOf("your-standing")).isEqualTo("You chose not to take part in the give-away.");
		browser.choose("takePart");
		browser.press("Save", "opted-in");
		assertThat(browser.textOf("your-standing")).startsWith("You are in the draw");
		SigningIn.stepAway(browser);
	}

	/** A month of the next year that has no give-away yet. */
	private YearMonth freeMonth() {
		YearMonth month = this.giveAways.thisMonth().plusMonths(1);
		while (this.giveAways.forMonth(month).isPresent()) {
			month = month.plusMonths(1);
		}
		return month;
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
