package org.covenantconnects.alert;

import org.springframework.util.Assert;

/**
 * An email to one person. The plain-text body is always present; the HTML body is
 * optional.
 */
public record Email(String recipient, String subject, String textBody) {

	public Email {
		Assert.hasText(recipient, "recipient must not be empty");
		Assert.hasText(subject, "subject must not be empty");
		Assert.hasText(textBody, "textBody must not be empty");
	}

}
