package org.covenantconnects.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.covenantconnects.SignedIn.as;
import static org.covenantconnects.SignedIn.asWithoutDbsCheck;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Coordinators' enhanced DBS checks, the staff-only accounts list with its exact search,
 * and the admin audit log: through the pages, against the real database.
 */
@ConnectsTest
@AutoConfigureMockMvc
class StaffChecksTests {

	/** Every coordinator route that shows a young person's personal data. */
	private static final List<String> YOUNG_PEOPLES_RECORDS = List.of("/coordinator/caseload",
			"/coordinator/caseload/" + UUID.randomUUID(), "/coordinator/matches/" + UUID.randomUUID(),
			"/coordinator/young-people/" + UUID.randomUUID() + "/take-ups",
			"/coordinator/young-people/" + UUID.randomUUID() + "/take-ups/" + UUID.randomUUID(),
			"/coordinator/audit-trail?email=someone@example.com", "/register-young-person",
			"/coordinator/events/" + UUID.randomUUID(), "/coordinator/give-aways/" + UUID.randomUUID());

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private StaffChecks checks;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void anAdministratorRecordsACheckThatIsDueThreeYearsLaterUnlessTheyGiveAnotherDate() throws Exception {
		CurrentUser admin = this.fixtures.staff(Role.ADMIN);
		CurrentUser coordinator = this.fixtures.coordinatorWithoutInDateCheck(null);
		this.mvc.perform(get("/admin/dbs-checks").with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(coordinator.getUsername())));

		this.mvc
			.perform(post("/admin/dbs-checks/" + coordinator.id().value()).with(as(admin))
				.with(csrf())
				.param("issued.day", "3")
				.param("issued.month", "2")
				.param("issued.year", "2026")
				.param("certificateReference", "0012 3456 7890"))
			.andExpect(redirectedUrl("/admin/dbs-checks"));

		DbsCheck check = this.checks.of(coordinator.id()).orElseThrow();
		assertThat(check.issuedOn()).isEqualTo(LocalDate.of(2026, 2, 3));
		assertThat(check.renewalDue()).isEqualTo(LocalDate.of(2029, 2, 3));
		assertThat(check.certificateReference()).isEqualTo("001234567890");
		assertThat(actionsBy(admin)).contains("Recorded an enhanced DBS check|" + coordinator.id().value());

