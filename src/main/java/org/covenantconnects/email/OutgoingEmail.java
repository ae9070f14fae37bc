package org.covenantconnects.email;

import java.net.URI;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A claimed outbox row, ready to hand to a provider.
 *
 * @param id the row's id, which is the email's Message-ID (and its reference at GOV.UK
 * Notify), so that a message sent twice can be recognised as one
 * @param textBody the plain-text part, unsubscribe link included
 * @param htmlBody the HTML part
 */
public record OutgoingEmail(UUID id, String recipient, String subject, String textBody, String htmlBody,
		@Nullable URI unsubscribeLink) {

	/** The Message-ID header's value for this message. */
	public String messageId(String domain) {
		return "<" + this.id + "@" + domain + ">";
	}

}
