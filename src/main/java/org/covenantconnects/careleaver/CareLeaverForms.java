package org.covenantconnects.careleaver;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.covenantconnects.platform.DateAnswer;
import org.covenantconnects.platform.EmailAddress;

/**
 * The forms of a care leaver's pages. Values are kept as typed, so that a refused answer
 * is shown again exactly as it was; passwords are never sent back.
 */
public final class CareLeaverForms {

	private CareLeaverForms() {
	}

	public static class NameForm {

		@NotBlank(message = "Enter your full name")
		@Size(max = 100, message = ProfileQuestions.FULL_NAME_TOO_LONG)
		private String fullName;

		@Size(max = 100, message = ProfileQuestions.PREFERRED_NAME_TOO_LONG)
		private String preferredName;

		public String getFullName() {
			return this.fullName;
		}

		public void setFullName(String fullName) {
			this.fullName = fullName;
		}

		public String getPreferredName() {
			return this.preferredName;
		}

		public void setPreferredName(String preferredName) {
			this.preferredName = preferredName;
		}

	}

	public static class DateOfBirthForm {

		private DateAnswer dateOfBirth = new DateAnswer();

		public DateAnswer getDateOfBirth() {
			return this.dateOfBirth;
		}

		public void setDateOfBirth(DateAnswer dateOfBirth) {
			this.dateOfBirth = dateOfBirth;
		}

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

	}

	public static class CouncilForm {

		private String council;

		public String getCouncil() {
			return this.council;
		}

		public void setCouncil(String council) {
			this.council = council;
		}

	}

	public static class RegionForm {

		private String region;

		public String getRegion() {
			return this.region;
		}

		public void setRegion(String region) {
			this.region = region;
		}

	}

	public static class InterestsForm {

		private List<String> types = new ArrayList<>();

		private List<String> categories = new ArrayList<>();

		public List<String> getTypes() {
			return this.types;
		}

		public void setTypes(List<String> types) {
			this.types = (types != null) ? types : new ArrayList<>();
		}

		public List<String> getCategories() {
			return this.categories;
		}

		public void setCategories(List<String> categories) {
			this.categories = (categories != null) ? categories : new ArrayList<>();
		}

	}

	public static class SituationForm {

		private String situation;

		public String getSituation() {
			return this.situation;
		}

		public void setSituation(String situation) {
			this.situation = situation;
		}

	}

	public static class AmbitionsForm {

		@Size(max = 1000, message = "Your hopes must be 1000 characters or fewer")
		private String ambitions;

		public String getAmbitions() {
			return this.ambitions;
		}

		public void setAmbitions(String ambitions) {
			this.ambitions = ambitions;
		}

	}

	public static class PrivacyForm {

		private List<String> agreed = new ArrayList<>();

		public List<String> getAgreed() {
			return this.agreed;
		}

		public void setAgreed(List<String> agreed) {
			this.agreed = (agreed != null) ? agreed : new ArrayList<>();
		}

	}

	public static class PasswordForm {

		private String password;

		public String getPassword() {
			return this.password;
		}

		public void setPassword(String password) {
			this.password = password;
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

	}

}
