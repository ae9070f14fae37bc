package org.covenantconnects.browser;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.covenantconnects.TestMailServer;
import org.covenantconnects.browser.Browser.Scripts;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.Role;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.takeup.CheckInDue;
import org.covenantconnects.takeup.TakeUpId;
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
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff accounts in a real Chromium, with and without JavaScript: an administrator
 * records a coordinator's enhanced DBS check, finds a care leaver only by their whole
 * email address, reads the admin audit log and a recorded email, and runs again work that
 * was given up on; a coordinator whose check has expired is told why a young person's
 * record is closed to them. Every page is checked with axe and the Nu HTML Checker, as in
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
class StaffChecksBrowserTests {

	private static final String DEMO_PASSWORD = "covenant-demo";

	@LocalServerPort
	private int port;

	@Autowired
	private ServedPages served;

	@Autowired
	private Accounts accounts;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private EventSerializer serializer;

	private final Map<Scripts, Browser> browsers = new EnumMap<>(Scripts.class);

	private Accessibility accessibility;

	private HtmlConformance html;

	@ParameterizedTest
	@EnumSource
	void anAdministratorRecordsACheckFindsACareLeaverByTheirWholeAddressAndReadsTheAuditLog(Scripts scripts) {
		String name = "Taylor Brooks " + scripts.name().toLowerCase();
		AccountId coordinator = this.accounts.createDemoAccount(name,
				"dbs-" + scripts.name().toLowerCase() + "-" + System.nanoTime() + "@example.com", DEMO_PASSWORD,
				Role.COORDINATOR);
		Browser browser = startJourney("admin-staff-checks", scripts);
		signIn(browser, "admin@example.com", DEMO_PASSWORD);
		assertThat(browser.textOf("main-content")).contains("Enhanced DBS checks to renew")
			.contains("Kim Lowe: expired");

		browser.open("/admin/dbs-checks", "dbs-checks");
		assertThat(browser.textOf("dbs-checks")).contains("Kim Lowe").contains("Expired").contains(name);

		browser.open("/admin/dbs-checks/" + coordinator.value(), "record-check");
		browser.fillIn("issued.day", "14");
		browser.fillIn("issued.month", "5");
		browser.fillIn("issued.year", "2026");
		browser.fillIn("certificateReference", "1234");
		browser.press("Record the check", "record-check-refused");
		assertThat(browser.errorSummary())
			.containsExactly("Certificate number must be the 12 numbers printed on the certificate");
		browser.fillIn("certificateReference", "0011 2233 4455");
		browser.press("Record the check", "check-recorded");
		assertThat(browser.path()).isEqualTo("/admin/dbs-checks");
		assertThat(browser.textOf("dbs-checks")).contains("001122334455").contains("14 May 2029");

		browser.open("/admin/users", "accounts");
		assertThat(browser.textOf("staff")).contains("Chris Morgan").doesNotContain("care-leaver@example.com");
		browser.fillIn("email", "care-leaver@example");
		browser.press("Find the account", "partial-address");
		assertThat(browser.textOf("no-account-found")).isEqualTo("No account has this email address.");
		browser.fillIn("email", "care-leaver@example.com");
		browser.press("Find the account", "whole-address");
		assertThat(browser.textOf("found-account")).contains("Jade Okafor").contains("Care leaver");

		browser.open("/admin/audit-log", "audit-log");
		assertThat(browser.textOf("admin-audit-log")).contains("Recorded an enhanced DBS check")
			.contains("Certificate 001122334455")
			.contains("Searched for an account by email address")
			.contains("Jade Okafor (care-leaver@example.com)");

		UUID email = recordedEmail();
		browser.open("/admin/messages/" + email, "recorded-email");
		assertThat(browser.textOf("main-content")).contains("A recorded email to read");

		String began = givenUpWork(scripts.ordinal());
		browser.open("/admin/stuck-work", "stuck-work");
		assertThat(browser.textOf("stuck-work")).contains("AdviserAlerts.on(CheckInDue)")
			.contains("Given up after 5 attempts");
		browser.press("Run again AdviserAlerts.on(CheckInDue) from " + began, "stuck-work-run-again");
		assertThat(browser.path()).isEqualTo("/admin/stuck-work");
		assertThat(browser.textOf("main-content")).contains("The work is running again");
	}

	/**
	 * Work that failed every attempt: a check-in's adviser alerts, about nobody who
	 * exists, so running it again changes nothing.
	 * @return when it began, as the page says it
	 */
	private String givenUpWork(int minute) {
		CheckInDue event = new CheckInDue(new TakeUpId(UUID.randomUUID()), new AccountId(UUID.randomUUID()),
				new OpportunityId(UUID.randomUUID()), 3);
		this.jdbc.sql("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
				  completion_attempts, last_resubmission_date)
				values (:id, :listener, :type, :event, :began, 'FAILED', 5, :began)
				""")
			.param("id", UUID.randomUUID())
			.param("listener",
					"org.covenantconnects.adviserlink.internal.AdviserAlerts.on(" + CheckInDue.class.getName() + ")")
			.param("type", CheckInDue.class.getName())
			.param("event", this.serializer.serialize(event).toString())
			.param("began", OffsetDateTime.parse("2026-01-05T09:3" + minute + ":00Z"))
			.update();
		return "5 Jan 2026 09:3" + minute;
	}

	@ParameterizedTest
	@EnumSource
	void aCoordinatorWhoseCheckExpiredIsToldWhyTheyCannotOpenAYoungPersonsRecord(Scripts scripts) {
		Browser browser = startJourney("lapsed-coordinator", scripts);
		signIn(browser, "lapsed-coordinator@example.com", DEMO_PASSWORD);
		assertThat(browser.textOf("main-content")).contains("Your enhanced DBS check has expired");
		browser.open("/coordinator/caseload", "caseload-refused");
		assertThat(browser.heading()).isEqualTo("You cannot open young people's records at the moment");
		assertThat(browser.textOf("dbs-reason")).contains("Your enhanced DBS check has expired");
		assertThat(browser.textOf("main-content")).contains("admin@example.com");
		browser.follow("Signatory pipeline", "signatories-still-open");
		assertThat(browser.path()).isEqualTo("/coordinator/signatories");
	}

	/** An email recorded rather than sent, as with no mail server and demo data. */
	private UUID recordedEmail() {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("""
					insert into email_message (id, recipient, subject, text_body, status, next_attempt_at, created_at, sent_at)
					values (:id, 'care-leaver@example.com', 'A recorded email to read', 'Hello Jade, this email was recorded.',
					  'RECORDED', :now, :now, :now)
					""")
			.param("id", id)
			.param("now", OffsetDateTime.now())
			.update();
		return id;
	}

	private static void signIn(Browser browser, String email, String password) {
		SigningIn.signIn(browser, email, password, "home");
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
