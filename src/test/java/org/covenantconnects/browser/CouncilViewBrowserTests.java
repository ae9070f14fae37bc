package org.covenantconnects.browser;

import java.util.EnumMap;
import java.util.Map;

import org.covenantconnects.TestMailServer;
import org.covenantconnects.browser.Browser.Scripts;
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
 * A council's own view and coordinators' patches in a real Chromium, with JavaScript and
 * without: the demo adviser sees Manchester's view, its Whole Council Approach and its
 * small numbers hidden; the demo coordinator changes their patch and lands on "My
 * councils"; an administrator sets a coordinator's patch. Every page is checked as in
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
class CouncilViewBrowserTests {

	private static final String DEMO_PASSWORD = "covenant-demo";

	/** The North West's region code, and Cambridgeshire's id, in the reference data. */
	private static final String NORTH_WEST = "regions-E12000002";

	private static final String CAMBRIDGESHIRE = "councils-77";

	@LocalServerPort
	private int port;

	@Autowired
	private ServedPages served;

	private final Map<Scripts, Browser> browsers = new EnumMap<>(Scripts.class);

	private Accessibility accessibility;

	private HtmlConformance html;

	@ParameterizedTest
	@EnumSource
	void theAdviserSeesTheirCouncilsViewWithSmallNumbersHidden(Scripts scripts) {
		Browser browser = startJourney("council-view", scripts);
		signIn(browser, "supporter@example.com", DEMO_PASSWORD, "supporter-home");
		browser.follow("Your council's view", "council-view");
		assertThat(browser.path()).isEqualTo("/supporter/council/manchester");
		assertThat(browser.heading()).isEqualTo("Manchester");
		assertThat(browser.textOf("partner")).startsWith("Yes, since");
		assertThat(browser.textOf("account-manager")).isEqualTo("Chris Morgan");
		// Manchester has embedded the approach in the demo: its six personal advisers are
		// on
		// Connects (other tests may add more), so its advisers and their share are shown
		assertThat(browser.textOf("advisers")).matches("([5-9]|[1-9]\\d+)");
		assertThat(browser.textOf("headcount")).isEqualTo("6");
		assertThat(browser.textOf("coverage")).matches("\\d+%");
		assertThat(browser.textOf("embedded")).isEqualTo("Your council has embedded the Whole Council Approach.");
		assertThat(browser.textOf("part-2")).contains("In place", "Up to age: 25");
		// Other tests register young people looked after by Manchester, so the count is
		// either hidden or exact, and what the Covenant asks follows it
		String careLeavers = browser.textOf("care-leavers");
		assertThat(careLeavers).matches("fewer than 5|[5-9]|[1-9][\\d,]+");
		assertThat(browser.textOf("open-opportunities")).matches("[1-9][\\d,]*");
		if (careLeavers.equals("fewer than 5")) {
			assertThat(browser.textOf("asks")).contains("Tell the care leavers you support about Connects");
		}
		else {
			assertThat(browser.textOf("asks")).doesNotContain("Tell the care leavers you support about Connects");
		}
		browser.follow("See the opportunities open to young people from Manchester", "council-opportunities");
		assertThat(browser.path()).isEqualTo("/opportunities");
		SigningIn.stepAway(browser);
	}

