package org.covenantconnects.browser;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.covenantconnects.TestMailServer;
import org.covenantconnects.browser.Browser.Scripts;
import org.covenantconnects.demo.TinyPdf;
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
 * Prospects and resources for partners in a real Chromium, with JavaScript and without: a
 * coordinator records a prospect (and is told when it is already recorded), logs a call
 * with it and invites it to sign, and the organisation's contact opens the form to sign
 * filled in; a coordinator uploads a resource (a text file renamed to .pdf and a file 1
 * byte above 10 MB are refused) and the public finds it from the local authority partners
 * page. Every page is checked as in {@link KeyJourneysBrowserTests}.
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
class PartnersBrowserTests {

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
	void aCoordinatorRecordsAProspectLogsACallAndInvitesItToSign(Scripts scripts) {
		String word = UUID.randomUUID().toString().substring(0, 6);
		String name = "Wagtail " + word + " Garden Centre";
		String contactEmail = "mo@wagtail-" + word + ".example";
		Browser browser = startJourney("prospect", scripts);
		SigningIn.signedInAs(browser, "coordinator@example.com", DEMO_PASSWORD, "coordinator-home");
		browser.follow("Prospects", "prospects");
		assertThat(browser.heading()).isEqualTo("Prospects");
		assertThat(browser.textOf("main-content")).contains("Mancunian Print Works", "Manchester council");
		browser.follow("Record a prospect", "record-prospect");
		browser.press("Record prospect", "prospect-refused");
		assertThat(browser.errorSummary()).contains("Enter the organisation's name",
				"Enter the name of the person to contact", "Enter the contact's work email address",
				"Select who recommended the organisation");

		browser.fillIn("name", "Mancunian Print Works Ltd");
		browser.fillIn("contactName", "Mo Green");
		browser.fillIn("contactEmail", contactEmail);
		browser.choose("recommendedKind");
		browser.select("council", browser.firstOptionValue("council"));
		browser.press("Record prospect", "prospect-duplicate");
		assertThat(browser.errorSummary()).containsExactly("Mancunian Print Works is already recorded as a prospect");

		browser.fillIn("name", name);
		browser.fillIn("website", "https://www.wagtail-" + word + ".example");
		browser.choose("sector");
		browser.select("region", "E12000002");
		browser.choose("recommendedKind-OTHER");
		browser.fillIn("recommendedBy", "Sam Patel, personal adviser at Manchester City Council");
		browser.press("Record prospect", "prospect-recorded");
		assertThat(browser.heading()).isEqualTo(name);
		assertThat(browser.textOf("status")).contains("Recorded");

		browser.follow("Add a contact", "prospect-add-contact");
		browser.press("Add contact", "prospect-contact-refused");
		assertThat(browser.errorSummary()).contains("Select what kind of contact it was", "Enter who took part");
		browser.choose("kind-CALL");
		browser.fillIn("happenedOn.day", "1");
		browser.fillIn("happenedOn.month", "12");
		browser.fillIn("happenedOn.year", "2026");
		browser.fillIn("who", "Chris Morgan, Mo Green");
		browser.fillIn("summary", "Talked through the Covenant; they could offer horticulture apprenticeships.");
		browser.press("Add contact", "prospect-contact-added");
		assertThat(browser.textOf("main-content")).contains("Call, 1 December 2026",
				"they could offer horticulture apprenticeships");

		browser.press("Invite to sign", "prospect-invited");
		assertThat(browser.textOf("status")).contains("Invited");
		assertThat(browser.textOf("main-content")).contains("Invited to sign the Covenant");
		SigningIn.stepAway(browser);

		String token = TestMailServer.linkToken(
				TestMailServer.awaitEmail(contactEmail, "Sign the Care Leaver Covenant for " + name),
				"/signatories/join/");
		browser.open("/signatories/join/" + token, "invited-to-sign");
		assertThat(browser.textOf("invited")).contains("The Covenant team invited " + name + " to sign");
		assertThat(browser.value("name")).isEqualTo(name);
		assertThat(browser.value("contactEmail")).isEqualTo(contactEmail);
	}

	@ParameterizedTest
	@EnumSource
	void aCoordinatorUploadsAResourceAndThePublicFindsIt(Scripts scripts) throws IOException {
		String title = "Care leavers in social value contracts " + UUID.randomUUID().toString().substring(0, 6);
		Browser browser = startJourney("resource", scripts);
		SigningIn.signedInAs(browser, "coordinator@example.com", DEMO_PASSWORD, "coordinator-home");
		browser.follow("Resources for partners", "coordinator-resources");
		assertThat(browser.textOf("main-content")).contains("Whole Council Approach", "Superseded");
		browser.follow("Upload a document", "upload-resource");
		browser.press("Upload", "upload-refused");
		assertThat(browser.errorSummary()).contains("Enter the document's title", "Select who the document is for",
				"Select a PDF file");

		browser.fillIn("title", title);
		browser.tick("audiences");
		browser.tick("audiences-ORGANISATIONS");
		browser.fillIn("publishedOn.day", "2");
		browser.fillIn("publishedOn.month", "12");
		browser.fillIn("publishedOn.year", "2026");
		Path renamed = Files.createTempFile("renamed-text", ".pdf");
		Files.writeString(renamed, "This is a text file with a PDF's name.", StandardCharsets.UTF_8);
		browser.attach("file", renamed);
		browser.press("Upload", "renamed-text-refused");
		assertThat(browser.errorSummary()).containsExactly("The selected file must be a PDF");
		assertThat(browser.value("title")).isEqualTo(title);

		Path large = Files.createTempFile("large", ".pdf");
		try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
			file.write("%PDF-1.4\n".getBytes(StandardCharsets.ISO_8859_1));
			file.setLength(10L * 1024 * 1024 + 1);
		}
		browser.attach("file", large);
		browser.press("Upload", "too-large-refused");
		assertThat(browser.errorSummary()).containsExactly("The selected file must be 10 MB or smaller");

		Path pdf = Files.createTempFile("resource", ".pdf");
		Files.write(pdf, TinyPdf.of(title, List.of("Uploaded in a browser test")));
		browser.attach("file", pdf);
		browser.press("Upload", "resource-uploaded");
		assertThat(browser.textOf("main-content")).contains(title + " is published on the resources page");
		SigningIn.stepAway(browser);

		browser.open("/councils", "public-councils-resources");
		browser.follow("read and download the resources for partners", "public-resources");
		assertThat(browser.heading()).isEqualTo("Resources for partners");
		assertThat(browser.textOf("resources")).contains(title, "Social Value Toolkit", "Whole Council Approach");
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
