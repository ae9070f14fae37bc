package org.covenantconnects.support;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One email address: the supporter a young person invites, or the young person asked. */
class EmailForm {

	static final String EMAIL_FORMAT = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

	@NotBlank(message = "Enter their email address")
	@Email(message = "Enter an email address in the correct format, like name@example.com", regexp = EMAIL_FORMAT)
	@Size(max = 320, message = "Email address must be 320 characters or fewer")
	private String email;

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

}
