package org.covenantconnects.institution;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.covenantconnects.institution.InstitutionListFile.ListedRow;
import org.covenantconnects.institution.InstitutionListImport.ImportLine;
import org.covenantconnects.institution.InstitutionListImport.ImportOutcome;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.platform.EmbeddedDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.covenantconnects.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Importing a list of colleges and universities: every reason a row is refused, rows that
 * add, update or leave an institution as it is, and a list imported whole or not at all;
 * the upload and report pages with their error summaries.
 */
@ConnectsTest
@AutoConfigureMockMvc
class InstitutionListImportTests {

	private static final RegionCode NORTH_EAST = new RegionCode("E12000001");

	private static final String HEADING = "name,kind,group,region,area,web_address,email_domains,partner\n";

	@Autowired
	private InstitutionListImport lists;

	@Autowired
	private Institutions institutions;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private MockMvc mvc;

	@Test
	void everyRowWithAProblemIsRefusedWithItsReason() {
		String tag = tag();
		Institution signed = add("Signed Memorandum College " + tag);
		this.institutions.updatePartnership(signed.id(),
				new Partnership(true, java.time.LocalDate.of(2025, 1, 10), null, null, null, null, null, null), null);
		add("St Anne's College " + tag);
		add("St Annes College " + tag);
		List<ImportLine> report = report(HEADING + ",FE,,North East,North,,,\n" // 2
				+ "Kind College " + tag + ",FX,,North East,North,,,\n" // 3
				+ "Area College " + tag + ",FE,,North East,Wessex,,,\n" // 4
				+ "Region College " + tag + ",FE,,Atlantis,North,,,\n" // 5
				+ "Web College " + tag + ",FE,,North East,North,www dot example,,\n" // 6
				+ "Domain College " + tag + ",FE,,North East,North,,not_a_domain,\n" // 7
				+ "Kind College " + tag + ",FE,,North East,North,,,\n" // 8
				+ "Partner College " + tag + ",FE,,North East,North,,,maybe\n" // 9
				+ "Missing College " + tag + ",,,,,,,\n" // 10
				+ "\"=HYPERLINK(\"\"x\"\")\",FE,,North East,North,,,\n" // 11
				+ "St Annes College " + tag + ",FE,,North East,North,,,\n" // 12
				+ "Signed Memorandum College " + tag + ",,,,,,,no\n" // 13
				+ "\"Unclosed College " + tag + ",FE\n" // 14
				+ "Extra College " + tag + ",FE,,North East,North,,,,surplus\n"); // 15
		assertThat(report).allSatisfy((line) -> assertThat(line.outcome()).isEqualTo(ImportOutcome.REFUSED));
		assertThat(problemsOf(report, 2)).containsExactly("The name is missing");
		assertThat(problemsOf(report, 3)).containsExactly("The kind \"FX\" is not known: enter FE or HE");
		assertThat(problemsOf(report, 4))
			.containsExactly("The area \"Wessex\" is not known: enter North, Midlands or South");
		assertThat(problemsOf(report, 5))
			.containsExactly("The region \"Atlantis\" is not known: enter a region of England, such as North East");
		assertThat(problemsOf(report, 6))
			.containsExactly("The web address \"www dot example\" is not a web address like https://www.example.ac.uk");
		assertThat(problemsOf(report, 7))
			.containsExactly("The email domain \"not_a_domain\" is not a domain like ncl-coll.ac.uk");
		assertThat(problemsOf(report, 8)).containsExactly("The same institution as row 3");
		assertThat(problemsOf(report, 9)).containsExactly("Partner \"maybe\" must be yes or no");
		assertThat(problemsOf(report, 10)).containsExactly("The kind is missing: enter FE or HE",
				"The region is missing: enter a region of England, such as North East",
				"The area is missing: enter North, Midlands or South");
		assertThat(problemsOf(report, 11))
			.containsExactly("The name starts with \"=\", which a spreadsheet runs as a formula");
		assertThat(problemsOf(report, 12)).containsExactly("The name matches more than one institution on Connects: "
				+ "St Anne's College " + tag + " and St Annes College " + tag);
		assertThat(problemsOf(report, 13)).containsExactly(
				"Partner is no, but it has signed a memorandum of understanding: change its partnership on its own page");
		assertThat(problemsOf(report, 14)).containsExactly("The row has a quotation mark that is not closed");
		assertThat(problemsOf(report, 15))
			.containsExactly("The row has more cells than the heading row has columns: put commas in a cell in quotes");
	}

	@Test
	void aFileWithAWrongHeadingIsRefusedWhole() {
		assertThat(read("college,kind\nA College,FE\n").problem()).isEqualTo(
				"The heading row of the selected file has a column \"college\" that is not known: the headings are "
						+ "name, kind, group, region, area, web_address, email_domains, partner");
		assertThat(read("kind,area\nFE,North\n").problem())
			.startsWith("The selected file must start with a heading row that has a name column");
		assertThat(read("name,Name\nA,B\n").problem())
			.isEqualTo("The heading row of the selected file has the column \"Name\" twice");
		assertThat(read("name\n,\n").problem())
			.isEqualTo("The selected file has no colleges or universities under its heading row");
		assertThat(read("Name, Web address ,EMAIL-DOMAINS\nA College,,\n").isRefused()).isFalse();
	}

