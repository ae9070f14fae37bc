package org.covenantconnects.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.covenantconnects.TestMailServer;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.Role;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.supporter.NewSupporter;
import org.covenantconnects.supporter.OrganisationType;
import org.covenantconnects.supporter.SupporterRole;
import org.covenantconnects.supporter.Supporters;
import org.covenantconnects.supporter.Verification;
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
 * Colleges and universities in a real Chromium, with JavaScript and without: the demo
 * coordinator adds a college, records its memorandum of understanding and a pillar action
 * with its evidence; the public filters the list by an offer and compares three colleges
 * side by side. Every page is checked as in {@link KeyJourneysBrowserTests}.
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
class InstitutionsBrowserTests {

	private static final String DEMO_PASSWORD = "covenant-demo";

	/** The North East's region code in the reference data. */
	private static final String NORTH_EAST = "E12000001";

	@LocalServerPort
	private int port;

	@Autowired
	private ServedPages served;

	@Autowired
	private Accounts accounts;

	@Autowired
	private Supporters supporters;

	private final Map<Scripts, Browser> browsers = new EnumMap<>(Scripts.class);

	private Accessibility accessibility;

	private HtmlConformance html;

	@ParameterizedTest
	@EnumSource
	void theCoordinatorAddsACollegeWithItsMemorandumAndAPillarActionWithEvidence(Scripts scripts) {
		Browser browser = startJourney("institution-added", scripts);
		signIn(browser, "coordinator@example.com", DEMO_PASSWORD, "coordinator-home");
		browser.follow("Colleges and universities", "institutions");
		assertThat(browser.heading()).isEqualTo("Colleges and universities");
		assertThat(browser.textOf("main-content")).contains("Newcastle College", "Lewisham College");
		browser.follow("Add a college or university", "add-institution");
		browser.press("Add the institution", "institution-refused");
		assertThat(browser.errorSummary()).containsExactly("Enter the institution's name",
				"Select whether it is a further education college or a university",
				"Select the region the institution is in", "Select the area: North, Midlands or South");
		String name = "Hexham Abbey College " + UUID.randomUUID().toString().substring(0, 6);
		browser.fillIn("name", name);
		browser.choose("kind");
		browser.select("region", NORTH_EAST);
		browser.choose("area");
		browser.fillIn("webAddress", "https://www.hexham-abbey.example");
		browser.fillIn("emailDomains", "hexham-abbey.example");
		browser.press("Add the institution", "institution-added");
		assertThat(browser.heading()).isEqualTo(name);
		assertThat(browser.textOf("partner")).isEqualTo("No");

		browser.follow("Change the partnership", "partnership");
		browser.choose("partner");
		browser.fillIn("mouSignedOn.day", "12");
		browser.fillIn("mouSignedOn.month", "9");
		browser.fillIn("mouSignedOn.year", "2025");
		browser.fillIn("mouReviewOn.day", "12");
		browser.fillIn("mouReviewOn.month", "9");
		browser.fillIn("mouReviewOn.year", "2027");
		browser.fillIn("mouLink", "https://www.hexham-abbey.example/covenant-memorandum.pdf");
		browser.fillIn("contactName", "Ruth Armstrong");
		browser.fillIn("contactRole", "Head of student support");
		browser.fillIn("contactEmail", "ruth.armstrong@hexham-abbey.example");
		browser.press("Save the partnership", "partnership-saved");
		assertThat(browser.textOf("partner")).isEqualTo("Yes");
		assertThat(browser.textOf("mou-signed")).isEqualTo("12 September 2025");
		assertThat(browser.textOf("central-contact")).contains("Ruth Armstrong, Head of student support");

		browser.follow("Add an action", "add-action");
		browser.choose("pillar");
		browser.fillIn("action", "Name a care leaver contact in every faculty");
		browser.fillIn("owner", "Head of student services");
		browser.fillIn("dueOn.day", "31");
		browser.fillIn("dueOn.month", "3");
		browser.fillIn("dueOn.year", "2026");
		browser.choose("status-DONE");
		browser.press("Add the action", "evidence-missing");
		assertThat(browser.errorSummary()).containsExactly("Enter the evidence that the action is done");
		browser.fillIn("evidence", "Contacts named on the student intranet.");
		browser.press("Add the action", "action-added");
		assertThat(browser.textOf("pillar-student")).contains("Name a care leaver contact in every faculty", "Done",
				"Contacts named on the student intranet.");
		assertThat(browser.textOf("embedded")).contains("has not embedded");

		browser.follow("Change the offers", "offers");
		browser.choose("contactAnswer");
		browser.choose("bursaryAnswer");
		browser.fillIn("bursaryAmount", "1,100");
		browser.press("Save the offers", "offers-refused");
		assertThat(browser.errorSummary()).containsExactly("Enter the name of the contact for care leavers",
				"Enter the work email address of the contact for care leavers");
		browser.fillIn("contactName", "Ruth Armstrong");
		browser.fillIn("contactEmail", "careleavers@hexham-abbey.example");
		browser.choose("accommodationAnswer-NO");
		browser.choose("applicationsAnswer");
		browser.choose("mentalHealthAnswer-NOT_KNOWN");
		browser.choose("otherAnswer-NOT_KNOWN");
		browser.press("Save the offers", "offers-saved");
		assertThat(browser.textOf("offer-answers")).contains("£1,100 a year", "careleavers@hexham-abbey.example");
		SigningIn.stepAway(browser);
	}

