package org.covenantconnects.email;

import java.net.URI;

import org.covenantconnects.email.internal.EmailBodies;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmailBodiesTests {

	@Test
	void theHtmlPartHasTheSubjectAsItsHeadingAndOneParagraphPerParagraph() {
		String html = EmailBodies.html("Confirm your email address", "Hello Alex,\n\nConfirm it here.\nThanks.");

		assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
			.contains("<title>Confirm your email address</title>")
			.contains("<h1>Confirm your email address</h1>\n<p>Hello Alex,</p>\n<p>Confirm it here.<br>\nThanks.</p>");
	}

	@Test
	void linesStartingWithADashBecomeAListAfterTheirIntroduction() {
		String html = EmailBodies.html("Round-up", "New this week:\n- A job\n* A course\n• A discount\nThat is all.");

		assertThat(html)
			.contains("<p>New this week:</p>\n<ul>\n<li>A job</li>\n<li>A course</li>\n<li>A discount</li>\n"
					+ "</ul>\n<p>That is all.</p>");
	}

	@Test
	void whatTheSenderWroteIsEscapedAndAddressesBecomeLinksWithoutTheFullStopAfterThem() {
		String html = EmailBodies.html("<b>Hi</b>", "Go to https://example.org/a?b=1&c=<2>. Or \"quote\" it.");

		assertThat(html).contains("<h1>&lt;b&gt;Hi&lt;/b&gt;</h1>")
			.contains(
					"Go to <a href=\"https://example.org/a?b=1&amp;c=\">https://example.org/a?b=1&amp;c=</a>&lt;2&gt;.")
			.contains("Or &quot;quote&quot; it.")
			.doesNotContain("<b>");
	}

	@Test
	void aSecretTakenOutOfTheKeptBodyComesBackInBothPartsWithTheSameLinks() {
		String secret = "Qm9vdHMtYW5kLWNhdHMtYW5kLWJvb3RzLWFuZC1jYXRz_-";
		String text = "Hello Alex,\n\nUse this link to choose a new password:\nhttps://connects.example/password/reset/"
				+ secret + ".\n\nThanks.";

		String kept = EmailBodies.withhold(text, secret);
		String keptHtml = EmailBodies.html("Reset your password", kept);

		assertThat(kept).doesNotContain(secret).contains("https://connects.example/password/reset/[removed].");
		assertThat(keptHtml).doesNotContain(secret)
			.contains("<a href=\"https://connects.example/password/reset/[removed]\">");
		assertThat(EmailBodies.reveal(kept, secret)).isEqualTo(text);
		assertThat(EmailBodies.revealInHtml(keptHtml, secret)).isEqualTo(EmailBodies.html("Reset your password", text));
		assertThat(EmailBodies.reveal(kept, null)).as("once the secret is gone").isEqualTo(kept);
	}

	@Test
	void aBatchMakesTheSameHtmlPartsAsMakingEachAlone() {
		URI first = URI.create("https://connects.example/alerts/unsubscribe/first");
		URI second = URI.create("https://connects.example/alerts/unsubscribe/second");
		String digest = "Hello,\n\nNew this week:\n- A job https://connects.example/opportunities/1\n- A course\n\n"
				+ "Choose at https://connects.example/alerts\n";
		String[][] emails = { { "2 new opportunities", digest }, { "2 new opportunities", digest },
				{ "<Round-up>", "  Go to https://example.org/a?b=1&c=<2>.\r\n\r\n\r\nThat is \"all\".  \n\n" },
				{ "Nothing", "" } };
		EmailBodies.Batch batch = new EmailBodies.Batch();
		for (String[] email : emails) {
			for (URI link : new URI[] { first, second, null }) {
				assertThat(batch.html(email[0], email[1], link)).as(email[0] + " " + link)
					.isEqualTo(EmailBodies.html(email[0], EmailBodies.text(email[1], link)));
			}
		}
		assertThat(batch.html("2 new opportunities", digest, second)).contains(second.toString())
			.doesNotContain(first.toString());
	}

	@Test
	void theTextPartEndsWithTheUnsubscribeLinkWhenThereIsOne() {
		assertThat(EmailBodies.text("Hello.\n", null)).isEqualTo("Hello.");
		assertThat(EmailBodies.text("Hello.\n", URI.create("https://connects.example/unsubscribe/abc"))).isEqualTo(
				"Hello.\n\nTo stop getting emails like this one, go to https://connects.example/unsubscribe/abc");
	}

}
