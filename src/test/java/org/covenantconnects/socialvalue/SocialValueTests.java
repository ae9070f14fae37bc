package org.covenantconnects.socialvalue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.signatory.SignatoryId;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.covenantconnects.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The social value calculator against take-ups counted by hand, for one organisation and
 * one council's area, as of the year's end and of a day within it (unchanged by what is
 * recorded later); the signatory's page and statement, read back; the proxy values
 * administrators keep.
 */
@ConnectsTest
@AutoConfigureMockMvc
class SocialValueTests {

	/** April 2024 to March 2025: past, so the figures do not move with today. */
	private static final Period YEAR = new Period(2024);

	/** A council no other test counts take-ups in. */
	private static final LocalAuthorityId COUNCIL = new LocalAuthorityId(140);

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private SocialValues socialValues;

	@Autowired
	private ProxyValues proxies;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private MockMvc mvc;

	@Test
	void theOutcomesAreCountedAsByHandAndAPastDaysFigureIsNotChangedByLaterRecords() {
		SignatoryId bakery = this.fixtures.organisation("Counted Social Value Bakery").id();
		SignatoryId other = this.fixtures.organisation("Other Social Value Works").id();
		// Started before the year, completed on 3 June: 31 March 23:00 UTC (the year's
		// start in England) to 3 June 12:00 is 63 days and 13 hours, 9 weeks
		takeUp(bakery, COUNCIL, "APPRENTICESHIP", "STARTED 2024-03-04T12:00:00Z", "COMPLETED 2024-06-03T12:00:00Z");
		// Started 2 September, still going: to the year's end (31 March 23:00 UTC) is 210
		// days and 11 hours, 30 weeks; as of 30 September, 28 days and 11 hours, 4 weeks
		UUID stillGoing = takeUp(bakery, null, "APPRENTICESHIP", "STARTED 2024-09-02T12:00:00Z",
				"SUSTAINED 2025-03-03T12:00:00Z");
		// 19 days of work experience, then left: 2 weeks
		takeUp(bakery, null, "WORK_EXPERIENCE", "STARTED 2024-07-01T12:00:00Z", "WITHDRAWN 2024-07-20T12:00:00Z");
		// Three days of internship: no whole week
		takeUp(bakery, null, "INTERNSHIP", "STARTED 2024-05-06T12:00:00Z", "COMPLETED 2024-05-09T12:00:00Z");
		// A job started in the year; one started before it; one only applied for
		takeUp(bakery, COUNCIL, "JOB", "APPLIED 2024-09-20T12:00:00Z", "STARTED 2024-10-10T12:00:00Z");
		takeUp(bakery, null, "JOB", "STARTED 2024-03-10T12:00:00Z");
		takeUp(bakery, null, "JOB", "APPLIED 2024-11-01T12:00:00Z");
		// A course completed in the year, and one completed after it
		takeUp(bakery, null, "TRAINING_COURSE", "STARTED 2024-05-01T12:00:00Z", "COMPLETED 2024-06-01T12:00:00Z");
		takeUp(bakery, null, "TRAINING_COURSE", "STARTED 2025-03-01T12:00:00Z", "COMPLETED 2025-05-01T12:00:00Z");
		// Another organisation's job, for a young person the council looked after
		takeUp(other, COUNCIL, "JOB", "STARTED 2024-08-01T12:00:00Z");

		assertThat(counts(this.socialValues.ofOrganisation(bakery, YEAR, YEAR.lastDay())))
			.isEqualTo(Map.of(Outcome.APPRENTICESHIP_WEEKS, 39L, Outcome.WORK_PLACEMENT_WEEKS, 2L, Outcome.JOBS_STARTED,
					1L, Outcome.TRAINING_COMPLETED, 1L));
		LocalDate endOfSeptember = LocalDate.of(2024, 9, 30);
		Map<Outcome, Long> september = counts(this.socialValues.ofOrganisation(bakery, YEAR, endOfSeptember));
		assertThat(september).isEqualTo(Map.of(Outcome.APPRENTICESHIP_WEEKS, 13L, Outcome.WORK_PLACEMENT_WEEKS, 2L,
				Outcome.JOBS_STARTED, 0L, Outcome.TRAINING_COMPLETED, 1L));
		SocialValue year = this.socialValues.ofOrganisation(bakery, YEAR, YEAR.lastDay());
		Map<Outcome, ProxyValue> values = this.proxies.all();
		assertThat(year.totalPence()).isEqualTo(39 * values.get(Outcome.APPRENTICESHIP_WEEKS).pence()
				+ 2 * values.get(Outcome.WORK_PLACEMENT_WEEKS).pence() + values.get(Outcome.JOBS_STARTED).pence()
				+ values.get(Outcome.TRAINING_COMPLETED).pence());

		// The council's area: its young people's take-ups, whoever offered them
		assertThat(counts(this.socialValues.inCouncilArea(COUNCIL, YEAR, YEAR.lastDay())))
			.isEqualTo(Map.of(Outcome.APPRENTICESHIP_WEEKS, 9L, Outcome.WORK_PLACEMENT_WEEKS, 0L, Outcome.JOBS_STARTED,
					2L, Outcome.TRAINING_COMPLETED, 0L));

		// Recorded later: the apprenticeship ends in November, another job starts in
		// October. The end of September reads the same; the year does not.
		event(stillGoing, "COMPLETED", "2024-11-01T12:00:00Z");
		takeUp(bakery, null, "JOB", "STARTED 2024-10-20T12:00:00Z");
		assertThat(counts(this.socialValues.ofOrganisation(bakery, YEAR, endOfSeptember))).isEqualTo(september);
		// 2 September to 1 November is 60 days: 8 weeks, with the 9 before
		assertThat(counts(this.socialValues.ofOrganisation(bakery, YEAR, YEAR.lastDay())))
			.isEqualTo(Map.of(Outcome.APPRENTICESHIP_WEEKS, 17L, Outcome.WORK_PLACEMENT_WEEKS, 2L, Outcome.JOBS_STARTED,
					2L, Outcome.TRAINING_COMPLETED, 1L));
		assertThat(this.socialValues.ofOrganisation(other, YEAR, YEAR.lastDay()).rows())
			.extracting(SocialValue.Row::quantity)
			.containsExactly(0L, 0L, 1L, 0L);
	}