	@ParameterizedTest
	@EnumSource
	void aSignatoryDownloadsItsSocialValueStatementAndTheCouncilSeesTheValueInItsArea(Scripts scripts)
			throws java.io.IOException {
		Browser browser = startJourney("social-value", scripts);
		signIn(browser, "signatory@example.com", DEMO_PASSWORD, "organisation");
		browser.open("/organisation/impact", "impact");
		browser.follow("Your social value", "social-value");
		assertThat(browser.heading()).isEqualTo("Your social value");
		// The demo's Northwind Bakeries started apprenticeships and jobs this year
		assertThat(browser.textOf("jobs-started")).contains("6 jobs");
		assertThat(browser.textOf("apprenticeship-weeks")).matches("(?s).*[1-9]\\d* weeks.*");
		String total = browser.textOf("total");
		assertThat(total).matches("£[1-9][\\d,]*\\.\\d\\d");
		byte[] pdf = browser.downloadBytes("/organisation/social-value/statement.pdf");
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " "))
				.contains("Northwind Bakeries", "Jobs started", "6 jobs", "Total social value", total);
		}
		SigningIn.stepAway(browser);
		signIn(browser, "supporter@example.com", DEMO_PASSWORD, "supporter-home");
		browser.follow("Your council's view", "council-view-social-value");
		assertThat(browser.textOf("social-value-jobs-started")).contains("6 jobs");
		assertThat(browser.textOf("social-value-training-completed")).contains("0 courses");
		SigningIn.stepAway(browser);
	}

	@ParameterizedTest
	@EnumSource
	void theCoordinatorChangesTheirPatchAndLandsOnMyCouncils(Scripts scripts) {
		Browser browser = startJourney("coordinator-patch", scripts);
		signIn(browser, "coordinator@example.com", DEMO_PASSWORD, "coordinator-home");
		assertThat(browser.path()).isEqualTo("/home");
		assertThat(browser.textOf("my-councils-heading")).isEqualTo("My councils");
		browser.follow("Your patch", "patch");
		assertThat(browser.heading()).isEqualTo("Your patch");
		// Regions are listed by name, so East Midlands (E12000004) comes first
		for (int region = 1; region <= 9; region++) {
			browser.untick((region == 4) ? "regions" : "regions-E1200000" + region);
		}
		browser.untick(CAMBRIDGESHIRE);
		browser.press("Save patch", "empty-patch-refused");
		assertThat(browser.errorSummary()).containsExactly("Select at least one region or council");
		browser.tick(NORTH_WEST);
		browser.press("Save patch", "patch-saved");
		assertThat(browser.path()).isEqualTo("/home");
		assertThat(browser.textOf("my-councils")).contains("Your patch is saved", "Manchester", "Bolton", "Salford");
		assertThat(browser.textOf("my-councils-summary")).startsWith("24 councils in your patch");
		browser.follow("My councils by region", "my-councils-by-region");
		assertThat(browser.textOf("main-content")).contains("Manchester").doesNotContain("Leeds");
		SigningIn.stepAway(browser);
	}

	@ParameterizedTest
	@EnumSource
	void anAdministratorSetsACoordinatorsPatch(Scripts scripts) {
		Browser browser = startJourney("admin-patches", scripts);
		signIn(browser, "admin@example.com", DEMO_PASSWORD, "admin-home");
		browser.follow("Coordinators' patches", "patches");
		assertThat(browser.heading()).isEqualTo("Coordinators' patches");
		browser.followFirst("a[href^='/admin/patches/']", "a-coordinators-patch");
		assertThat(browser.heading()).isEqualTo("Their patch");
		browser.tick("regions");
		browser.press("Save patch", "patch-saved");
		assertThat(browser.path()).isEqualTo("/admin/patches");
		assertThat(browser.textOf("main-content")).contains("patch is saved", "East Midlands");
		SigningIn.stepAway(browser);
	}

	@ParameterizedTest
	@EnumSource
	void anAdministratorReadsTheImpactDashboardAndSetsTheYearsTargets(Scripts scripts) {
		Browser browser = startJourney("impact", scripts);
		signIn(browser, "admin@example.com", DEMO_PASSWORD, "admin-home");
		browser.follow("Impact", "impact-dashboard");
		assertThat(browser.heading()).isEqualTo("Impact");
		assertThat(browser.textOf("status-rule")).contains("90%");
		assertThat(browser.textOf("figure-signatories")).contains("Organisations that had signed the Covenant");
		browser.select("region", "E12000002");
		browser.select("measure", "COUNCILS_EMBEDDED");
		browser.press("Show figures", "impact-north-west");
		assertThat(browser.textOf("chart-heading"))
			.isEqualTo("Councils with the Whole Council Approach embedded, month by month");
		assertThat(browser.textOf("figure-councilsEmbedded")).containsAnyOf("On track", "Slightly behind", "Behind",
				"Not recorded");
		// Where opportunities are missing in the region: Manchester's young person
		browser.follow("Where opportunities are missing", "impact-coverage-north-west");
		assertThat(browser.textOf("councils")).contains("Manchester", "No care leavers on Connects");
		assertThat(browser.textOf("summary")).contains("on Connects in North West");
		browser.follow("Back to Impact", "impact-dashboard-again");
		// One council's figures: its own care leavers, not the region's
		browser.select("region", "");
		browser.select("council", "manchester");
		browser.press("Show figures", "impact-manchester");
		assertThat(browser.textOf("main-content")).contains(", Manchester");
		assertThat(browser.textOf("figure-careLeaversRegistered")).contains("those its councils looked after");
		browser.follow("Set the targets for this year", "impact-targets");
		browser.fillIn("signatories", "two hundred");
		browser.press("Save targets", "impact-targets-refused");
		assertThat(browser.errorSummary())
			.containsExactly("The target for signatories must be a whole number, like 250");
		browser.fillIn("signatories", "260");
		browser.press("Save targets", "impact-targets-saved");
		assertThat(browser.textOf("main-content")).contains("The targets for April");
		SigningIn.stepAway(browser);
	}

	@ParameterizedTest
	@EnumSource
	void anAdministratorDefinesAKpiAfterARefusedOneAndTheDashboardShowsIt(Scripts scripts) {
		Browser browser = startJourney("defined-kpi", scripts);
		signIn(browser, "admin@example.com", DEMO_PASSWORD, "admin-home-kpis");
		browser.follow("define KPIs", "defined-kpis");
		// The demo's own defined KPI
		assertThat(browser.textOf("kpis")).contains("Career-path sessions held", "In use");
		browser.follow("Define a KPI", "define-kpi");
		browser.press("Define the KPI", "define-kpi-refused");
		assertThat(browser.errorSummary()).contains("Enter a name for the KPI", "Choose what the KPI counts");
		String name = "Leisure take-ups " + scripts.ordinal() + java.util.UUID.randomUUID().toString().substring(0, 4);
		browser.fillIn("name", name);
		browser.fillIn("definition", "Take-ups of free tickets and activities from 1 April.");
		browser.choose("basis-TAKE_UPS");
		browser.select("orientation", "LEISURE");
		browser.choose("cadence");
		browser.fillIn("target", "300");
		browser.press("Define the KPI", "kpi-defined");
		assertThat(browser.textOf("main-content")).contains("The KPI " + name + " is defined",
				"Take-ups (leisure and entertainment opportunities only)");
		browser.open("/coordinator/impact", "impact-with-defined-kpis");
		assertThat(browser.textOf("main-content")).contains(name,
				"Take-ups of free tickets and activities from 1 April.", "Career-path sessions held");
		SigningIn.stepAway(browser);
	}

	@ParameterizedTest
	@EnumSource
	void theCoordinatorReadsLastTermsReportAndIssuesTheSpringTermsAfterARefusedOne(Scripts scripts) {
		Browser browser = startJourney("termly-report", scripts);
		signIn(browser, "coordinator@example.com", DEMO_PASSWORD, "coordinator-home");
		browser.follow("Termly reports", "termly-reports");
		assertThat(browser.heading()).isEqualTo("Termly reports");
		// The demo issued last term's report, as the demo coordinator
		String lastTerm = org.covenantconnects.impact.Term
			.of(java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")))
			.previous()
			.label();
		assertThat(browser.textOf("issued")).contains(lastTerm + ", version 1", "Chris Morgan");
		browser.follow(lastTerm + ", version 1", "termly-report-issued");
		assertThat(browser.textOf("narrative-text")).startsWith("By the end of the");
		assertThat(browser.textOf("downloads")).contains("PDF", "XLSX", "CSV");
		assertThat(browser.download(browser.path() + "/pdf")).startsWith("%PDF-");
		browser.follow("Back to termly reports", "termly-reports-again");
		browser.select("term", "2025-spring");
		browser.press("Preview the report", "termly-report-preview");
		assertThat(browser.heading()).isEqualTo("Spring term 2026");
		assertThat(browser.textOf("as-of")).contains("31 March 2026");
		browser.press("Issue the report", "termly-report-refused");
		assertThat(browser.errorSummary()).containsExactly("Enter the narrative: what the term's figures say");
		browser.fillIn("narrative",
				"Spring was steady.\n\nEmployment take-ups are behind: we will ask for more offers.");
		browser.press("Issue the report", "termly-report-issued-spring");
		assertThat(browser.textOf("main-content")).contains("The report for the spring term 2026 is issued, version");
		assertThat(browser.textOf("narrative-text")).contains("Employment take-ups are behind");
		SigningIn.stepAway(browser);
	}

	@ParameterizedTest
	@EnumSource
	void theCoordinatorFiltersToARegionOpensARedKpisRecordsAndIssuesTheSpringTermReport(Scripts scripts) {
		Browser browser = startJourney("impact-red-kpi", scripts);
		signIn(browser, "coordinator@example.com", DEMO_PASSWORD, "coordinator-home");
		browser.follow("Impact", "impact-dashboard-coordinator");
		browser.select("region", "E12000002");
		browser.press("Show figures", "impact-coordinator-north-west");
		browser.followFirst("tr[data-status='RED'] a.records-link", "impact-red-kpi-records");
		assertThat(browser.textOf("as-of")).startsWith("The records counted as of the end of");
		assertThat(browser.textOf("main-content")).contains("North West");
		browser.follow("Back to impact", "impact-dashboard-north-west-again");
		browser.follow("Termly reports", "termly-reports-from-impact");
		browser.select("term", "2025-spring");
		browser.press("Preview the report", "spring-report-preview");
		browser.fillIn("narrative", "Spring's figures, with the North West behind on its KPIs.");
		browser.press("Issue the report", "spring-report-issued");
		assertThat(browser.textOf("main-content")).contains("The report for the spring term 2026 is issued");
		assertThat(browser.download(browser.path() + "/pdf")).startsWith("%PDF-");
		assertThat(browser.download(browser.path() + "/xlsx")).startsWith("PK");
		SigningIn.stepAway(browser);
	}

	@ParameterizedTest
	@EnumSource
	void theSignatorySeesItsOrganisationsImpact(Scripts scripts) {
		Browser browser = startJourney("organisation-impact", scripts);
		signIn(browser, "signatory@example.com", DEMO_PASSWORD, "signatory-home");
		browser.open("/organisation", "organisation");
		browser.follow("Your impact", "organisation-impact");
		assertThat(browser.heading()).isEqualTo("Your impact");
		assertThat(browser.textOf("tier")).isNotBlank();
		assertThat(browser.textOf("next-tier")).contains("needs");
		assertThat(browser.textOf("stages")).contains("Applied", "Still going");
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