	@ParameterizedTest
	@EnumSource
	void thePublicFiltersByAnOfferAndComparesThreeColleges(Scripts scripts) {
		Browser browser = startJourney("institutions-compared", scripts);
		browser.open("/colleges-and-universities", "public-list");
		assertThat(browser.heading()).isEqualTo("Colleges and universities");
		browser.tick("offers-accommodation");
		browser.press("Filter", "filtered-by-accommodation");
		assertThat(browser.textOf("main-content")).contains("University of Pennine Dales")
			.doesNotContain("Newcastle College");
		browser.follow("Compare up to three side by side", "compare");
		browser.press("Compare", "none-chosen");
		assertThat(browser.errorSummary()).containsExactly("Select 2 or 3 colleges or universities to compare");
		browser.tick("institutions-newcastle-college");
		browser.tick("institutions-lewisham-college");
		browser.tick("institutions-trent-meadows-college");
		browser.press("Compare", "three-compared");
		assertThat(browser.textOf("comparison")).contains("Newcastle College", "Lewisham College",
				"Trent Meadows College", "A bursary", "£1,200 a year", "Accommodation all year round");
		browser.follow("Newcastle College", "newcastle-college");
		assertThat(browser.heading()).isEqualTo("Newcastle College");
		assertThat(browser.textOf("embedded")).contains("has embedded");
		browser.open("/register/care-leaver/institution", "register-which-college");
		assertThat(browser.heading()).isEqualTo("Which college or university do you go to?");
	}

	@ParameterizedTest
	@EnumSource
	void theYoungPersonChoosesTheirCollegeFromTheListInYourDetails(Scripts scripts) {
		Browser browser = startJourney("institution-chosen", scripts);
		signIn(browser, "care-leaver@example.com", DEMO_PASSWORD, "care-leaver-home");
		browser.open("/my-account/details/institution", "which-college");
		assertThat(browser.heading()).isEqualTo("Which college or university do you go to?");
		browser.select("chosenInstitution", "not-listed");
		browser.press("Save", "name-missing");
		assertThat(browser.errorSummary()).containsExactly("Enter the name of your college or university");
		browser.select("chosenInstitution", (scripts == Scripts.ON) ? "newcastle-college" : "lewisham-college");
		browser.press("Save", "college-chosen");
		assertThat(browser.path()).isEqualTo("/my-account/details");
		assertThat(browser.textOf("main-content"))
			.contains((scripts == Scripts.ON) ? "Newcastle College" : "Lewisham College");
		browser.press("Sign out", "care-leaver-signed-out");

		// Newcastle College's own contact sees its figures.
		String tutor = "tutor-" + scripts.name().toLowerCase() + "-" + System.nanoTime() + "@ncl-coll.example";
		AccountId account = this.accounts.createDemoAccount("Tyne Tutor", tutor, DEMO_PASSWORD, Role.SUPPORTER);
		this.supporters.createDemoSupporter(
				account, new NewSupporter("Tyne Tutor", SupporterRole.COLLEGE_STAFF,
						OrganisationType.COLLEGE_OR_UNIVERSITY, "Newcastle College", new LocalAuthorityId(24), tutor),
				Verification.VERIFIED);
		signIn(browser, tutor, DEMO_PASSWORD, "college-contact-home");
		// They keep its offers up to date, then read its figures
		browser.open("/supporter/institution", "college-offers");
		assertThat(browser.path()).isEqualTo("/supporter/institutions/newcastle-college/offers");
		assertThat(browser.heading()).isEqualTo("What it offers care leavers");
		browser.choose("mentalHealthAnswer");
		browser.fillIn("mentalHealthSentence", "Counsellors with care leaver training on both campuses.");
		browser.press("Save the offers", "college-offers-saved");
		assertThat(browser.path()).isEqualTo("/supporter/institutions/newcastle-college/offers");
		browser.follow("Your care leavers on Connects", "college-figures");
		assertThat(browser.heading()).isEqualTo("Your care leavers on Connects");
		// The demo's year of activity: 14 young people going there (and any a journey
		// added), 7 of whom came to events in the North East
		assertThat(Integer.parseInt(browser.textOf("care-leavers"))).isGreaterThanOrEqualTo(14);
		assertThat(browser.textOf("events-attended-by")).isEqualTo("7");
		browser.open("/colleges-and-universities/newcastle-college", "college-public-page");
		assertThat(browser.textOf("main-content")).contains("Counsellors with care leaver training on both campuses.");
		SigningIn.stepAway(browser);

		// Staff at a college that is not on the list yet are told so
		String elsewhere = "tutor-" + scripts.name().toLowerCase() + "-" + System.nanoTime()
				+ "@not-yet-listed.example";
		AccountId other = this.accounts.createDemoAccount("Wear Tutor", elsewhere, DEMO_PASSWORD, Role.SUPPORTER);
		this.supporters.createDemoSupporter(other, new NewSupporter("Wear Tutor", SupporterRole.COLLEGE_STAFF,
				OrganisationType.COLLEGE_OR_UNIVERSITY, "Not Yet Listed College", new LocalAuthorityId(24), elsewhere),
				Verification.VERIFIED);
		signIn(browser, elsewhere, DEMO_PASSWORD, "unlisted-college-home");
		browser.open("/supporter/institution", "college-not-linked");
		assertThat(browser.heading()).isEqualTo("Your college or university is not linked to your account yet");
		browser.press("Sign out", "unlisted-college-signed-out");
	}