	@Test
	void aSignatoryDownloadsItsOwnStatementNamingEveryValueItUsedAndNeverAnothers() throws Exception {
		Fixtures.Organisation bakery = this.fixtures.organisation("Statement Bakery");
		Fixtures.Organisation other = this.fixtures.organisation("Statement Other Works");
		takeUp(bakery.id(), null, "APPRENTICESHIP", "STARTED 2024-04-08T12:00:00Z", "COMPLETED 2024-06-03T12:00:00Z");
		takeUp(bakery.id(), null, "JOB", "STARTED 2024-05-01T12:00:00Z");

		this.mvc.perform(get("/organisation/social-value?year=2024").with(as(bakery.member())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("April 2024 to March 2025, as of 31 March 2025")))
			.andExpect(content().string(containsString("8 weeks")))
			.andExpect(content().string(containsString("1 job")))
			.andExpect(content().string(containsString("Download the statement (PDF)")));
		this.mvc.perform(get("/organisation/social-value?year=2024").with(as(other.member())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("0 weeks")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(bakery.name()))));

		byte[] pdf = this.mvc
			.perform(get("/organisation/social-value/statement.pdf?year=2024").with(as(bakery.member())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition",
					org.hamcrest.Matchers
						.matchesPattern(".*filename=\"social-value-statement-bakery-[0-9a-f]{8}-2024-25\\.pdf\".*")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Map<Outcome, ProxyValue> values = this.proxies.all();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("tagged").isNotNull();
			assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			long total = 8 * values.get(Outcome.APPRENTICESHIP_WEEKS).pence()
					+ values.get(Outcome.JOBS_STARTED).pence();
			assertThat(text).contains(bakery.name(), "April 2024 to March 2025", "as of 31 March 2025",
					"Weeks of apprenticeship", "8 weeks", "Weeks of work placement", "Jobs started", "1 job",
					"Training courses completed", values.get(Outcome.APPRENTICESHIP_WEEKS).pounds(),
					values.get(Outcome.JOBS_STARTED).pounds(), "Total social value", ProxyValue.pounds(total),
					"Made on " + java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)
						.format(this.socialValues.today()));
			for (ProxyValue value : values.values()) {
				assertThat(text).contains(String.valueOf(value.year()));
				assertThat(text).contains(value.source());
			}
		}
		// The other organisation's statement is its own
		byte[] others = this.mvc
			.perform(get("/organisation/social-value/statement.pdf?year=2024").with(as(other.member())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(others)) {
			assertThat(new PDFTextStripper().getText(document)).contains(other.name()).doesNotContain(bakery.name());
		}
	}

