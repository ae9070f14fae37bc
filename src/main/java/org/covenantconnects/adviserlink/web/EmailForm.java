package org.covenantconnects.adviserlink.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One email address: the supporter a young person invites, or the young person asked. */
class EmailForm {

	static final String EMAIL_FORMAT = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

	@NotBlank(message = "Enter their email address")
	// Empty passes here, so that an empty answer gets only the message asking for one.
	@Pattern(message = "Enter an email address in the correct format, like name@example.com",
			regexp = "\\s*|\\s*" + EMAIL_FORMAT + "\\s*")
	@Size(max = 320, message = "Email address must be 320 characters or fewer")
	private String email;

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

}
