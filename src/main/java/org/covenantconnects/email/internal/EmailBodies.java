package org.covenantconnects.email.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import org.jspecify.annotations.Nullable;

import org.springframework.web.util.HtmlUtils;

/**
 * The two parts of every email, made from the plain text its sender wrote. The HTML part
 * is plain semantic HTML that reads well in a screen reader: the subject as its heading,
 * one paragraph per paragraph of text, lists where the text has them, and addresses as
 * links whose text is the address itself. Nothing is loaded from elsewhere: no images, no
 * styles to fetch, nothing that tells anyone an email was opened.
 */
public final class EmailBodies {

	private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+[^\\s<>\".,;:!?)]");

	private static final Pattern LIST_ITEM = Pattern.compile("^\\s*[-*•]\\s+(.*)$");

	/**
	 * What stands for an email's secret in the body the outbox keeps: a word that a web
	 * address may end with and that HTML leaves as it is, so that the HTML part made from
	 * the kept body has the same links.
	 */
	public static final String WITHHELD = "[removed]";

	private EmailBodies() {
	}

	/** The body as the outbox keeps it: the secret, when there is one, taken out. */
	public static String withhold(String body, @Nullable String secret) {
		return (secret != null) ? body.replace(secret, WITHHELD) : body;
	}

	/**
	 * The plain-text part as it was written, from the body the outbox keeps and the
	 * secret; as kept when the secret is gone.
	 */
	public static String reveal(String text, @Nullable String secret) {
		return (secret != null) ? text.replace(WITHHELD, secret) : text;
	}

	/** The HTML part as it was written, as {@link #reveal} does the plain text. */
	public static String revealInHtml(String html, @Nullable String secret) {
		return (secret != null) ? html.replace(WITHHELD, HtmlUtils.htmlEscape(secret)) : html;
	}

	/**
	 * The plain-text part: the sender's text, and the unsubscribe link when there is one.
	 */
	public static String text(String textBody, @Nullable URI unsubscribeLink) {
		String text = textBody.strip();
		if (unsubscribeLink == null) {
			return text;
		}
		return text + "\n\n" + unsubscribeSentence(unsubscribeLink);
	}

	private static String unsubscribeSentence(URI unsubscribeLink) {
		return "To stop getting emails like this one, go to " + unsubscribeLink;
	}

	/** The HTML part, made from the plain-text part. */
	public static String html(String subject, String text) {
		StringBuilder html = new StringBuilder(text.length() * 2 + 400);
		appendOpening(html, subject);
		appendBlocks(html, text);
		return html.append(CLOSING).toString();
	}

	private static final String CLOSING = "</main>\n</body>\n</html>\n";

	private static void appendOpening(StringBuilder html, String subject) {
		html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
			.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
			.append("<title>")
			.append(HtmlUtils.htmlEscape(subject))
			.append("</title>\n</head>\n<body>\n<main>\n<h1>")
			.append(HtmlUtils.htmlEscape(subject))
			.append("</h1>\n");
	}

	private static void appendBlocks(StringBuilder html, String text) {
		for (String paragraph : text.split("\\R\\s*\\R")) {
			appendBlock(html, paragraph);
		}
	}

	/**
	 * Makes the HTML parts of many emails, as {@link EmailBodies#html} would, but renders
	 * the sender's text only once for all the emails that share it: the digests of a
	 * batch differ only in their unsubscribe links, and most share their text with
	 * thousands of others. Used by one thread.
	 */
	public static final class Batch {

		private final Map<List<String>, String> rendered = new HashMap<>();

		/**
		 * The HTML part of the email whose plain-text part is
		 * {@code text(textBody, unsubscribeLink)}.
		 */
		public String html(String subject, String textBody, @Nullable URI unsubscribeLink) {
			String text = textBody.strip();
			String opening = this.rendered.computeIfAbsent(List.of(subject, text), (key) -> {
				StringBuilder html = new StringBuilder(text.length() * 2 + 400);
				appendOpening(html, subject);
				appendBlocks(html, text);
				return html.toString();
			});
			if (unsubscribeLink == null) {
				return opening + CLOSING;
			}
			StringBuilder html = new StringBuilder(opening.length() + 400).append(opening);
			appendBlock(html, unsubscribeSentence(unsubscribeLink));
			return html.append(CLOSING).toString();
		}

	}

	/**
	 * One paragraph of text: its lines that start with a dash or a bullet become a list,
	 * the others a paragraph, in their order.
	 */
	private static void appendBlock(StringBuilder html, String paragraph) {
		List<String> lines = new ArrayList<>();
		boolean inList = false;
		for (String line : paragraph.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList()) {
			Matcher item = LIST_ITEM.matcher(line);
			boolean isItem = item.matches();
			if (isItem != inList) {
				flush(html, lines, inList);
				inList = isItem;
			}
			lines.add(isItem ? item.group(1) : line);
		}
		flush(html, lines, inList);
	}

	@SuppressFBWarnings(value = "POTENTIAL_XML_INJECTION",
			justification = "Every line passes through inline(), which escapes it before it is appended")
	private static void flush(StringBuilder html, List<String> lines, boolean list) {
		if (lines.isEmpty()) {
			return;
		}
		if (list) {
			html.append("<ul>\n");
			lines.forEach((item) -> html.append("<li>").append(inline(item)).append("</li>\n"));
			html.append("</ul>\n");
		}
		else {
			html.append("<p>").append(String.join("<br>\n", lines.stream().map(EmailBodies::inline).toList()));
			html.append("</p>\n");
		}
		lines.clear();
	}

	/** Escapes a line of text and makes its web addresses into links. */
	private static String inline(String line) {
		StringBuilder out = new StringBuilder(line.length() + 32);
		Matcher link = LINK.matcher(line);
		int from = 0;
		while (link.find()) {
			out.append(HtmlUtils.htmlEscape(line.substring(from, link.start())));
			String address = HtmlUtils.htmlEscape(link.group());
			out.append("<a href=\"").append(address).append("\">").append(address).append("</a>");
			from = link.end();
		}
		return out.append(HtmlUtils.htmlEscape(line.substring(from))).toString();
	}

}
