package org.covenantconnects.impact.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.covenantconnects.impact.TermlyReport;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import org.covenantconnects.platform.CsvCells;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * An issued termly report as files to take to the meeting: a CSV of the figures with
 * their months, a workbook with the whole report, and a tagged PDF (PDF/UA) whose text is
 * text. Each is made from the report as it was issued, so it carries the same figures
 * whenever it is downloaded (ADR 040).
 */
final class ReportFiles {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	/** The font embedded in the PDF (a PDF/UA document embeds every font it uses). */
	private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	private ReportFiles() {
	}

	/**
	 * The file name, without its extension: such as {@code termly-report-2026-spring-v2}.
	 */
	static String name(TermlyReport report) {
		return "termly-report-" + report.term().code() + "-v" + report.version();
	}

	/**
	 * The figures and their months, one row each; a cell that would start a formula
	 * starts with an apostrophe.
	 */
	static String csv(TermlyReport report) {
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			List<Object> header = new ArrayList<>(List.of("Goal or KPI", "Kind", "Figure", "Note", "Target",
					"Expected by " + DAY.format(report.asOf()), "Status"));
			report.figures().get(0).months().forEach((month) -> header.add(month.name()));
			csv.printRecord(header);
			for (TermlyReport.Figure figure : report.figures()) {
				List<Object> row = new ArrayList<>();
				row.add(text(figure.title()));
				row.add(figure.goal() ? "Goal" : figure.cadence() + " KPI");
				row.add((figure.figure() != null) ? figure.figure() : "Not recorded");
				row.add(text(figure.note()));
				row.add(figure.target());
				row.add(figure.expected());
				row.add(figure.status().label());
				figure.months().forEach((month) -> row.add((month.figure() != null) ? month.figure() : ""));
				csv.printRecord(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/**
	 * The workbook: the report and its narrative, the figures, each figure month by
	 * month, and the highlights, a sheet each.
	 */
	static byte[] xlsx(TermlyReport report) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "Covenant Connects", "1.0");
			Worksheet about = workbook.newWorksheet("Report");
			java.time.Instant issuedAt = Objects.requireNonNull(report.issuedAt(), "an issued report");
			String issuedBy = report.issuedBy();
			String[][] facts = { { "Termly report", report.title() }, { "Term", report.term().description() },
					{ "Figures as of the end of", DAY.format(report.asOf()) },
					{ "Issued", DAY.format(issuedAt.atZone(ENGLAND)) },
					{ "Issued by", (issuedBy != null) ? issuedBy : "An account since erased" },
					{ "Narrative", report.narrative() }, { "How the status is set", report.statusRule() } };
			for (int row = 0; row < facts.length; row++) {
				about.value(row, 0, facts[row][0]);
				about.style(row, 0).bold().set();
				about.value(row, 1, facts[row][1]);
				about.style(row, 1).wrapText(true).set();
			}
			about.width(0, 24);
			about.width(1, 100);

			Worksheet figures = workbook.newWorksheet("Figures");
			String[] header = { "Goal or KPI", "Kind", "Figure", "Note", "Target",
					"Expected by " + DAY.format(report.asOf()), "Status", "How it is counted" };
			header(figures, header);
			int row = 1;
			for (TermlyReport.Figure figure : report.figures()) {
				figures.value(row, 0, figure.title());
				figures.value(row, 1, figure.goal() ? "Goal" : figure.cadence() + " KPI");
				if (figure.figure() != null) {
					figures.value(row, 2, figure.figure());
				}
				else {
					figures.value(row, 2, "Not recorded");
				}
				figures.value(row, 3, (figure.note() != null) ? figure.note() : "");
				figures.value(row, 4, figure.target());
				figures.value(row, 5, figure.expected());
				figures.value(row, 6, figure.status().label());
				figures.value(row, 7, figure.definition());
				row++;
			}
			figures.width(0, 60);
			figures.width(7, 80);

			Worksheet months = workbook.newWorksheet("Month by month");
			List<String> monthHeader = new ArrayList<>();
			monthHeader.add("Goal or KPI");
			monthHeader.add("");
			report.figures().get(0).months().forEach((month) -> monthHeader.add(month.name()));
			header(months, monthHeader.toArray(String[]::new));
			row = 1;
			for (TermlyReport.Figure figure : report.figures()) {
				months.value(row, 0, figure.shortTitle());
				months.value(row, 1, "Figure");
				months.value(row + 1, 0, figure.shortTitle());
				months.value(row + 1, 1, "Trajectory");
				int column = 2;
				for (TermlyReport.Month month : figure.months()) {
					if (month.figure() != null) {
						months.value(row, column, month.figure());
					}
					months.value(row + 1, column, month.trajectory());
					column++;
				}
				row += 2;
			}
			months.width(0, 50);

			Worksheet signatories = workbook.newWorksheet("Signatories");
			header(signatories, new String[] { "Signatory", "Take-ups delivered in the term",
					"Take-ups delivered in the year to the term's end" });
			row = 1;
			for (TermlyReport.Delivered delivered : report.signatories()) {
				signatories.value(row, 0, delivered.organisation());
				signatories.value(row, 1, delivered.inTerm());
				signatories.value(row, 2, delivered.inYear());
				row++;
			}
			signatories.width(0, 40);
			approaches(workbook.newWorksheet("Councils"), "Council", "Parts in place (of 5)", report.councils());
			approaches(workbook.newWorksheet("Colleges and universities"), "College or university",
					"Pillars met (of 3)", report.institutions());
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static void approaches(Worksheet sheet, String who, String done, List<TermlyReport.Approach> rows) {
		header(sheet, new String[] { who, done, "Progress", "Embedded the approach" });
		int row = 1;
		for (TermlyReport.Approach approach : rows) {
			sheet.value(row, 0, approach.organisation());
			sheet.value(row, 1, approach.done());
			sheet.value(row, 2, approach.progress());
			sheet.value(row, 3, approach.embedded() ? "Yes" : "No");
			row++;
		}
		sheet.width(0, 40);
		sheet.width(2, 60);
	}

	private static void header(Worksheet sheet, String[] cells) {
		for (int column = 0; column < cells.length; column++) {
			sheet.value(0, column, cells[column]);
			sheet.style(0, column).bold().set();
		}
	}

	/**
	 * The report as a tagged PDF (PDF/UA): a title, headings, tables with header cells,
	 * its language, and one embedded font; each figure's months as a table with a bar
	 * drawn beside each figure, so nothing is only a picture.
	 */
	static byte[] pdf(TermlyReport report) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode();
			builder.usePdfUaAccessibility(true);
			builder.useFont(() -> font(), "Liberation Sans", 400, FontStyle.NORMAL, true);
			builder.useFont(() -> font(), "Liberation Sans", 700, FontStyle.NORMAL, true);
			builder.withProducer("Covenant Connects");
			builder.withHtmlContent(xhtml(report), null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static InputStream font() {
		InputStream font = ReportFiles.class.getResourceAsStream(FONT);
		if (font == null) {
			throw new IllegalStateException("The PDF's font " + FONT + " is missing");
		}
		return font;
	}

	/** The report as XHTML for the PDF. */
	@SuppressFBWarnings(value = "POTENTIAL_XML_INJECTION",
			justification = "Every text from the report passes through escape(); the rest is fixed markup and numbers")
	static String xhtml(TermlyReport report) {
		StringBuilder html = new StringBuilder();
		html.append("<!DOCTYPE html><html lang=\"en-GB\" xmlns=\"http://www.w3.org/1999/xhtml\"><head>")
			.append("<meta charset=\"utf-8\"/>")
			.append("<title>")
			.append(escape("Covenant Connects termly report: " + report.title()))
			.append("</title>")
			.append("<meta name=\"subject\" content=\"")
			.append(escape(report.term().description()))
			.append("\"/><meta name=\"author\" content=\"Care Leaver Covenant\"/>")
			.append("<style>")
			.append("@page { size: A4; margin: 18mm 15mm; }")
			.append("body { font-family: 'Liberation Sans'; font-size: 10pt; color: #0b0c0c; }")
			.append("h1 { font-size: 20pt; margin: 0 0 6pt 0; } h2 { font-size: 15pt; margin: 16pt 0 6pt 0; }")
			.append("h3 { font-size: 12pt; margin: 12pt 0 4pt 0; } p { margin: 0 0 6pt 0; }")
			.append("table { border-collapse: collapse; width: 100%; margin-bottom: 8pt; }")
			.append("th, td { border-bottom: 1px solid #b1b4b6; padding: 3pt 4pt; text-align: left; vertical-align: top; }")
			.append("th { font-weight: 700; } td.number, th.number { text-align: right; }")
			.append("caption { text-align: left; font-weight: 700; padding-bottom: 4pt; }")
			.append(".definition { font-size: 8.5pt; color: #505a5f; }")
			.append(".bar { background-color: #1d70b8; height: 8pt; }")
			.append(".month { page-break-inside: avoid; }")
			.append("</style></head><body>");
		html.append("<p>Covenant Connects: termly report</p>");
		html.append("<h1>").append(escape(report.title())).append("</h1>");
		html.append("<p>").append(escape(report.term().description())).append(".</p>");
		html.append("<p>Figures as of the end of ")
			.append(escape(DAY.format(report.asOf())))
			.append(", in all England.");
		if (report.beforeTermEnd()) {
			html.append(" The term had not ended when the report was issued.");
		}
		html.append("</p>");
		java.time.Instant issuedAt = report.issuedAt();
		String issuedBy = report.issuedBy();
		if (issuedAt != null) {
			html.append("<p>Issued on ")
				.append(escape(DAY.format(issuedAt.atZone(ENGLAND))))
				.append((issuedBy != null) ? " by " + escape(issuedBy) : "")
				.append(".</p>");
		}
		html.append("<h2>Narrative</h2>");
		for (String paragraph : report.narrative().split("\\R\\s*\\R")) {
			html.append("<p>").append(escape(paragraph.strip()).replaceAll("\\R", "<br/>")).append("</p>");
		}
		figureTable(html, "Goals", report.goals(), report);
		figureTable(html, "KPIs", report.kpis(), report);
		html.append("<h2>How the status is set</h2><p>").append(escape(report.statusRule())).append("</p>");
		html.append("<h2>Month by month</h2>");
		for (TermlyReport.Figure figure : report.figures()) {
			long top = Math.max(1, figure.target());
			for (TermlyReport.Month month : figure.months()) {
				Long value = month.figure();
				top = Math.max(top, Math.max(month.trajectory(), (value != null) ? value : 0));
			}
			html.append("<div class=\"month\"><h3>").append(escape(figure.shortTitle())).append("</h3>");
			html.append("<table><thead><tr><th scope=\"col\">Month</th><th scope=\"col\" class=\"number\">Figure</th>")
				.append("<th scope=\"col\" class=\"number\">Trajectory</th><th scope=\"col\">Figure against the target of ")
				.append(String.format(Locale.UK, "%,d", figure.target()))
				.append("</th></tr></thead><tbody>");
			for (TermlyReport.Month month : figure.months()) {
				Long value = month.figure();
				html.append("<tr><th scope=\"row\">")
					.append(escape(month.name()))
					.append("</th><td class=\"number\">")
					.append((value != null) ? String.format(Locale.UK, "%,d", value) : "–")
					.append("</td><td class=\"number\">")
					.append(String.format(Locale.UK, "%,d", month.trajectory()))
					.append("</td><td>");
				if (value != null && value > 0) {
					html.append("<div class=\"bar\" style=\"width: ")
						.append(String.format(Locale.ROOT, "%.1f", 100.0 * value / top))
						.append("%;\"></div>");
				}
				html.append("</td></tr>");
			}
			html.append("</tbody></table></div>");
		}
		html.append("<h2>Highlights</h2>");
		html.append("<table><caption>Signatories by take-ups delivered</caption><thead><tr>")
			.append("<th scope=\"col\">Signatory</th><th scope=\"col\" class=\"number\">In the term</th>")
			.append("<th scope=\"col\" class=\"number\">In the year to the term's end</th></tr></thead><tbody>");
		if (report.signatories().isEmpty()) {
			html.append("<tr><td colspan=\"3\">No take-ups were delivered in the year to the term's end.</td></tr>");
		}
		for (TermlyReport.Delivered delivered : report.signatories()) {
			html.append("<tr><th scope=\"row\">")
				.append(escape(delivered.organisation()))
				.append("</th><td class=\"number\">")
				.append(delivered.inTerm())
				.append("</td><td class=\"number\">")
				.append(delivered.inYear())
				.append("</td></tr>");
		}
		html.append("</tbody></table>");
		approachTable(html, "Councils and the Whole Council Approach", "Council", report.councils());
		approachTable(html, "Colleges and universities and the Whole Institution Approach", "College or university",
				report.institutions());
		html.append("</body></html>");
		return html.toString();
	}

	@SuppressFBWarnings(value = "POTENTIAL_XML_INJECTION",
			justification = "Every text from the report passes through escape(); the rest is fixed markup and numbers")
	private static void figureTable(StringBuilder html, String caption, List<TermlyReport.Figure> figures,
			TermlyReport report) {
		html.append("<h2>").append(caption).append("</h2>");
		html.append("<table><thead><tr><th scope=\"col\">")
			.append("Goals".equals(caption) ? "Goal" : "KPI")
			.append(" and how it is counted</th><th scope=\"col\" class=\"number\">Figure</th>")
			.append("<th scope=\"col\" class=\"number\">Target</th><th scope=\"col\" class=\"number\">Expected by ")
			.append(escape(DAY.format(report.asOf())))
			.append("</th><th scope=\"col\">Status</th></tr></thead><tbody>");
		for (TermlyReport.Figure figure : figures) {
			String cadence = figure.cadence();
			Long value = figure.figure();
			String note = figure.note();
			html.append("<tr><th scope=\"row\">")
				.append(escape(figure.title()))
				.append((cadence != null) ? " (" + escape(cadence) + " KPI)" : "")
				.append("<div class=\"definition\">")
				.append(escape(figure.definition()))
				.append("</div></th><td class=\"number\">")
				.append((value != null) ? String.format(Locale.UK, "%,d", value) : "Not recorded")
				.append((note != null) ? "<div class=\"definition\">" + escape(note) + "</div>" : "")
				.append("</td><td class=\"number\">")
				.append(String.format(Locale.UK, "%,d", figure.target()))
				.append("</td><td class=\"number\">")
				.append(String.format(Locale.UK, "%,d", figure.expected()))
				.append("</td><td>")
				.append(escape(figure.status().label()))
				.append("</td></tr>");
		}
		html.append("</tbody></table>");
	}

	private static void approachTable(StringBuilder html, String caption, String who,
			List<TermlyReport.Approach> approaches) {
		html.append("<table><caption>")
			.append(escape(caption))
			.append("</caption><thead><tr><th scope=\"col\">")
			.append(escape(who))
			.append("</th><th scope=\"col\">Progress</th><th scope=\"col\">Embedded</th></tr></thead><tbody>");
		if (approaches.isEmpty()) {
			html.append("<tr><td colspan=\"3\">None yet.</td></tr>");
		}
		for (TermlyReport.Approach approach : approaches) {
			html.append("<tr><th scope=\"row\">")
				.append(escape(approach.organisation()))
				.append("</th><td>")
				.append(escape(approach.progress()))
				.append("</td><td>")
				.append(approach.embedded() ? "Yes" : "No")
				.append("</td></tr>");
		}
		html.append("</tbody></table>");
	}

	private static String text(@Nullable String value) {
		if (value == null) {
			return "";
		}
		return CsvCells.looksLikeFormula(value) ? "'" + value : value;
	}

	private static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> {
					// Characters XML cannot carry are left out.
					if (c >= 0x20 || c == '\n' || c == '\r' || c == '\t') {
						escaped.append(c);
					}
				}
			}
		}
		return escaped.toString();
	}

}
