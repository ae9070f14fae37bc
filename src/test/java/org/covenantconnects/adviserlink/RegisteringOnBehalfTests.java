package org.covenantconnects.adviserlink;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import jakarta.mail.internet.MimeMessage;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.TestMailServer;
import org.covenantconnects.adviserlink.internal.SupportHousekeeping;
import org.covenantconnects.careleaver.CareLeaverProfile;
import org.covenantconnects.careleaver.CareLeavers;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.AccountStatus;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.covenantconnects.institution.Area;
import org.covenantconnects.institution.Institution;
import org.covenantconnects.institution.InstitutionDetails;
import org.covenantconnects.institution.InstitutionKind;
import org.covenantconnects.institution.Institutions;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.supporter.Verification;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.covenantconnects.Fixtures.MANCHESTER;
import static org.covenantconnects.Fixtures.uniqueEmail;
import static org.covenantconnects.SignedIn.as;
import static org.covenantconnects.SignedIn.someone;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Registering a young person on their behalf, against the real database and mail server:
 * a coordinator or verified adviser gives a few details, the young person claims the
 * account from the emailed link, bad answers are refused and kept, nobody learns whether
 * an address has an account, and unclaimed details are deleted after 30 days.
 */
@ConnectsTest
@AutoConfigureMockMvc
class RegisteringOnBehalfTests {

	/** The password the young person chooses when they claim the account. */
	private static final String PASSWORD = "copper meadow lantern";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private Accounts accounts;

	@Autowired
	private CareLeavers careLeavers;

	@Autowired
	private Links links;

	@Autowired
	private SupportHousekeeping housekeeping;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Institutions institutions;