	@Test
	void rowsMatchedByNameUpdateOrLeaveAsItIsAndNewOnesAreAddedWithTheirHistory() {
		String tag = tag();
		Institution same = add("Tyne & Wear College " + tag);
		Institution changed = add("The Wansbeck College " + tag);
		String file = HEADING + "Tyne & Wear College " + tag + ",FE,,North East,North,,,\n" + "wansbeck  college " + tag
				+ ",,NCG,,,https://www.wansbeck.example,staff.wansbeck.example,yes\n" + "Coquet Valley College " + tag
				+ ",fe,,north east,north,,@coquet.example,\n";
		List<ImportLine> report = report(file);
		assertThat(report).extracting(ImportLine::outcome)
			.containsExactly(ImportOutcome.UNCHANGED, ImportOutcome.UPDATE, ImportOutcome.ADD);
		assertThat(report.get(0).institutionName()).isEqualTo(same.name());
		assertThat(report.get(0).changes()).isEmpty();
		// Matched by its words, without "The": the file's spelling is the name kept
		assertThat(report.get(1).institutionName()).isEqualTo(changed.name());
		assertThat(report.get(1).changes()).containsExactly(
				"Name: The Wansbeck College " + tag + " to wansbeck  college " + tag, "Group: none to NCG",
				"Web address: https://www.example.ac.uk to https://www.wansbeck.example",
				"Email domains: example.ac.uk to staff.wansbeck.example", "Recorded as a partner");
		CurrentUser coordinator = this.fixtures.staff(Role.COORDINATOR);
		long auditBefore = auditEntries();
		Optional<InstitutionListImport.Result> result = this.lists.apply(rows(file), "colleges.csv",
				InstitutionListImport.fingerprint(report), coordinator.id());
		assertThat(result).contains(new InstitutionListImport.Result(1, 1, 1));
		Institution updated = this.institutions.find(changed.id()).orElseThrow();
		assertThat(updated.name()).isEqualTo("wansbeck  college " + tag);
		assertThat(updated.details().group()).isEqualTo("NCG");
		assertThat(updated.partnership().partner()).isTrue();
		assertThat(this.institutions.changesOf(changed.id())).extracting(InstitutionChange::what)
			.contains("Recorded as a partner (from the imported list colleges.csv)")
			.anyMatch((what) -> what.startsWith("Name: The Wansbeck College")
					&& what.endsWith("(from the imported list colleges.csv)"));
		Institution added = this.institutions.all()
			.stream()
			.filter((i) -> i.name().equals("Coquet Valley College " + tag))
			.findFirst()
			.orElseThrow();
		assertThat(added.details().kind()).isEqualTo(InstitutionKind.FE);
		assertThat(added.details().emailDomains()).containsExactly("coquet.example");
		assertThat(added.partnership().partner()).isFalse();
		assertThat(this.institutions.changesOf(added.id())).extracting(InstitutionChange::what)
			.containsExactly("Added as a further education college (from the imported list colleges.csv)");
		assertThat(this.institutions.changesOf(same.id())).hasSize(1);
		assertThat(auditEntries()).isEqualTo(auditBefore + 1);
		assertThat(this.jdbc.sql("select detail from admin_action where admin_account_id = :by")
			.param("by", coordinator.id().value())
			.query(String.class)
			.single()).isEqualTo("colleges.csv: 1 added, 1 updated, 1 unchanged");
		// Importing the same list again changes nothing
		assertThat(report(file)).extracting(ImportLine::outcome).containsOnly(ImportOutcome.UNCHANGED);
	}