		this.mvc
			.perform(post("/admin/dbs-checks/" + coordinator.id().value()).with(as(admin))
				.with(csrf())
				.param("issued.day", "3")
				.param("issued.month", "2")
				.param("issued.year", "2026")
				.param("certificateReference", "001234567890")
				.param("renewal.day", "1")
				.param("renewal.month", "1")
				.param("renewal.year", "2028"))
			.andExpect(redirectedUrl("/admin/dbs-checks"));
		assertThat(this.checks.of(coordinator.id()).orElseThrow().renewalDue()).isEqualTo(LocalDate.of(2028, 1, 1));
	}

	@Test
	void aWrongCheckIsRefusedWithTheProblemsAndTheAnswersKept() throws Exception {
		CurrentUser admin = this.fixtures.staff(Role.ADMIN);
		CurrentUser coordinator = this.fixtures.coordinatorWithoutInDateCheck(null);
		this.mvc
			.perform(post("/admin/dbs-checks/" + coordinator.id().value()).with(as(admin))
				.with(csrf())
				.param("issued.day", "3")
				.param("issued.month", "2")
				.param("issued.year", "2026")
				.param("certificateReference", "12345")
				.param("renewal.day", "1")
				.param("renewal.month", "1")
				.param("renewal.year", "2025"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Certificate number must be the 12 numbers")))
			.andExpect(content().string(containsString("Renewal date must be after the date of issue")))
			.andExpect(content().string(containsString("value=\"12345\"")));
		assertThat(this.checks.of(coordinator.id())).isEmpty();
	}

	@Test
	void onlyCoordinatorsHaveChecksRecorded() throws Exception {
		CurrentUser admin = this.fixtures.staff(Role.ADMIN);
		CurrentUser careLeaver = this.fixtures.careLeaver("Dana Hill");
		this.mvc.perform(get("/admin/dbs-checks/" + careLeaver.id().value()).with(as(admin)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aCoordinatorWithAnExpiredCheckIsToldWhyTheyCannotOpenYoungPeoplesRecords() throws Exception {
		CurrentUser coordinator = this.fixtures.coordinatorWithoutInDateCheck(0);
		for (String route : YOUNG_PEOPLES_RECORDS) {
			this.mvc.perform(get(route).with(asWithoutDbsCheck(coordinator)))
				.andExpect(status().isForbidden())
				.andExpect(content().string(containsString("You cannot open young people")))
				.andExpect(content().string(containsString("Your enhanced DBS check has expired")))
				.andExpect(content().string(containsString("Who to contact")));
		}
		this.mvc
			.perform(
					post("/coordinator/caseload/" + UUID.randomUUID() + "/suggest").with(asWithoutDbsCheck(coordinator))
						.with(csrf()))
			.andExpect(status().isForbidden());
		// Pages without young people's data stay open
		for (String route : List.of("/coordinator/signatories", "/coordinator/opportunities", "/coordinator/supporters",
				"/coordinator/take-up", "/coordinator/events", "/coordinator/events/new", "/home")) {
			this.mvc.perform(get(route).with(asWithoutDbsCheck(coordinator))).andExpect(status().isOk());
		}
		this.mvc.perform(get("/home").with(asWithoutDbsCheck(coordinator)))
			.andExpect(content().string(containsString("Your enhanced DBS check has expired")));
	}

	@Test
	void aCoordinatorWithNoCheckIsToldNoneIsRecorded() throws Exception {
		CurrentUser coordinator = this.fixtures.coordinatorWithoutInDateCheck(null);
		this.mvc.perform(get("/coordinator/caseload").with(asWithoutDbsCheck(coordinator)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("No enhanced DBS check is recorded for you")));
	}

	@Test
	void aCheckDueWithinThirtyDaysStillOpensRecordsAndWarnsOnTheHomePagesAndByEmailOnce() throws Exception {
		CurrentUser admin = this.fixtures.staff(Role.ADMIN);
		CurrentUser coordinator = this.fixtures.staff(Role.COORDINATOR);
		LocalDate due = this.checks.today().plusDays(10);
		this.checks.recordForSetUp(coordinator.id(), due.minusYears(3), "000000000003", due);

		this.mvc.perform(get("/coordinator/caseload").with(as(coordinator))).andExpect(status().isOk());
		this.mvc.perform(get("/home").with(as(coordinator)))
			.andExpect(content().string(containsString("Your enhanced DBS check must be renewed by")));
		this.mvc.perform(get("/home").with(as(admin)))
			.andExpect(content().string(containsString("Enhanced DBS checks to renew")))
			.andExpect(content().string(containsString(coordinator.displayName())));

		this.checks.sendExpiryWarnings();
		this.checks.sendExpiryWarnings();
		assertThat(emailsTo(coordinator.getUsername(), "Your enhanced DBS check needs renewing")).isEqualTo(1);
		assertThat(this.jdbc
			.sql("select count(*) from email_message where recipient = :r and subject = :s and text_body like :about")
			.param("r", admin.getUsername())
			.param("s", "A coordinator's enhanced DBS check needs renewing")
			.param("about", "%(" + coordinator.getUsername() + ")%")
			.query(Long.class)
			.single()).isOne();

		// A new check starts the warning over
		LocalDate next = this.checks.today().plusDays(5);
		this.checks.recordForSetUp(coordinator.id(), next.minusYears(3), "000000000004", next);
		this.checks.sendExpiryWarnings();
		assertThat(emailsTo(coordinator.getUsername(), "Your enhanced DBS check needs renewing")).isEqualTo(2);
	}

	@Test
	void theAccountsPageListsStaffOnlyAndFindsAnyoneElseByTheirWholeEmailAddressAudited() throws Exception {
		CurrentUser admin = this.fixtures.staff(Role.ADMIN);
		CurrentUser colleague = this.fixtures.staff(Role.COORDINATOR);
		CurrentUser careLeaver = this.fixtures.careLeaver("Morgan Lee");
		String email = careLeaver.getUsername();

		this.mvc.perform(get("/admin/users").with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(email))))
			.andExpect(content().string(not(containsString("Morgan Lee"))));
		this.mvc.perform(get("/admin/users?page=1").with(as(admin)))
			.andExpect(content().string(containsString("Staff")));
		assertThat(this.jdbc.sql("select count(*) from account where role in ('COORDINATOR', 'ADMIN')")
			.query(Long.class)
			.single()).isPositive();

		this.mvc.perform(get("/admin/users").param("email", email.substring(0, email.indexOf('@'))).with(as(admin)))
			.andExpect(content().string(containsString("No account has this email address")))
			.andExpect(content().string(not(containsString("Morgan Lee"))));
		this.mvc.perform(get("/admin/users").param("email", email.substring(1)).with(as(admin)))
			.andExpect(content().string(containsString("No account has this email address")));
		this.mvc.perform(get("/admin/users").param("email", " " + email.toUpperCase() + " ").with(as(admin)))
			.andExpect(content().string(containsString("Account found")))
			.andExpect(content().string(containsString("Morgan Lee")));

		this.mvc.perform(post("/admin/users/" + careLeaver.id().value() + "/lock").with(as(admin)).with(csrf()))
			.andExpect(redirectedUrl("/admin/users"));
		this.mvc.perform(post("/admin/users/" + careLeaver.id().value() + "/unlock").with(as(admin)).with(csrf()))
			.andExpect(redirectedUrl("/admin/users"));

		assertThat(actionsBy(admin)).containsExactly("Searched for an account by email address|null",
				"Searched for an account by email address|null",
				"Searched for an account by email address|" + careLeaver.id().value(),
				"Locked an account|" + careLeaver.id().value(), "Unlocked an account|" + careLeaver.id().value());
		this.mvc.perform(get("/admin/audit-log").with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Searched for an account by email address")))
			.andExpect(content().string(containsString("Morgan Lee (" + email + ")")));
		assertThat(colleague).isNotNull();
	}

	@Test
	void anInvitationIsAudited() throws Exception {
		CurrentUser admin = this.fixtures.staff(Role.ADMIN);
		String email = Fixtures.uniqueEmail("invited");
		this.mvc
			.perform(post("/admin/users/invite").with(as(admin))
				.with(csrf())
				.param("displayName", "Riley Invited")
				.param("email", email)
				.param("role", "COORDINATOR"))
			.andExpect(redirectedUrl("/admin/users"));
		assertThat(this.jdbc.sql("select detail from admin_action where admin_account_id = :a and action = :w")
			.param("a", admin.id().value())
			.param("w", "Invited a member of staff")
			.query(String.class)
			.list()).containsExactly("As covenant coordinator");
	}

	@Test
	void theAdminAuditLogRefusesChanges() throws Exception {
		CurrentUser admin = this.fixtures.staff(Role.ADMIN);
		this.mvc.perform(get("/admin/users").param("email", "nobody@example.com").with(as(admin)));
		assertThat(actionsBy(admin)).hasSize(1);
		assertThatException().isThrownBy(() -> this.jdbc.sql("update admin_action set action = 'changed'").update());
		assertThatException().isThrownBy(() -> this.jdbc.sql("delete from admin_action").update());
	}

	private List<String> actionsBy(CurrentUser admin) {
		return this.jdbc
			.sql("select action || '|' || coalesce(subject_account_id::text, 'null') from admin_action "
					+ "where admin_account_id = :a order by id")
			.param("a", admin.id().value())
			.query(String.class)
			.list();
	}

	private long emailsTo(String recipient, String subject) {
		return this.jdbc.sql("select count(*) from email_message where lower(recipient) = lower(:r) and subject = :s")
			.param("r", recipient)
			.param("s", subject)
			.query(Long.class)
			.single();
	}

}
