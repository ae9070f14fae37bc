package org.covenantconnects.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.covenantconnects.Fixtures;
import org.covenantconnects.TestMailServer;
import org.covenantconnects.browser.Browser.Scripts;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.supporter.Verification;
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
 * Council partnerships in a real Chromium, with JavaScript and without: a coordinator
 * imports the published partner list, reads the match report, confirms the guess and
 * records the partnerships, keeps a council's details, leads and contact log, and the
 * public sees the new partner without anyone's personal data. Every page is checked as in
 * {@link KeyJourneysBrowserTests}.
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
class CouncilPartnershipsBrowserTests {

	private static final String DEMO_PASSWORD = "covenant-demo";

	/** Cambridgeshire's id in the reference data. */
	private static final String CAMBRIDGESHIRE = "77";

	private static final LocalAuthorityId BLACKPOOL = new LocalAuthorityId(14);

	@LocalServerPort
	private int port;

	@Autowired
	private ServedPages served;

	@Autowired
	private Fixtures fixtures;

	private final Map<Scripts, Browser> browsers = new EnumMap<>(Scripts.class);

	private Accessibility accessibility;

	private HtmlConformance html;

	@ParameterizedTest
	@EnumSource
	void aCoordinatorImportsThePublishedListConfirmsTheGuessAndThePublicSeesTheNewPartner(Scripts scripts)
			throws IOException {
		Browser browser = startJourney("council-partner-list", scripts);
		signIn(browser, "coordinator@example.com", DEMO_PASSWORD, "coordinator-home");
		browser.follow("Council partnerships", "council-partnerships");
		assertThat(browser.heading()).isEqualTo("Council partnerships");
		browser.follow("Import a published partner list", "import");

		browser.press("Check the list", "no-file");
		assertThat(browser.errorSummary()).containsExactly("Select a CSV file of council names");
		Path semicolons = Files.createTempFile("partners-semicolons", ".csv");
		Files.writeString(semicolons, "partner_name;region\nLeeds;Yorkshire\n", StandardCharsets.UTF_8);
		browser.attach("file", semicolons);
		browser.press("Check the list", "semicolons-refused");
		assertThat(browser.errorSummary()).containsExactly(
				"Row 1 of the selected file has a semicolon: save the file as CSV with commas, one council name a row");

		Path list = Path.of("src/test/resources/council/covenant-la-partners-2025.csv");
		browser.attach("file", list);
		browser.press("Check the list", "match-report");
		assertThat(browser.heading()).isEqualTo("How the list matched");
		assertThat(browser.textOf("count-EXACT")).isEqualTo("90");
		assertThat(browser.textOf("count-CLEANED")).isEqualTo("16");
		assertThat(browser.textOf("count-GUESS")).isEqualTo("1");
		assertThat(browser.textOf("count-DUPLICATE")).isEqualTo("1");
		assertThat(browser.textOf("row-91")).contains("Suffolk", "Duplicate", "(as row 90)");
		assertThat(browser.download("/coordinator/councils/import/report.csv"))
			.contains("14,Cambridegshire,Matched with a guess,Cambridgeshire,0.93");

		browser.select("choice-14", CAMBRIDGESHIRE);
		browser.press("Record partnerships", "partnerships-recorded");
		assertThat(browser.path()).isEqualTo("/coordinator/councils");
		browser.follow("Cambridgeshire", "cambridgeshire");
		assertThat(browser.textOf("partner")).isEqualTo("Yes");
		assertThat(browser.textOf("main-content")).contains("Recorded as a partner from the published list");

		browser.follow("Change the partnership details", "change-partnership");
		browser.fillIn("localOffer", "not a link");
		browser.press("Save partnership details", "bad-local-offer");
		assertThat(browser.errorSummary()).containsExactly(
				"Enter the local offer's address in the correct format, like https://www.example.gov.uk/local-offer");
		browser.fillIn("localOffer", "https://cambridgeshire.council.example/local-offer");
		browser.select("accountManager", browser.firstOptionValue("accountManager"));
		browser.press("Save partnership details", "partnership-saved");

		browser.follow("Add a lead", "add-lead");
		browser.press("Add lead", "lead-refused");
		assertThat(browser.errorSummary()).containsExactly("Enter the lead's name",
				"Enter the lead's role at the council", "Enter the lead's work email address");
		browser.fillIn("name", "Morgan Lead " + scripts);
		browser.fillIn("role", "Head of leaving care");
		browser.fillIn("email", "morgan.lead@cambridgeshire.council.example");
		browser.press("Add lead", "lead-added");

		browser.follow("Add a contact", "add-contact");
		browser.press("Add contact", "contact-refused");
		assertThat(browser.errorSummary()).contains("Select what kind of contact it was",
				"Enter the date of the contact", "Enter who took part", "Enter a short summary");
		browser.choose("kind");
		browser.fillIn("happenedOn.day", "2");
		browser.fillIn("happenedOn.month", "12");
		browser.fillIn("happenedOn.year", "2026");
		browser.fillIn("who", "Chris Morgan, the head of leaving care");
		browser.fillIn("summary", "Welcomed the council as a partner.");
		browser.fillIn("nextStep", "Share the local offer");
		browser.fillIn("nextStepDue.day", "20");
		browser.fillIn("nextStepDue.month", "12");
		browser.fillIn("nextStepDue.year", "2026");
		browser.press("Add contact", "contact-added");
		assertThat(browser.textOf("main-content")).contains("Welcomed the council as a partner.",
				"Share the local offer (by 20 December 2026)");
		SigningIn.stepAway(browser);

		browser.open("/councils", "public-councils");
		assertThat(browser.heading()).isEqualTo("Local authority partners");
		browser.follow("Cambridgeshire", "public-cambridgeshire");
		assertThat(browser.textOf("main-content")).contains("Read Cambridgeshire's local offer for care leavers")
			.doesNotContain("Morgan Lead", "@");
	}

