package org.covenantconnects.demo;

import java.util.Locale;
import java.util.Optional;

import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.impact.Status;
import org.covenantconnects.impact.Term;
import org.covenantconnects.impact.TermlyReport;
import org.covenantconnects.impact.TermlyReports;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Issues the report of the term before this one, as the demo coordinator Chris Morgan,
 * with a narrative written from its figures: so the termly reports page lists one to read
 * and download. It runs after the rest of the demo is made, and a term already reported
 * on is left as it is.
 */
@Component
@ConditionalOnProperty(name = "connects.demo.enabled", havingValue = "true")
class DemoTermlyReport {

	private final TermlyReports reports;

	private final Accounts accounts;

	DemoTermlyReport(TermlyReports reports, Accounts accounts) {
		this.reports = reports;
		this.accounts = accounts;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE)
	void issueLastTermsReport() {
		Term last = this.reports.terms().get(0).previous();
		if (this.reports.issued().stream().anyMatch((issued) -> issued.term().equals(last))) {
			return;
		}
		Optional<AccountId> coordinator = this.accounts.idOf("coordinator@example.com");
		this.reports.issue(last, narrative(this.reports.prepare(last, "")), coordinator.orElse(null));
	}

	/** A narrative as a coordinator would write it, from the report's own figures. */
	static String narrative(TermlyReport report) {
		TermlyReport.Figure signatories = report.figures().get(0);
		Long signed = signatories.figure();
		long behind = report.figures().stream().filter((f) -> f.status() == Status.RED).count();
		StringBuilder text = new StringBuilder();
		text.append("By the end of the ")
			.append(report.term().label().toLowerCase(Locale.UK))
			.append(", ")
			.append((signed != null) ? signed : 0)
			.append(" organisations had signed the Covenant and not lapsed, against ")
			.append(signatories.expected())
			.append(" expected by then on the way to this year's target of ")
			.append(signatories.target())
			.append(". New signatories came mostly from the North West, where the regional network met twice.");
		text.append("\n\n");
		text.append((behind == 0) ? "No goal or KPI is behind its trajectory."
				: behind + ((behind == 1) ? " goal or KPI is" : " goals and KPIs are")
						+ " behind their trajectory: the team will take them to the regional network meetings "
						+ "next term and ask signatories for new offers where take-up is low.");
		text.append("\n\n");
		java.util.List<String> embedded = report.councils()
			.stream()
			.filter(TermlyReport.Approach::embedded)
			.map(TermlyReport.Approach::organisation)
			.toList();
		text.append(embedded.isEmpty() ? "No council has embedded the Whole Council Approach yet."
				: String.join(", ", embedded) + ((embedded.size() == 1) ? " has" : " have")
						+ " embedded the Whole Council Approach.")
			.append(" Next term we will support the councils that have begun it to put their remaining parts in place.");
		return text.toString();
	}

}
