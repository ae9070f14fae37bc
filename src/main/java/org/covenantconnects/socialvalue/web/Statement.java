package org.covenantconnects.socialvalue.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.covenantconnects.socialvalue.SocialValue;

/**
 * An organisation's social value statement, to put in a tender: a tagged PDF (PDF/UA,
 * made as the termly report's is, ADR 040) naming the organisation, the year and the day
 * the figures are as of, each outcome with how much was delivered, the proxy value used
 * with its source and year, what it is worth, the total, the definitions and the day it
 * was made. It prints the values it used, so a later change to them never changes what a
 * statement already downloaded means.
 */
final class Statement {

	/** The font embedded in the PDF (a PDF/UA document embeds every font it uses). */
	private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private Statement() {
	}

	static String fileName(String organisation, SocialValue value) {
		return "social-value-"
				+ organisation.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "") + "-"
				+ value.period().shortLabel() + ".pdf";
	}

	static byte[] pdf(String organisation, SocialValue value, LocalDate made) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode();
			builder.usePdfUaAccessibility(true);
			builder.useFont(Statement::font, "Liberation Sans", 400, FontStyle.NORMAL, true);
			builder.useFont(Statement::font, "Liberation Sans", 700, FontStyle.NORMAL, true);
			builder.withProducer("Covenant Connects");
			builder.withHtmlContent(xhtml(organisation, value, made), null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static InputStream font() {
		InputStream font = Statement.class.getResourceAsStream(FONT);
		if (font == null) {
			throw new IllegalStateException("The PDF's font " + FONT + " is missing");
		}
		return font;
	}

	static String xhtml(String organisation, SocialValue value, LocalDate made) {
		String title = "Social value delivered through the Care Leaver Covenant: " + organisation;
		StringBuilder html = new StringBuilder();
		html.append("<!DOCTYPE html><html lang=\"en-GB\" xmlns=\"http://www.w3.org/1999/xhtml\"><head>")
			.append("<meta charset=\"utf-8\"/><title>")
			.append(escape(title))
			.append("</title><meta name=\"subject\" content=\"")
			.append(escape(value.period().label()))
			.append("\"/><meta name=\"author\" content=\"Covenant Connects\"/><style>")
			.append("@page { size: A4; margin: 18mm 15mm; }")
			.append("body { font-family: 'Liberation Sans'; font-size: 10pt; color: #0b0c0c; }")
			.append("h1 { font-size: 18pt; margin: 0 0 6pt 0; } h2 { font-size: 13pt; margin: 14pt 0 6pt 0; }")
			.append("p { margin: 0 0 6pt 0; }")
			.append("table { border-collapse: collapse; width: 100%; margin-bottom: 8pt; }")
			.append("th, td { border-bottom: 1px solid #b1b4b6; padding: 3pt 4pt; text-align: left; vertical-align: top; }")
			.append("th { font-weight: 700; } td.number, th.number { text-align: right; }")
			.append("</style></head><body>");
		html.append("<p>Covenant Connects: social value statement</p>");
		html.append("<h1>").append(escape(organisation)).append("</h1>");
		html.append("<p>Social value delivered for young people leaving care through the Care Leaver Covenant, ")
			.append(escape(value.period().label()))
			.append(", as of ")
			.append(escape(DAY.format(value.asOf())))
			.append(".</p>");
		html.append("<p>Made on ").append(escape(DAY.format(made))).append(".</p>");
		html.append("<h2>Outcomes and their value</h2>");
		html.append("<table><thead><tr><th scope=\"col\">Outcome</th><th scope=\"col\" class=\"number\">Delivered</th>")
			.append("<th scope=\"col\" class=\"number\">Value of one</th>")
			.append("<th scope=\"col\" class=\"number\">Year of the value</th>")
			.append("<th scope=\"col\" class=\"number\">Social value</th></tr></thead><tbody>");
		for (SocialValue.Row row : value.rows()) {
			html.append("<tr><th scope=\"row\">")
				.append(escape(row.outcome().title()))
				.append("</th><td class=\"number\">")
				.append(escape(row.quantityWithUnit()))
				.append("</td><td class=\"number\">")
				.append(escape(row.proxy().pounds()))
				.append("</td><td class=\"number\">")
				.append(row.proxy().year())
				.append("</td><td class=\"number\">")
				.append(escape(row.value()))
				.append("</td></tr>");
		}
		html.append("</tbody><tfoot><tr><th scope=\"row\" colspan=\"4\">Total social value</th><td class=\"number\">")
			.append(escape(value.total()))
			.append("</td></tr></tfoot></table>");
		html.append("<h2>Where the values come from</h2>");
		for (SocialValue.Row row : value.rows()) {
			html.append("<p>")
				.append(escape(row.outcome().title()))
				.append(": ")
				.append(escape(row.proxy().pounds()))
				.append(" a ")
				.append(escape(row.proxy().unit()))
				.append(", from ")
				.append(escape(row.proxy().source()))
				.append(", for ")
				.append(row.proxy().year())
				.append(".</p>");
		}
		html.append("<h2>What each outcome counts</h2>");
		for (SocialValue.Row row : value.rows()) {
			html.append("<p>")
				.append(escape(row.outcome().title()))
				.append(": ")
				.append(escape(row.outcome().definition()))
				.append("</p>");
		}
		html.append("<h2>How the value is worked out</h2>");
		html.append(
				"<p>Each outcome is counted from the records of the take-ups on Covenant Connects and multiplied by ")
			.append("the proxy value shown beside it, with its source and the year it is for. The values are those ")
			.append("the Covenant team kept when this statement was made; a later change to them does not change this ")
			.append("statement. Check that the values match the social value framework of the contract you bid for.")
			.append("</p>");
		html.append("</body></html>");
		return html.toString();
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
					if (c >= 0x20 || c == '\n' || c == '\r' || c == '\t') {
						escaped.append(c);
					}
				}
			}
		}
		return escaped.toString();
	}

}
