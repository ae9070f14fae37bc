package org.covenantconnects.adviserlink.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.covenantconnects.platform.EmailAddress;

/** One email address: the supporter a young person invites, or the young person asked. */
class EmailForm {

	/** What to say when no address is typed, here and when registering someone. */
	static final String MISSING = "Enter their email address";

	@NotBlank(message = MISSING)
	// Empty passes here, so that an empty answer gets only the message asking for one.
	@Pattern(message = EmailAddress.WRONG_FORMAT, regexp = "\\s*|\\s*" + EmailAddress.FORMAT + "\\s*")
	@Size(max = EmailAddress.LONGEST, message = EmailAddress.TOO_LONG)
	private String email;

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

}