	@Test
	void anAdministratorChangesAProxyValueWithEveryMistakeSaidAndTheChangeAudited() throws Exception {
		CurrentUser admin = this.fixtures.staff(Role.ADMIN);
		ProxyValue before = this.proxies.of(Outcome.TRAINING_COMPLETED);
		this.mvc.perform(get("/admin/social-value").with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Training courses completed")));
		this.mvc
			.perform(post("/admin/social-value/training-completed").with(as(admin))
				.with(csrf())
				.param("pounds", "a lot")
				.param("source", "")
				.param("year", "1999"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Enter the value in pounds, like 245 or 245.50")))
			.andExpect(content().string(containsString("Enter where the value comes from")))
			.andExpect(content().string(containsString("The year must be a year from 2000")))
			.andExpect(content().string(containsString("value=\"a lot\"")))
			.andExpect(content().string(containsString("value=\"1999\"")));
		assertThat(this.proxies.of(Outcome.TRAINING_COMPLETED)).isEqualTo(before);

		this.mvc
			.perform(post("/admin/social-value/training-completed").with(as(admin))
				.with(csrf())
				.param("pounds", "£1,250.50")
				.param("source", "Our council's social value framework 2025")
				.param("year", "2025"))
			.andExpect(status().is3xxRedirection());
		ProxyValue after = this.proxies.of(Outcome.TRAINING_COMPLETED);
		assertThat(after.pence()).isEqualTo(125_050L);
		assertThat(after.isDefault()).isFalse();
		assertThat(this.jdbc.sql("select detail from admin_action where admin_account_id = :admin")
			.param("admin", admin.id().value())
			.query(String.class)
			.single())
			.contains(before.pounds(), "£1,250.50 a course (Our council's social value framework 2025, 2025)");
		// Put back as it was, so other tests read the value they expect
		this.jdbc
			.sql("""
					update social_value_proxy set value_pence = :pence, source = :source, year = :year, is_default = :isDefault
					where outcome = 'TRAINING_COMPLETED'
					""")
			.param("pence", before.pence())
			.param("source", before.source())
			.param("year", before.year())
			.param("isDefault", before.isDefault())
			.update();
		this.mvc.perform(get("/admin/social-value/no-such-outcome").with(as(admin))).andExpect(status().isNotFound());
	}

	private static Map<Outcome, Long> counts(SocialValue value) {
		return value.rows().stream().collect(Collectors.toMap(SocialValue.Row::outcome, SocialValue.Row::quantity));
	}

	/** A take-up and its history, each step "STATUS instant". */
	private UUID takeUp(SignatoryId signatory, LocalAuthorityId council, String type, String... history) {
		UUID id = UUID.randomUUID();
		String last = history[history.length - 1];
		this.jdbc.sql("""
				insert into take_up (id, account_id, opportunity_id, signatory_id, status, created_at, updated_at,
				  opportunity_type, region_code, local_authority_id)
				values (:id, null, :opportunity, :signatory, :status, :at, :at, :type, 'E12000002', :council)
				""")
			.param("id", id)
			.param("opportunity", UUID.randomUUID())
			.param("signatory", signatory.value())
			.param("status", last.split(" ")[0])
			.param("at", OffsetDateTime.parse(history[0].split(" ")[1]))
			.param("type", type)
			.param("council", (council != null) ? council.value() : null, java.sql.Types.INTEGER)
			.update();
		for (String step : history) {
			event(id, step.split(" ")[0], step.split(" ")[1]);
		}
		return id;
	}

	private void event(UUID takeUp, String status, String at) {
		this.jdbc.sql("""
				insert into take_up_event (id, take_up_id, status, actor, occurred_at)
				values (:id, :takeUp, :status, 'SERVICE', :at)
				""")
			.param("id", UUID.randomUUID())
			.param("takeUp", takeUp)
			.param("status", status)
			.param("at", OffsetDateTime.parse(at))
			.update();
	}

}