	@Test
	void aCoordinatorRegistersAYoungPersonWhoClaimsTheAccountFromTheEmailedLink() throws Exception {
		String email = uniqueEmail("claim");
		register(someone(Role.COORDINATOR), "Casey Brook", email, "14", "6", "2006", "24")
			.andExpect(redirectedUrl("/register-young-person/sent"));
		String token = claimToken(email);
		this.mvc.perform(get("/claim/" + token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Casey Brook")))
			.andExpect(content().string(containsString("14 June 2006")))
			.andExpect(content().string(containsString("Manchester")))
			.andExpect(content().string(not(containsString("Do you want to link"))));
		this.mvc.perform(post("/claim/" + token).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a password")))
			.andExpect(content().string(containsString("Select that you have read how we use your information")));
		this.mvc.perform(post("/claim/" + token).with(csrf()).param("password", "short").param("privacy", "yes"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Password must be 8 characters or more")));
		this.mvc.perform(post("/claim/" + token).with(csrf()).param("password", PASSWORD).param("privacy", "yes"))
			.andExpect(redirectedUrl("/account-claimed"));

		AccountId account = this.accounts.idOf(email).orElseThrow();
		assertThat(this.accounts.find(account).orElseThrow().status()).isEqualTo(AccountStatus.ACTIVE);
		CareLeaverProfile profile = this.careLeavers.profile(account).orElseThrow();
		assertThat(profile.council()).isEqualTo(MANCHESTER);
		assertThat(profile.privacyNoticeAcceptedAt()).isNotNull();
		// The link works once.
		this.mvc.perform(get("/claim/" + token)).andExpect(content().string(containsString("This link does not work")));
		assertThat(countInvitations(email)).isZero();
	}

	@Test
	void aYoungPersonRegisteredByTheirAdviserChoosesWhetherToLinkWithThem() throws Exception {
		CurrentUser sam = this.fixtures.adviser(Verification.VERIFIED);
		String email = uniqueEmail("claim");
		register(sam, "Morgan Lee", email, "2", "11", "2005", "24")
			.andExpect(redirectedUrl("/register-young-person/sent"));
		String token = claimToken(email);
		this.mvc.perform(get("/claim/" + token))
			.andExpect(content().string(containsString("Do you want to link your account with Test Adviser")));
		this.mvc.perform(post("/claim/" + token).with(csrf()).param("password", PASSWORD).param("privacy", "yes"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Select yes if you want to link with them, or no if not")));
		this.mvc
			.perform(post("/claim/" + token).with(csrf())
				.param("password", PASSWORD)
				.param("privacy", "yes")
				.param("link", "yes"))
			.andExpect(redirectedUrl("/account-claimed"));
		AccountId account = this.accounts.idOf(email).orElseThrow();
		assertThat(this.links.youngPeopleOf(sam.id())).extracting(Link::careLeaver).containsExactly(account);
	}

	@Test
	void aYoungPersonWhoSaysNoIsNotLinked() throws Exception {
		CurrentUser sam = this.fixtures.adviser(Verification.VERIFIED);
		String email = uniqueEmail("claim");
		register(sam, "Alex Hart", email, "2", "11", "2005", "24");
		this.mvc
			.perform(post("/claim/" + claimToken(email)).with(csrf())
				.param("password", PASSWORD)
				.param("privacy", "yes")
				.param("link", "no"))
			.andExpect(redirectedUrl("/account-claimed"));
		assertThat(this.links.youngPeopleOf(sam.id())).isEmpty();
	}

	@Test
	void badAnswersGetAClearMessageAndAreKept() throws Exception {
		CurrentUser coordinator = someone(Role.COORDINATOR);
		register(coordinator, "", "not-an-email", "", "", "", "").andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter their full name")))
			.andExpect(content().string(containsString("Enter an email address in the correct format")))
			.andExpect(content().string(containsString("Enter their date of birth")))
			.andExpect(content().string(containsString("Select the council that looked after them")))
			.andExpect(content().string(containsString("value=\"not-an-email\"")));
		register(coordinator, "Jo Bell", "jo@example.com", "31", "2", "2006", "24")
			.andExpect(content().string(containsString("Date of birth must be a real date")))
			.andExpect(content().string(containsString("value=\"Jo Bell\"")))
			.andExpect(content().string(containsString("value=\"31\"")));
		register(coordinator, "Jo Bell", "jo@example.com", "3", "", "2006", "24")
			.andExpect(content().string(containsString("Date of birth must include a month")));
		register(coordinator, "Jo Bell", "jo@example.com", "3", "4", String.valueOf(LocalDate.now().getYear() - 14),
				"24")
			.andExpect(content().string(containsString("They must be 16 or older")));
		register(coordinator, "Jo Bell", "jo@example.com", "3", "4", "2006", "99999")
			.andExpect(content().string(containsString("Select the council that looked after them")));
		assertThat(countInvitations("jo@example.com")).isZero();
	}

	@Test
	void anAddressThatHasAnAccountIsToldInsteadAndThePageSaysTheSame() throws Exception {
		String existing = uniqueEmail("claim");
		this.accounts.createDemoAccount("Existing Person", existing, PASSWORD, Role.CARE_LEAVER);
		register(someone(Role.COORDINATOR), "Existing Person", existing, "1", "1", "2004", "24")
			.andExpect(redirectedUrl("/register-young-person/sent"));
		MimeMessage told = TestMailServer.awaitEmails(existing, 1).get(0);
		assertThat(told.getSubject()).isEqualTo("You already have a Covenant Connects account");
		assertThat(TestMailServer.body(told)).doesNotContain("/claim/");
		assertThat(countInvitations(existing)).isZero();
	}

	@Test
	void onlyCoordinatorsAndVerifiedSupportersRegisterYoungPeople() throws Exception {
		CurrentUser pending = this.fixtures.adviser(Verification.PENDING);
		String email = uniqueEmail("claim");
		this.mvc.perform(get("/register-young-person").with(as(pending))).andExpect(redirectedUrl("/supporter"));
		register(pending, "Pat Doe", email, "1", "1", "2004", "24").andExpect(redirectedUrl("/supporter"));
		assertThat(countInvitations(email)).isZero();
	}

	@Test
	void detailsNobodyClaimsIn30DaysAreDeletedByTheHousekeepingJob() throws Exception {
		String email = uniqueEmail("claim");
		register(someone(Role.COORDINATOR), "Sky Moss", email, "5", "5", "2005", "24");
		String token = claimToken(email);
		this.jdbc.sql("update care_leaver_invitation set created_at = :old, expires_at = :expired where email = :email")
			.param("old", Instant.now().minus(31, ChronoUnit.DAYS).atOffset(ZoneOffset.UTC))
			.param("expired", Instant.now().minus(1, ChronoUnit.DAYS).atOffset(ZoneOffset.UTC))
			.param("email", email)
			.update();
		this.mvc.perform(get("/claim/" + token)).andExpect(content().string(containsString("This link does not work")));
		this.housekeeping.run();
		assertThat(countInvitations(email)).isZero();
		assertThat(this.accounts.idOf(email)).isEmpty();
	}

	@Test
	void theirCollegeIsChosenFromTheListOrTypedAndTheirProfileHasItWhenTheyClaim() throws Exception {
		String name = "Tynedale College " + java.util.UUID.randomUUID().toString().substring(0, 8);
		Institution college = this.institutions.add(new InstitutionDetails(name, InstitutionKind.FE, null,
				new RegionCode("E12000001"), Area.NORTH, null, java.util.List.of()), null);
		CurrentUser coordinator = someone(Role.COORDINATOR);
		this.mvc.perform(get("/register-young-person").with(as(coordinator)))
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString("It is not in this list")));
		String email = uniqueEmail("claim");
		register(coordinator, "Alex Hope", email, "2", "3", "2006", "24", "chosenInstitution", "not-listed")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the name of their college or university")))
			.andExpect(content().string(containsString("govuk-error-summary")));
		register(coordinator, "Alex Hope", email, "2", "3", "2006", "24", "chosenInstitution", college.slug())
			.andExpect(redirectedUrl("/register-young-person/sent"));
		String token = claimToken(email);
		this.mvc.perform(get("/claim/" + token)).andExpect(content().string(containsString(name)));
		this.mvc.perform(post("/claim/" + token).with(csrf()).param("password", PASSWORD).param("privacy", "yes"))
			.andExpect(redirectedUrl("/account-claimed"));
		assertThat(this.careLeavers.profile(this.accounts.idOf(email).orElseThrow()).orElseThrow().institution())
			.isEqualTo(name);

		String typed = uniqueEmail("claim");
		register(coordinator, "Sam Hope", typed, "2", "3", "2006", "24", "chosenInstitution", "not-listed",
				"institution", "Hexham Learning Centre")
			.andExpect(redirectedUrl("/register-young-person/sent"));
		this.mvc.perform(
				post("/claim/" + claimToken(typed)).with(csrf()).param("password", PASSWORD).param("privacy", "yes"))
			.andExpect(redirectedUrl("/account-claimed"));
		assertThat(this.careLeavers.profile(this.accounts.idOf(typed).orElseThrow()).orElseThrow().institution())
			.isEqualTo("Hexham Learning Centre");
	}

	private ResultActions register(CurrentUser by, String name, String email, String day, String month, String year,
			String council, String... more) throws Exception {
		var request = post("/register-young-person").with(as(by))
			.with(csrf())
			.param("fullName", name)
			.param("email", email)
			.param("dateOfBirth.day", day)
			.param("dateOfBirth.month", month)
			.param("dateOfBirth.year", year)
			.param("council", council);
		for (int i = 0; i < more.length; i += 2) {
			request.param(more[i], more[i + 1]);
		}
		return this.mvc.perform(request);
	}

	private static String claimToken(String email) throws Exception {
		MimeMessage message = TestMailServer.awaitEmails(email, 1).get(0);
		assertThat(message.getSubject()).isEqualTo("Your Covenant Connects account is ready for you");
		return TestMailServer.linkToken(message, "/claim/");
	}

	private long countInvitations(String email) {
		return this.jdbc.sql("select count(*) from care_leaver_invitation where lower(email) = lower(:email)")
			.param("email", email)
			.query(Long.class)
			.single();
	}

}
