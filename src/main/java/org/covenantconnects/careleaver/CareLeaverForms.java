package org.covenantconnects.careleaver;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;

import org.covenantconnects.platform.EmailAddress;

/**
 * The forms of My account's pages (registration asks the email question too). Values are
 * kept as typed, so that a refused answer is shown again exactly as it was; passwords are
 * never sent back.
 */
public final class CareLeaverForms {

	private CareLeaverForms() {
	}

	public static class EmailForm {

		@NotBlank(message = "Enter your email address")
		@EmailAddress.WellFormed
		private String email;

		public String getEmail() {
			return this.email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

		/**
		 * The password asked again before the change, so an open session is not enough.
		 */
		private String currentPassword;

		public String getCurrentPassword() {
			return this.currentPassword;
		}

		public void setCurrentPassword(String currentPassword) {
			this.currentPassword = currentPassword;
		}

	}

	public static class ChangePasswordForm {

		private String currentPassword;

		private String newPassword;

		public String getCurrentPassword() {
			return this.currentPassword;
		}

		public void setCurrentPassword(String currentPassword) {
			this.currentPassword = currentPassword;
		}

		public String getNewPassword() {
			return this.newPassword;
		}

		public void setNewPassword(String newPassword) {
			this.newPassword = newPassword;
		}

	}

	public static class SharingForm {

		private String suggestions;

		public String getSuggestions() {
			return this.suggestions;
		}

		public void setSuggestions(String suggestions) {
			this.suggestions = suggestions;
		}

	}

	public static class DeleteForm {

		private List<String> confirmed = new ArrayList<>();

		public List<String> getConfirmed() {
			return this.confirmed;
		}

		public void setConfirmed(List<String> confirmed) {
			this.confirmed = (confirmed != null) ? confirmed : new ArrayList<>();
		}

		/**
		 * The password asked again before the change, so an open session is not enough.
		 */
		private String currentPassword;

		public String getCurrentPassword() {
			return this.currentPassword;
		}

		public void setCurrentPassword(String currentPassword) {
			this.currentPassword = currentPassword;
		}

	}

}
