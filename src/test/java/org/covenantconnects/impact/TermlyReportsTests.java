package org.covenantconnects.impact;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.covenantconnects.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The termly report: issued through the pages, its figures are those of ImpactFigures as
 * of the term's end; it stays as issued when the records and targets change later; a
 * second issue of the term is version 2 and both are kept; its PDF, XLSX and CSV read
 * back; bad input keeps what was typed. The summer term of April 2022 to March 2023 is
 * used, which no other test's records fall in.
 */
@ConnectsTest
@AutoConfigureMockMvc
class TermlyReportsTests {

	private static final Term TERM = new Term(new FiscalYear(2022), Term.Season.SUMMER);

	@Autowired
	private TermlyReports reports;

	@Autowired
	private ImpactFigures figures;

	@Autowired
	private Targets targets;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private MockMvc mvc;

	@Test
	void termsRunAprilToAugustSeptemberToDecemberAndJanuaryToMarch() {
		assertThat(TERM.firstDay()).isEqualTo(LocalDate.of(2022, 4, 1));
		assertThat(TERM.lastDay()).isEqualTo(LocalDate.of(2022, 8, 31));
		Term autumn = Term.of(LocalDate.of(2022, 12, 31));
		assertThat(autumn).isEqualTo(new Term(new FiscalYear(2022), Term.Season.AUTUMN));
		assertThat(autumn.firstDay()).isEqualTo(LocalDate.of(2022, 9, 1));
		Term spring = Term.of(LocalDate.of(2023, 1, 1));
		assertThat(spring.year()).isEqualTo(new FiscalYear(2022));
		assertThat(spring.lastDay()).isEqualTo(LocalDate.of(2023, 3, 31));
		assertThat(spring.label()).isEqualTo("Spring term 2023");
		assertThat(Term.of(LocalDate.of(2023, 4, 1))).isEqualTo(new Term(new FiscalYear(2023), Term.Season.SUMMER));
		assertThat(Term.fromCode("2022-spring")).contains(spring);
		assertThat(Term.fromCode("2022-winter")).isEmpty();
		assertThat(Term.fromCode("../etc")).isEmpty();
		assertThat(spring.previous()).isEqualTo(autumn);
		assertThat(TERM.previous()).isEqualTo(new Term(new FiscalYear(2021), Term.Season.SPRING));
	}

