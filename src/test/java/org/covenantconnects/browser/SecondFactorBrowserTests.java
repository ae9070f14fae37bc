package org.covenantconnects.browser;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.covenantconnects.TestMailServer;
import org.covenantconnects.browser.Browser.Scripts;
import org.covenantconnects.careleaver.CareLeavers;
import org.covenantconnects.careleaver.NewCareLeaver;
import org.covenantconnects.careleaver.Situation;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.Role;
import org.covenantconnects.identity.SecondFactors;
import org.covenantconnects.identity.SecondStepForTests;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.RegionCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second factor at sign-in, in a real Chromium with JavaScript off: a care leaver turns
 * codes from an app on and signs in with a code and with a recovery code, and a
 * coordinator with no second factor is made to set one up before anything else. Every
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
class SecondFactorBrowserTests {

	private static final String PASSWORD = "quartz meadow lantern";

	@LocalServerPort
	private int port;

	@Autowired
	private ServedPages served;

	@Autowired
	private Accounts accounts;

	@Autowired
	private CareLeavers careLeavers;

	@Autowired
	private SecondFactors secondFactors;

	@Autowired
	private JdbcClient jdbc;

	private Browser browser;

	@Test
	void aCareLeaverTurnsOnCodesFromAnAppAndSignsInWithACodeThenWithARecoveryCode() {
		String email = "second-factor-" + System.nanoTime() + "@example.com";
		AccountId young = this.careLeavers
			.register(new NewCareLeaver("Sam Second", null, email, LocalDate.now().minusYears(17).minusDays(3),
					new LocalAuthorityId(24), new RegionCode("E12000002"), Set.of(), Set.of(OpportunityType.JOB),
					Situation.NONE, null), PASSWORD)
			.orElseThrow();
		this.jdbc.sql("update account set status = 'ACTIVE', email_verified_at = now() where id = :id")
			.param("id", young.value())
			.update();

		Browser browser = startJourney("second-factor-care-leaver");
		signIn(browser, email, PASSWORD);
		assertThat(browser.path()).as("offered, not required").isEqualTo("/for-you");
		browser.open("/my-account", "my-account");
		assertThat(browser.textOf("main-content")).contains("Code from an app when you sign in");
		browser.open("/my-account/second-factor", "second-factor-off");
		assertThat(browser.textOf("second-factor-status")).contains("off");
		browser.follow("Turn on codes from an app", "set-up");
		browser.press("Turn on", "set-up-no-code");
		assertThat(browser.errorSummary()).containsExactly("Enter the 6-digit code your app shows now");
		String key = browser.textOf("key");
		assertThat(key).matches("([A-Z2-7]{4} )+[A-Z2-7]{1,4}");
		SecondStepForTests.remember(email, key);
		browser.fillIn("code", SecondStepForTests.nextCode(email));
		browser.press("Turn on", "recovery-codes");
		List<String> recoveryCodes = List.of(browser.textOf("recovery-codes").split("\\s+"));
		assertThat(recoveryCodes).hasSize(10).allMatch((code) -> code.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
		browser.follow("I have saved my recovery codes", "second-factor-on");
		assertThat(browser.textOf("second-factor-status")).contains("on", "10 recovery codes");
		browser.press("Sign out", "signed-out");

		// Password, then a code from the app.
		browser.open("/sign-in", "sign-in");
		browser.fillIn("email", email);
		browser.fillIn("password", PASSWORD);
		browser.press("Sign in", "code");
		assertThat(browser.path()).isEqualTo("/sign-in/code");
		browser.open("/for-you", "not-yet-signed-in");
		assertThat(browser.path()).as("only the password: not signed in").isEqualTo("/sign-in");
		signIn(browser, email, PASSWORD);
		assertThat(browser.path()).isEqualTo("/for-you");
		browser.press("Sign out", "signed-out-again");

		// Password, then a recovery code, which works once.
		for (String attempt : List.of("first", "again")) {
			browser.open("/sign-in", "sign-in-recovery-" + attempt);
			browser.fillIn("email", email);
			browser.fillIn("password", PASSWORD);
			browser.press("Sign in", "code-" + attempt);
			browser.follow("I cannot use my app: use a recovery code", "recovery-code-" + attempt);
			browser.fillIn("code", recoveryCodes.get(0));
			browser.press("Continue", "after-recovery-code-" + attempt);
			if (attempt.equals("first")) {
				assertThat(browser.path()).isEqualTo("/for-you");
				browser.press("Sign out", "signed-out-recovery");
			}
			else {
				assertThat(browser.errorSummary()).containsExactly("The recovery code is not right or has been used");
			}
		}
		browser.fillIn("code", recoveryCodes.get(1));
		browser.press("Continue", "second-recovery-code");
		assertThat(browser.path()).isEqualTo("/for-you");

		// New recovery codes and turning it off ask for the password again.
		browser.open("/my-account/second-factor/recovery-codes", "new-codes");
		browser.fillIn("currentPassword", "not my password");
		browser.press("Get new recovery codes", "new-codes-wrong-password");
		assertThat(browser.errorSummary()).containsExactly("Your password is not right. Try again");
		browser.fillIn("currentPassword", PASSWORD);
		browser.press("Get new recovery codes", "new-recovery-codes");
		assertThat(browser.textOf("recovery-codes")).doesNotContain(recoveryCodes.get(2));
		browser.follow("I have saved my recovery codes", "second-factor-new-codes");
		browser.follow("Turn off codes from an app", "turn-off");
		browser.press("Turn off", "turn-off-no-password");
		assertThat(browser.errorSummary()).containsExactly("Enter your password");
		browser.fillIn("currentPassword", PASSWORD);
		browser.press("Turn off", "turned-off");
		assertThat(browser.textOf("second-factor-status")).contains("off");
		assertThat(this.secondFactors.isOn(young)).isFalse();
	}

	@Test
	void aCoordinatorWithoutASecondFactorMustSetOneUpBeforeAnythingElse() {
		String email = "coordinator-" + System.nanoTime() + "@example.com";
		AccountId coordinator = this.accounts.createDemoAccount("Casey Coordinator", email, PASSWORD, Role.COORDINATOR);
		this.secondFactors.turnOff(coordinator);

		Browser browser = startJourney("second-factor-required");
		browser.open("/sign-in", "sign-in");
		browser.fillIn("email", email);
		browser.fillIn("password", PASSWORD);
		browser.press("Sign in", "must-set-up");
		assertThat(browser.path()).isEqualTo("/sign-in/set-up");
		assertThat(browser.heading()).isEqualTo("Set up an authenticator app");
		browser.open("/coordinator/signatories", "nothing-else");
		assertThat(browser.path()).isEqualTo("/sign-in");
		signIn(browser, email, PASSWORD);
		assertThat(browser.path()).as("back to the page they asked for").isEqualTo("/coordinator/signatories");
		assertThat(this.secondFactors.isOn(coordinator)).isTrue();
		browser.press("Sign out", "signed-out");

		// A demo account's code page shows the code, marked as demo data only.
		browser.open("/sign-in", "sign-in-demo");
		browser.fillIn("email", "coordinator@example.com");
		browser.fillIn("password", "covenant-demo");
		browser.press("Sign in", "demo-code");
		assertThat(browser.textOf("demo-code")).contains("Demo data only").containsPattern("\\d{6}");
		browser.fillIn("code", "12345");
		browser.press("Continue", "demo-code-wrong");
		assertThat(browser.errorSummary())
			.containsExactly("The code is not right or has been used. Enter the code your app shows now");
		browser.open("/cancel-email-change/not-a-real-token", "cancel-link-not-working");
		assertThat(browser.heading()).isEqualTo("This link has expired or has already been used");
	}

	/** Signing in, with the second step when there is one. */
	private static void signIn(Browser browser, String email, String password) {
		SigningIn.signIn(browser, email, password);
	}

	private Browser startJourney(String journey) {
		if (this.browser == null) {
			this.browser = new Browser(Scripts.OFF, "http://localhost:" + this.port, this.served, new Accessibility(),
					new HtmlConformance());
		}
		this.browser.startJourney(journey);
		return this.browser;
	}

	@AfterAll
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

}
