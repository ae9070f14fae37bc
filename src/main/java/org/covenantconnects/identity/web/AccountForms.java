package org.covenantconnects.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.covenantconnects.platform.EmailAddress;

/** The forms of the identity pages. Passwords are never sent back to the browser. */
final class AccountForms {

	private AccountForms() {
	}

	static class WhoForm {

		@NotBlank(message = "Select who you are")
		private String who;

		public String getWho() {
			return this.who;
		}

		public void setWho(String who) {
			this.who = who;
		}

	}

	static class EmailForm {

		@NotBlank(message = "Enter your email address")
		@EmailAddress.WellFormed
		private String email;

		public String getEmail() {
			return this.email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

	}

	static class PasswordForm {

		private String password;

		public String getPassword() {
			return this.password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

	}

	static class InviteForm {

		@NotBlank(message = "Enter their name")
		@Size(max = 100, message = "Name must be 100 characters or fewer")
		private String displayName;

		@NotBlank(message = "Enter their email address")
		@EmailAddress.WellFormed
		private String email;

		@NotBlank(message = "Select a role")
		private String role;

		public String getDisplayName() {
			return this.displayName;
		}

		public void setDisplayName(String displayName) {
			this.displayName = displayName;
		}

		public String getEmail() {
			return this.email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

		public String getRole() {
			return this.role;
		}

		public void setRole(String role) {
			this.role = role;
		}

	}

}
