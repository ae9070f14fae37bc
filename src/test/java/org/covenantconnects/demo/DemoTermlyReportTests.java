package org.covenantconnects.demo;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.Role;
import org.covenantconnects.impact.Term;
import org.covenantconnects.impact.TermlyReport;
import org.covenantconnects.impact.TermlyReports;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's report of last term, made inside a transaction that is rolled back: issued
 * once however often the demo starts, by the demo coordinator, with a narrative from its
 * own figures.
 */
@ConnectsTest
@Transactional
class DemoTermlyReportTests {

	@Autowired
	private TermlyReports reports;

	@Autowired
	private Accounts accounts;

	@Test
	void lastTermsReportIsIssuedOnceByTheDemoCoordinator() {
		if (this.accounts.idOf("coordinator@example.com").isEmpty()) {
			this.accounts.createDemoAccount("Chris Morgan", "coordinator@example.com", DemoData.PASSWORD,
					Role.COORDINATOR);
		}
		Term last = this.reports.terms().get(0).previous();
		// The demo of another test's application start (on the same database) may have
		// issued it already
		long before = this.reports.issued().stream().filter((r) -> r.term().equals(last)).count();
		assertThat(before).isLessThanOrEqualTo(1);
		DemoTermlyReport demo = new DemoTermlyReport(this.reports, this.accounts);
		demo.issueLastTermsReport();
		demo.issueLastTermsReport();

		var issued = this.reports.issued().stream().filter((r) -> r.term().equals(last)).toList();
		assertThat(issued).as("issued once, however often the demo starts").hasSize(1);
		assertThat(issued.get(0).version()).isEqualTo(1);
		TermlyReport report = this.reports.find(issued.get(0).id()).orElseThrow();
		assertThat(report.issuedBy()).isEqualTo("Chris Morgan");
		assertThat(report.asOf()).isEqualTo(last.lastDay());
		assertThat(report.paragraphs()).hasSize(3);
		assertThat(report.paragraphs().get(0))
			.startsWith("By the end of the " + last.label().toLowerCase(java.util.Locale.UK))
			.contains("target of " + report.figures().get(0).target());
		// The six goals and six KPIs, events held and event attendances among them; and
		// after them any KPI administrators defined, such as the demo's own.
		assertThat(report.figures().subList(0, 12)).extracting(TermlyReport.Figure::measure)
			.containsExactlyElementsOf(
					java.util.Arrays.stream(org.covenantconnects.impact.Measure.values()).map(Enum::name).toList());
		assertThat(report.figures().subList(12, report.figures().size()))
			.allSatisfy((f) -> assertThat(f.measure()).startsWith("KPI-"));
	}

}