	@Test
	void aListIsImportedWholeOrNotAtAll() throws SQLException {
		String tag = tag();
		CurrentUser coordinator = this.fixtures.staff(Role.COORDINATOR);
		// A row refused: nothing of the list is imported
		String refused = HEADING + "Alnwick College " + tag + ",FE,,North East,North,,,\n" + "Blyth College " + tag
				+ ",FE,,North East,Nowhere,,,\n";
		List<ImportLine> report = report(refused);
		assertThat(this.lists.apply(rows(refused), "refused.csv", InstitutionListImport.fingerprint(report),
				coordinator.id()))
			.isEmpty();
		assertThat(named("Alnwick College " + tag)).isEmpty();
		// The institutions changed since the report was read: nothing is imported
		String good = HEADING + "Alnwick College " + tag + ",FE,,North East,North,,,\n" + "Blyth College " + tag
				+ ",FE,,North East,North,,,\n";
		String read = InstitutionListImport.fingerprint(report(good));
		add("Blyth College " + tag);
		assertThat(this.lists.apply(rows(good), "good.csv", read, coordinator.id())).isEmpty();
		assertThat(named("Alnwick College " + tag)).isEmpty();
		// The database refuses the second row as it is written: the first is not kept
		String failing = HEADING + "Alnwick College " + tag + ",FE,,North East,North,,,\n" + "Cramlington College "
				+ tag + ",FE,,North East,North,,,\n";
		try (Connection owner = owner(); Statement statement = owner.createStatement()) {
			statement.execute("""
					create function institution_test_refusal() returns trigger language plpgsql as $$
					begin
					  if new.name like 'Cramlington College %' then raise exception 'refused for the test'; end if;
					  return new;
					end $$""");
			statement.execute("""
					create trigger institution_test_refusal before insert on institution
					for each row execute function institution_test_refusal()""");
			try {
				assertThat(catchThrowable(() -> this.lists.apply(rows(failing), "failing.csv",
						InstitutionListImport.fingerprint(report(failing)), coordinator.id())))
					.hasMessageContaining("refused for the test");
			}
			finally {
				statement.execute("drop trigger institution_test_refusal on institution");
				statement.execute("drop function institution_test_refusal()");
			}
		}
		assertThat(named("Alnwick College " + tag)).isEmpty();
		assertThat(named("Cramlington College " + tag)).isEmpty();
	}

	@Test
	void theUploadAndTheReportShowAnErrorSummaryAndTheImportNeedsACleanReport() throws Exception {
		CurrentUser coordinator = this.fixtures.staff(Role.COORDINATOR);
		this.mvc.perform(multipart("/coordinator/institutions/import").with(as(coordinator)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Select a CSV file of colleges and universities")));
		this.mvc.perform(multipart("/coordinator/institutions/import")
			.file(new MockMultipartFile("file", "bad.csv", "text/csv", "college\nA\n".getBytes(StandardCharsets.UTF_8)))
			.with(as(coordinator))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("a column &quot;college&quot; that is not known")));
		String tag = tag();
		Cookie session = this.mvc
			.perform(multipart("/coordinator/institutions/import")
				.file(new MockMultipartFile("file", "list.csv", "text/csv",
						(HEADING + "Hexham College " + tag + ",FE,,North East,North,,,\n,HE,,,,,,\n")
							.getBytes(StandardCharsets.UTF_8)))
				.with(as(coordinator))
				.with(csrf()))
			.andExpect(redirectedUrl("/coordinator/institutions/import/report"))
			.andReturn()
			.getResponse()
			.getCookie("CONNECTS_SESSION");
		this.mvc.perform(get("/coordinator/institutions/import/report").cookie(session).with(as(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Error: What the list will do")))
			.andExpect(content().string(containsString("href=\"#row-3\">Row 3: The name is missing;")))
			.andExpect(content().string(not(containsString("Import the list"))));
		this.mvc
			.perform(post("/coordinator/institutions/import/report").param("report", "anything")
				.cookie(session)
				.with(as(coordinator))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("check the report again")));
		assertThat(named("Hexham College " + tag)).isEmpty();
		this.mvc.perform(get("/coordinator/institutions/import/example.csv").with(as(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"name,kind,group,region,area,web_address,email_domains,partner\r\nNewcastle College,FE,NCG")));
	}

	/** A connection as the schema's owner, which may add a trigger for the test. */
	private Connection owner() throws SQLException {
		String url = this.jdbc
			.sql("select 'jdbc:postgresql://localhost:' || current_setting('port') || '/' || current_database()")
			.query(String.class)
			.single();
		return DriverManager.getConnection(url, EmbeddedDatabase.OWNER, EmbeddedDatabase.OWNER_PASSWORD);
	}

	private Optional<Institution> named(String name) {
		return this.institutions.all().stream().filter((i) -> i.name().equals(name)).findFirst();
	}

	private long auditEntries() {
		return this.jdbc.sql("select count(*) from admin_action").query(Long.class).single();
	}

	private Institution add(String name) {
		return this.institutions.add(new InstitutionDetails(name, InstitutionKind.FE, null, NORTH_EAST, Area.NORTH,
				"https://www.example.ac.uk", List.of("example.ac.uk")), null);
	}

	private List<ImportLine> report(String file) {
		return this.lists.report(rows(file));
	}

	private static List<ListedRow> rows(String file) {
		InstitutionListFile.Reading reading = read(file);
		assertThat(reading.problem()).isNull();
		return reading.rows();
	}

	private static InstitutionListFile.Reading read(String file) {
		return InstitutionListFile.read(file.getBytes(StandardCharsets.UTF_8));
	}

	private static List<String> problemsOf(List<ImportLine> report, int row) {
		return report.stream().filter((line) -> line.row() == row).findFirst().orElseThrow().problems();
	}

	private static String tag() {
		return UUID.randomUUID().toString().substring(0, 6);
	}

}
