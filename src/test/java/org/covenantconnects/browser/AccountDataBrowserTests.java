package org.covenantconnects.browser;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.covenantconnects.TestMailServer;
import org.covenantconnects.adviserlink.Links;
import org.covenantconnects.browser.Browser.Scripts;
import org.covenantconnects.careleaver.CareLeavers;
import org.covenantconnects.careleaver.NewCareLeaver;
import org.covenantconnects.careleaver.Situation;
import org.covenantconnects.email.Emails;
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
import org.covenantconnects.supporter.NewSupporter;
import org.covenantconnects.supporter.OrganisationType;
import org.covenantconnects.supporter.SupporterRole;
import org.covenantconnects.supporter.Supporters;
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
 * Supporters and signatory users download their data and delete their accounts, in a real
 * Chromium, once with JavaScript and once without; every page is checked as in
 * {@link KeyJourneysBrowserTests}, whose application start this class shares.
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
class AccountDataBrowserTests {

	private static final String PASSWORD = "lantern copper willow";

	@LocalServerPort
	private int port;

	@Autowired
	private ServedPages served;

	@Autowired
	private Accounts accounts;

	@Autowired
	private Supporters supporters;

	@Autowired
	private CareLeavers careLeavers;

	@Autowired
	private Links links;

	@Autowired
	private Signatories signatories;

	@Autowired
	private Emails emails;

	private final Map<Scripts, Browser> browsers = new EnumMap<>(Scripts.class);

	private Accessibility accessibility;

	private HtmlConformance html;

	@ParameterizedTest
	@EnumSource
	void anAdviserDownloadsTheirDataAndDeletesTheirAccountAndTheYoungPersonIsTold(Scripts scripts) {
		String unique = scripts.name().toLowerCase() + "-" + System.nanoTime();
		String email = "leaving-adviser-" + unique + "@example.com";
		AccountId adviser = this.accounts.createDemoAccount("Morgan Leaving", email, PASSWORD, Role.SUPPORTER);
		this.supporters.createDemoSupporter(adviser, new NewSupporter("Morgan Leaving", SupporterRole.PERSONAL_ADVISER,
				OrganisationType.COUNCIL, null, new LocalAuthorityId(24), email), Verification.VERIFIED);
		String youngEmail = "linked-young-" + unique + "@example.com";
		AccountId young = this.accounts.createDemoAccount("Ellis", youngEmail, PASSWORD, Role.CARE_LEAVER);
		this.careLeavers.createDemoProfile(young,
				new NewCareLeaver("Ellis Test", null, youngEmail, LocalDate.now().minusYears(19).minusDays(5),
						new LocalAuthorityId(24), new RegionCode("E12000002"),
						Set.of(Category.EMPLOYMENT_AND_WORK_EXPERIENCE), Set.of(OpportunityType.INTERNSHIP),
						Situation.NONE, null));
		this.links.createDemoLink(adviser, young);

		Browser browser = startJourney("adviser-deletes", scripts);
		signIn(browser, email, PASSWORD, "adviser-home");
		browser.follow("Your account: download your data or delete your account", "adviser-account");
		assertThat(browser.heading()).isEqualTo("Your account");
		assertThat(browser.download("/supporter/account/data")).contains(email, "Morgan Leaving", "PERSONAL_ADVISER",
				"Ellis");
		browser.follow("Delete your account", "adviser-delete");
		assertThat(browser.textOf("main-content")).contains("What young people are told", "does not give your name");
		browser.press("Delete my account", "adviser-delete-unanswered");
		assertThat(browser.errorSummary()).containsExactly("Select that you understand your account will be deleted",
				"Enter your password");
		browser.choose("confirmed");
		browser.fillIn("currentPassword", "not my password");
		browser.press("Delete my account", "adviser-delete-wrong-password");
		assertThat(browser.errorSummary()).containsExactly("Your password is not right. Try again");
		// The box stays ticked; only the password is asked for again.
		browser.fillIn("currentPassword", PASSWORD);
		browser.press("Delete my account", "adviser-deleted");
		assertThat(browser.path()).isEqualTo("/account-deleted");
		browser.open("/supporter", "adviser-after-deletion");
		assertThat(browser.path()).isEqualTo("/sign-in");

		assertThat(this.links.supportersOf(young)).isEmpty();
		assertThat(this.emails.sentTo(youngEmail)).extracting(Emails.SentEmail::textBody)
			.anySatisfy((body) -> assertThat(body).contains("One of the advisers linked with your Covenant Connects")
				.doesNotContain("Morgan"));
		assertThat(this.accounts.idOf(email)).isEmpty();
	}

	@ParameterizedTest
	@EnumSource
	void theLastUserOfAnOrganisationIsWarnedDownloadsTheirDataAndDeletesTheirAccountAndTheOrganisationStays(
			Scripts scripts) {
		String unique = scripts.name().toLowerCase() + "-" + System.nanoTime();
		String email = "leaving-organiser-" + unique + "@example.com";
		AccountId member = this.accounts.createDemoAccount("Jo Leaving", email, PASSWORD, Role.SIGNATORY);
		String name = "Leaving Ltd " + unique;
		SignatoryId organisation = this.signatories.createDemoSignatory(
				new NewOrganisation(name, Sector.PRIVATE, Size.SMALL, null, true, List.of(), "Work experience"),
				LocalDate.now().minusDays(10), member);

		Browser browser = startJourney("organiser-deletes", scripts);
		signIn(browser, email, PASSWORD, "organisation");
		browser.follow("Your account", "organiser-account");
		assertThat(browser.heading()).isEqualTo("Your account");
		assertThat(browser.download("/organisation/account/data")).contains(email, "Jo Leaving", name);
		browser.follow("Delete your account", "organiser-delete");
		assertThat(browser.textOf("main-content")).contains(name + " stays",
				"You are the only person who can act for " + name);
		browser.press("Delete my account", "organiser-delete-unanswered");
		assertThat(browser.errorSummary()).containsExactly("Select that you understand your account will be deleted",
				"Enter your password");
		browser.choose("confirmed");
		browser.fillIn("currentPassword", "not my password");
		browser.press("Delete my account", "organiser-delete-wrong-password");
		assertThat(browser.errorSummary()).containsExactly("Your password is not right. Try again");
		// The box stays ticked; only the password is asked for again.
		browser.fillIn("currentPassword", PASSWORD);
		browser.press("Delete my account", "organiser-deleted");
		assertThat(browser.path()).isEqualTo("/account-deleted");
		browser.open("/organisation", "organiser-after-deletion");
		assertThat(browser.path()).isEqualTo("/sign-in");

		assertThat(this.signatories.find(organisation)).as("the organisation stays").isPresent();
		assertThat(this.signatories.members(organisation)).isEmpty();
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
