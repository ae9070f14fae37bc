package org.covenantconnects.email;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

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
 * @param secret a value in the body that only the recipient may ever read, such as the
 * token of a single-use link, or {@code null}. The outbox keeps the body with the secret
 * taken out, and the secret itself only until the email is delivered (or given up on), so
 * that nobody can use it from the database or from the administrators' pages. It must
 * appear in the body and not in the subject.
 * @param about the accounts of the people the email is about: the account it is sent to,
 * when the address has one, and every person it names or concerns (the young person an
 * adviser is told about, the supporter who shared an opportunity). A person's download
 * and the erasure of their account find the email by these, whichever address it went to.
 */
public record Email(String recipient, String subject, String textBody, @Nullable URI unsubscribeLink,
		@Nullable String secret, Set<UUID> about) {

	public Email {
		about = Set.copyOf(about);
		Assert.hasText(recipient, "recipient must not be empty");
		Assert.hasText(subject, "subject must not be empty");
		Assert.hasText(textBody, "textBody must not be empty");
		Assert.isTrue(unsubscribeLink == null || unsubscribeLink.isAbsolute(),
				"unsubscribeLink must be an absolute address");
		Assert.isTrue(secret == null || (!secret.isBlank() && textBody.contains(secret)),
				"secret must appear in the body");
		Assert.isTrue(secret == null || !subject.contains(secret), "secret must not appear in the subject");
	}

	public Email(String recipient, String subject, String textBody, @Nullable URI unsubscribeLink,
			@Nullable String secret) {
		this(recipient, subject, textBody, unsubscribeLink, secret, Set.of());
	}

	/** An email the person cannot unsubscribe from. */
	public Email(String recipient, String subject, String textBody) {
		this(recipient, subject, textBody, null, null);
	}

	/** An email with no secret in it. */
	public Email(String recipient, String subject, String textBody, @Nullable URI unsubscribeLink) {
		this(recipient, subject, textBody, unsubscribeLink, null);
	}

	/** The same email, with a one-click unsubscribe link. */
	public Email withUnsubscribeLink(URI link) {
		return new Email(this.recipient, this.subject, this.textBody, link, this.secret, this.about);
	}

	/**
	 * The same email, with a value in its body that only the recipient may read, such as
	 * the token of a link that signs them in, resets a password or claims an account.
	 */
	public Email withSecret(String secret) {
		return new Email(this.recipient, this.subject, this.textBody, this.unsubscribeLink, secret, this.about);
	}

	/**
	 * The same email, also about these people's accounts (null ones are left out): the
	 * account it goes to and anyone it names.
	 */
	public Email about(@Nullable UUID... accounts) {
		Set<UUID> all = new LinkedHashSet<>(this.about);
		Arrays.stream(accounts).filter((account) -> account != null).forEach(all::add);
		return new Email(this.recipient, this.subject, this.textBody, this.unsubscribeLink, this.secret, all);
	}

}