	@ParameterizedTest
	@EnumSource
	void theCoordinatorImportsAListOfCollegesAndReadsTheCollegesYoungPeopleTyped(Scripts scripts) throws IOException {
		Browser browser = startJourney("institutions-imported", scripts);
		signIn(browser, "coordinator@example.com", DEMO_PASSWORD, "coordinator-home");
		browser.open("/coordinator/institutions", "institutions");
		browser.follow("Import a list of colleges and universities", "import-list");
		browser.press("Check the list", "no-list");
		assertThat(browser.errorSummary()).containsExactly("Select a CSV file of colleges and universities");
		String tag = scripts.name() + " " + UUID.randomUUID().toString().substring(0, 6);
		Path list = Files.createTempFile("colleges", ".csv");
		Files.writeString(list, "name,kind,region,area,partner\n" + "Newcastle College,FE,North East,North,\n"
				+ "Alnmouth College " + tag + ",FE,North East,Wessex,no\n", StandardCharsets.UTF_8);
		browser.attach("file", list);
		browser.press("Check the list", "list-refused");
		assertThat(browser.errorSummary())
			.containsExactly("Row 3: The area \"Wessex\" is not known: enter North, Midlands or South");
		browser.follow("Upload the corrected file", "import-again");
		Files.writeString(list, "name,kind,region,area,partner\n" + "Newcastle College,FE,North East,North,\n"
				+ "Alnmouth College " + tag + ",FE,North East,North,no\n", StandardCharsets.UTF_8);
		browser.attach("file", list);
		browser.press("Check the list", "list-report");
		assertThat(browser.heading()).isEqualTo("What the list will do");
		assertThat(browser.textOf("count-ADD")).isEqualTo("1");
		assertThat(browser.textOf("count-UNCHANGED")).isEqualTo("1");
		assertThat(browser.textOf("row-3")).contains("Alnmouth College " + tag, "Will be added");
		browser.press("Import the list", "list-imported");
		assertThat(browser.path()).isEqualTo("/coordinator/institutions");
		assertThat(browser.textOf("main-content")).contains("The list is imported: 1 added, 0 updated, 1 unchanged",
				"Alnmouth College " + tag);

		// The colleges young people typed that match none: counts, never names
		browser.follow("Colleges and universities young people typed that match none in the list", "typed-names");
		assertThat(browser.heading()).isEqualTo("Colleges and universities young people typed");
		assertThat(browser.textOf("typed-names")).contains("Newcastle Colege", "Kendal College")
			.doesNotContain("trent meadows college", "Dylan Hart");
		browser.press("Match Kendal College", "typed-name-not-chosen");
		assertThat(browser.errorSummary())
			.containsExactly("Select the college or university that \u201cKendal College\u201d names");
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
