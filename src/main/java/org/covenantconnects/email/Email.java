package org.covenantconnects.email;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * An email to one person. The plain-text body is what the person reads; the outbox adds
 * an HTML part made from it.
 *
 * @param unsubscribeLink where the person can stop emails of this kind with one click,
 * without signing in; {@code null} for emails they cannot opt out of (a password reset).
 * When present the email carries {@code List-Unsubscribe} and
 * {@code List-Unsubscribe-Post} headers and ends with the link. It must answer a POST
 * with the body {@code List-Unsubscribe=One-Click} (RFC 8058).
 */
public record Email(String recipient, String subject, String textBody, @Nullable URI unsubscribeLink) {

	public Email {
		Assert.hasText(recipient, "recipient must not be empty");
		Assert.hasText(subject, "subject must not be empty");
		Assert.hasText(textBody, "textBody must not be empty");
		Assert.isTrue(unsubscribeLink == null || unsubscribeLink.isAbsolute(),
				"unsubscribeLink must be an absolute address");
	}

	/** An email the person cannot unsubscribe from. */
	public Email(String recipient, String subject, String textBody) {
		this(recipient, subject, textBody, null);
	}

	/** The same email, with a one-click unsubscribe link. */
	public Email withUnsubscribeLink(URI link) {
		return new Email(this.recipient, this.subject, this.textBody, link);
	}

}