	@ParameterizedTest
	@EnumSource
	void aCoordinatorRecordsTheCouncilTaxExemptionWithEvidenceAndThePublicAndTheCouncilsAdviserSeeIt(Scripts scripts) {
		Browser browser = startJourney("council-approach", scripts);
		signIn(browser, "coordinator@example.com", DEMO_PASSWORD, "coordinator-home");
		browser.open("/coordinator/councils?region=&status=embedded&part=&partStatus=", "embedded-councils");
		assertThat(browser.textOf("main-content")).contains("Leeds", "Manchester")
			.doesNotContain("Blackpool")
			.contains("parts 1, 2 and 3");
		browser.open("/coordinator/councils?region=E12000002&status=partner&part=&partStatus=", "north-west-partners");
		browser.follow("Blackpool", "blackpool");
		assertThat(browser.textOf("part-1")).contains("Minimum met", "at least 90%");
		browser.open("/coordinator/councils/blackpool/approach/raising-awareness", "part-1");
		assertThat(browser.heading()).isEqualTo("Part 1: raising awareness");
		browser.open("/coordinator/councils/blackpool/approach/council-tax-exemption", "part-2");
		browser.choose("status-IN_PLACE");
		browser.fillIn("on.day", "");
		browser.fillIn("on.month", "");
		browser.fillIn("on.year", "");
		browser.fillIn("evidence", "");
		browser.choose("taxExemption-no");
		browser.fillIn("taxExemptionAge", "seventeen");
		browser.press("Save this part", "part-2-refused");
		assertThat(browser.errorSummary()).containsExactly("Enter the date it was put in place",
				"Enter the evidence that this part is in place",
				"Select yes if the exemption is in place, or choose another status");
		browser.choose("taxExemption");
		browser.fillIn("taxExemptionAge", "seventeen");
		browser.fillIn("on.day", "1");
		browser.fillIn("on.month", "4");
		browser.fillIn("on.year", "2025");
		browser.press("Save this part", "part-2-age-refused");
		assertThat(browser.errorSummary()).containsExactly("Enter the evidence that this part is in place",
				"The age must be a whole number, like 25");
		browser.fillIn("taxExemptionAge", "25");
		browser.fillIn("evidence", "Cabinet decision of 12 March 2025, minute 41.");
		browser.fillIn("evidenceLink", "https://blackpool.council.example/council-tax-care-leavers");
		browser.fillIn("taxExemptionSince.day", "1");
		browser.fillIn("taxExemptionSince.month", "4");
		browser.fillIn("taxExemptionSince.year", "2025");
		browser.press("Save this part", "part-2-saved");
		assertThat(browser.path()).isEqualTo("/coordinator/councils/blackpool");
		assertThat(browser.textOf("part-2")).contains("In place", "In place since 1 April 2025",
				"Cabinet decision of 12 March 2025, minute 41.");
		assertThat(browser.textOf("main-content")).contains("Part 2: council tax exemption: status");
		SigningIn.stepAway(browser);

		browser.open("/councils", "public-councils");
		assertThat(browser.textOf("main-content")).contains("Care leavers are exempt up to age 25");
		browser.follow("Blackpool", "public-blackpool");
		assertThat(browser.textOf("tax-exemption"))
			.isEqualTo("Care leavers are exempt up to age 25, since 1 April 2025");
		assertThat(browser.textOf("part-2")).contains("In place", "Read the council's evidence");
		assertThat(browser.textOf("main-content")).doesNotContain("Cabinet decision", "@");

		// A personal adviser at Blackpool finds the part, with its evidence, in their
		// council's own view
		CurrentUser adviser = this.fixtures.adviser(Verification.VERIFIED, BLACKPOOL);
		signIn(browser, adviser.getUsername(), Fixtures.PASSWORD, "blackpool-adviser-home");
		browser.follow("Your council's view", "blackpool-council-view");
		assertThat(browser.path()).isEqualTo("/supporter/council/blackpool");
		assertThat(browser.textOf("part-2")).contains("In place since 1 April 2025",
				"Cabinet decision of 12 March 2025, minute 41.", "Up to age: 25");
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