	@Test
	void anIssuedReportHoldsTheFiguresAsOfTheTermsEndAndNeverChangesAndIssuingAgainMakesVersionTwo() throws Exception {
		CurrentUser coordinator = this.fixtures.staff(Role.COORDINATOR);
		UUID bakery = signatory("Termly Report Bakery", "2022-05-03");
		takeUp(bakery, "STARTED", "2022-06-10T10:00:00Z");
		takeUp(bakery, "CLAIMED", "2022-04-20T10:00:00Z");
		takeUp(bakery, "STARTED", "2022-09-02T10:00:00Z");

		int before = (int) this.reports.issued().stream().filter((r) -> r.term().equals(TERM)).count();
		UUID first = issue(coordinator, "=1+1 The summer went well.\n\nSignatories are ahead of the trajectory.");
		TermlyReport issued = this.reports.find(first).orElseThrow();
		ImpactFigures.Dashboard expected = this.figures.asOf(TERM.year(), TERM.lastDay(), Area.ENGLAND);
		assertThat(issued.version()).isEqualTo(before + 1);
		assertThat(issued.asOf()).isEqualTo(LocalDate.of(2022, 8, 31));
		assertThat(issued.issuedBy()).isEqualTo(coordinator.displayName());
		assertSameFigures(issued, expected);
		assertThat(issued.signatories()).filteredOn((d) -> d.organisation().equals("Termly Report Bakery"))
			.singleElement()
			.satisfies((d) -> {
				assertThat(d.inTerm()).isEqualTo(2);
				assertThat(d.inYear()).isEqualTo(2);
			});
		assertThat(issued.paragraphs()).containsExactly("=1+1 The summer went well.",
				"Signatories are ahead of the trajectory.");

		// Later records of the term, and a new target for its year, change the figures as
		// of the term's end, but not the report as it was issued
		Map<Measure, Integer> changed = new EnumMap<>(this.targets.of(TERM.year()));
		changed.put(Measure.SIGNATORIES, changed.get(Measure.SIGNATORIES) + 7);
		this.targets.set(TERM.year(), changed, null);
		signatory("Termly Report Latecomer", "2022-07-01");
		takeUp(bakery, "STARTED", "2022-07-15T10:00:00Z");
		ImpactFigures.Dashboard later = this.figures.asOf(TERM.year(), TERM.lastDay(), Area.ENGLAND);
		assertThat(later.of(Measure.SIGNATORIES).figure()).isEqualTo(expected.of(Measure.SIGNATORIES).figure() + 1);
		assertThat(later.of(Measure.SIGNATORIES).target()).isEqualTo(expected.of(Measure.SIGNATORIES).target() + 7);
		assertThat(this.reports.find(first)).contains(issued);
		this.mvc.perform(get("/coordinator/impact/reports/" + first).with(as(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Summer term 2022, version " + (before + 1))))
			.andExpect(content().string(containsString("Signatories are ahead of the trajectory.")));

		// Issuing the term again makes version 2, with today's figures as of the term's
		// end; both are kept and listed
		UUID second = issue(coordinator, "Corrected after the late records.");
		TermlyReport again = this.reports.find(second).orElseThrow();
		assertThat(again.version()).isEqualTo(before + 2);
		assertSameFigures(again, later);
		assertThat(again.signatories()).filteredOn((d) -> d.organisation().equals("Termly Report Bakery"))
			.singleElement()
			.satisfies((d) -> assertThat(d.inTerm()).isEqualTo(3));
		assertThat(this.reports.find(first)).contains(issued);
		assertThat(this.reports.issued()).filteredOn((r) -> r.term().equals(TERM))
			.extracting(TermlyReports.Issued::version)
			.startsWith(before + 2, before + 1);
		this.mvc.perform(get("/coordinator/impact/reports").with(as(this.fixtures.staff(Role.ADMIN))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Summer term 2022, version " + (before + 1))))
			.andExpect(content().string(containsString("Summer term 2022, version " + (before + 2))));

		// The kept rows refuse every change but forgetting who issued the report
		assertThatThrownBy(() -> this.jdbc.sql("update impact_report set narrative = 'Changed' where id = :id")
			.param("id", first)
			.update()).rootCause().hasMessageContaining("kept as they were issued");
		assertThatThrownBy(() -> this.jdbc.sql("update impact_report_figure set figure = 0 where report_id = :id")
			.param("id", first)
			.update()).rootCause().hasMessageContaining("kept as they were issued");
		assertThatThrownBy(() -> this.jdbc.sql("delete from impact_report where id = :id").param("id", second).update())
			.rootCause()
			.hasMessageContaining("kept as they were issued");
		assertThatThrownBy(() -> this.jdbc.sql("delete from impact_report_month where report_id = :id")
			.param("id", first)
			.update()).rootCause().hasMessageContaining("kept as they were issued");
		this.jdbc.sql("update impact_report set issued_by = null where id = :id").param("id", first).update();
		assertThat(this.reports.find(first).orElseThrow().issuedBy()).isNull();
		assertThat(this.reports.find(first).orElseThrow().figures()).isEqualTo(issued.figures());
	}

	@Test
	void theDownloadsReadBackWithTheReportsFiguresAndNarrative() throws Exception {
		CurrentUser coordinator = this.fixtures.staff(Role.COORDINATOR);
		UUID id = issue(coordinator, "=SUM(A1) Downloads: the narrative comes first.");
		TermlyReport report = this.reports.find(id).orElseThrow();
		TermlyReport.Figure signatories = report.figures().get(0);
		String name = "termly-report-2022-summer-v" + report.version();

		MvcResult pdf = this.mvc.perform(get("/coordinator/impact/reports/" + id + "/pdf").with(as(coordinator)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString(name + ".pdf")))
			.andReturn();
		try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
			assertThat(document.getDocumentInformation().getTitle())
				.isEqualTo("Covenant Connects termly report: " + report.title());
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
			assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
			assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains(report.title())
				.contains("=SUM(A1) Downloads: the narrative comes first.")
				.contains(signatories.title().substring(0, 30))
				.contains("Signatories by take-ups delivered")
				.contains("Councils and the Whole Council Approach");
		}

		MvcResult xlsx = this.mvc.perform(get("/coordinator/impact/reports/" + id + "/xlsx").with(as(coordinator)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString(name + ".xlsx")))
			.andReturn();
		try (ReadableWorkbook workbook = new ReadableWorkbook(
				new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
			List<Row> about = sheet(workbook, "Report");
			assertThat(about.get(0).getCellText(1)).isEqualTo(report.title());
			assertThat(about.get(5).getCellText(0)).isEqualTo("Narrative");
			assertThat(about.get(5).getCellText(1)).isEqualTo("=SUM(A1) Downloads: the narrative comes first.");
			assertThat(about.get(5).getCell(1).getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.STRING);
			List<Row> rows = sheet(workbook, "Figures");
			assertThat(rows).hasSize(report.figures().size() + 1);
			for (int i = 0; i < report.figures().size(); i++) {
				TermlyReport.Figure figure = report.figures().get(i);
				Row row = rows.get(i + 1);
				assertThat(row.getCellText(0)).isEqualTo(figure.title());
				if (figure.figure() != null) {
					assertThat(row.getCellAsNumber(2)).contains(BigDecimal.valueOf(figure.figure()));
				}
				else {
					assertThat(row.getCellText(2)).isEqualTo("Not recorded");
				}
				assertThat(row.getCellAsNumber(4)).contains(BigDecimal.valueOf(figure.target()));
				assertThat(row.getCellAsNumber(5)).contains(BigDecimal.valueOf(figure.expected()));
				assertThat(row.getCellText(6)).isEqualTo(figure.status().label());
			}
			List<Row> months = sheet(workbook, "Month by month");
			assertThat(months.get(0).getCellText(2)).isEqualTo("April 2022");
			assertThat(months.get(1).getCellAsNumber(6))
				.contains(BigDecimal.valueOf(signatories.months().get(4).figure()));
			assertThat(sheet(workbook, "Signatories").get(0).getCellText(0)).isEqualTo("Signatory");
		}

		MvcResult csv = this.mvc.perform(get("/coordinator/impact/reports/" + id + "/csv").with(as(coordinator)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString(name + ".csv")))
			.andReturn();
		List<CSVRecord> records = CSVFormat.DEFAULT
			.parse(new StringReader(csv.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)))
			.getRecords();
		assertThat(records).hasSize(report.figures().size() + 1);
		assertThat(records.get(0).get(0)).isEqualTo("Goal or KPI");
		assertThat(records.get(0).get(7)).isEqualTo("April 2022");
		for (int i = 0; i < report.figures().size(); i++) {
			TermlyReport.Figure figure = report.figures().get(i);
			CSVRecord record = records.get(i + 1);
			assertThat(record.get(0)).isEqualTo(figure.title());
			assertThat(record.get(2))
				.isEqualTo((figure.figure() != null) ? String.valueOf(figure.figure()) : "Not recorded");
			assertThat(record.get(4)).isEqualTo(String.valueOf(figure.target()));
			assertThat(record.get(11)).isEqualTo(
					(figure.months().get(4).figure() != null) ? String.valueOf(figure.months().get(4).figure()) : "");
		}
	}

	@Test
	void badInputShowsTheErrorsAndKeepsWhatWasTyped() throws Exception {
		CurrentUser coordinator = this.fixtures.staff(Role.COORDINATOR);
		this.mvc.perform(get("/coordinator/impact/reports/new").param("term", TERM.code()).with(as(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Termly report: preview")))
			.andExpect(content().string(containsString("Issue the report")));
		this.mvc
			.perform(post("/coordinator/impact/reports").param("term", TERM.code())
				.param("narrative", "   ")
				.with(as(coordinator))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Enter the narrative")));
		String tooLong = "Kept <b>as typed</b> " + "x".repeat(TermlyReports.LONGEST_NARRATIVE);
		this.mvc
			.perform(post("/coordinator/impact/reports").param("term", TERM.code())
				.param("narrative", tooLong)
				.with(as(coordinator))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("10,000 characters or fewer")))
			.andExpect(content().string(containsString("Kept &lt;b&gt;as typed&lt;/b&gt; xxxx")));
		this.mvc.perform(get("/coordinator/impact/reports/new").param("term", "2099-summer").with(as(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a term from the list")));
		this.mvc
			.perform(post("/coordinator/impact/reports").param("term", "1999-spring")
				.param("narrative", "Text")
				.with(as(coordinator))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a term from the list")));
		this.mvc.perform(get("/coordinator/impact/reports/" + UUID.randomUUID()).with(as(coordinator)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/coordinator/impact/reports/not-a-report/pdf").with(as(coordinator)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aReportOfTheTermInProgressIsAsOfTodayAndSaysSo() throws Exception {
		CurrentUser coordinator = this.fixtures.staff(Role.COORDINATOR);
		Term now = Term.of(this.figures.today());
		this.mvc.perform(get("/coordinator/impact/reports/new").param("term", now.code()).with(as(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The term has not ended yet, so the figures are as of today.")));
		this.mvc
			.perform(post("/coordinator/impact/reports").param("term", now.code())
				.param("narrative", "Half way through the term.")
				.with(as(coordinator))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		TermlyReports.Issued issued = this.reports.issued()
			.stream()
			.filter((r) -> r.term().equals(now))
			.findFirst()
			.orElseThrow();
		assertThat(issued.asOf()).isEqualTo(this.figures.today());
		this.mvc.perform(get("/coordinator/impact/reports/" + issued.id()).with(as(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The term had not ended when the report was issued.")));
	}

	private UUID issue(CurrentUser coordinator, String narrative) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/coordinator/impact/reports").param("term", TERM.code())
				.param("narrative", narrative)
				.with(as(coordinator))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	private static void assertSameFigures(TermlyReport report, ImpactFigures.Dashboard dashboard) {
		assertThat(report.figures()).hasSameSizeAs(dashboard.figures());
		for (int i = 0; i < report.figures().size(); i++) {
			TermlyReport.Figure kept = report.figures().get(i);
			ImpactFigures.Figure counted = dashboard.figures().get(i);
			assertThat(kept.measure()).isEqualTo(counted.measure().name());
			assertThat(kept.title()).isEqualTo(counted.measure().title());
			assertThat(kept.figure()).isEqualTo(counted.figure());
			assertThat(kept.note()).isEqualTo(counted.note());
			assertThat(kept.target()).isEqualTo(counted.target());
			assertThat(kept.expected()).isEqualTo(counted.expected());
			assertThat(kept.status()).isEqualTo(counted.status());
			assertThat(kept.months()).extracting(TermlyReport.Month::figure)
				.containsExactlyElementsOf(counted.months().stream().map(ImpactFigures.MonthFigure::figure).toList());
			assertThat(kept.months()).extracting(TermlyReport.Month::trajectory)
				.containsExactlyElementsOf(
						counted.months().stream().map(ImpactFigures.MonthFigure::trajectory).toList());
		}
	}

	private static List<Row> sheet(ReadableWorkbook workbook, String name) throws IOException {
		Optional<Sheet> sheet = workbook.findSheet(name);
		assertThat(sheet).as(name).isPresent();
		return sheet.get().read();
	}

	private UUID signatory(String name, String signedOn) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into signatory (id, name, slug, sector, size, national, regions, could_offer, stage,
				  stage_changed_at, signed_on, created_at)
				values (:id, :name, :slug, 'PRIVATE', 'SMALL', true, cast('{}' as varchar(9)[]),
				  'Counted', 'SIGNED', :changed, cast(:signed as date), :changed)
				""")
			.param("id", id)
			.param("name", name)
			.param("slug", "termly-" + id)
			.param("changed", OffsetDateTime.parse(signedOn + "T12:00:00Z"))
			.param("signed", signedOn)
			.update();
		return id;
	}

	private void takeUp(UUID signatory, String status, String at) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into take_up (id, account_id, opportunity_id, signatory_id, status, created_at, updated_at,
				  opportunity_type, region_code)
				values (:id, null, :opportunity, :signatory, :status, :at, :at, 'FREE_TICKETS_OR_ACTIVITY', 'E12000002')
				""")
			.param("id", id)
			.param("opportunity", UUID.randomUUID())
			.param("signatory", signatory)
			.param("status", status)
			.param("at", OffsetDateTime.parse(at))
			.update();
		this.jdbc.sql("""
				insert into take_up_event (id, take_up_id, status, actor, occurred_at)
				values (:id, :takeUp, :status, 'SERVICE', :at)
				""")
			.param("id", UUID.randomUUID())
			.param("takeUp", id)
			.param("status", status)
			.param("at", OffsetDateTime.parse(at))
			.update();
	}

}
