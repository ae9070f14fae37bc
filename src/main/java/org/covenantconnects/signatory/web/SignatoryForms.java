package org.covenantconnects.signatory.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.covenantconnects.platform.DateAnswer;
import org.covenantconnects.platform.EmailAddress;

/**
 * The forms of the signing pipeline's pages. Passwords are never sent back to the
 * browser.
 */
final class SignatoryForms {

	private SignatoryForms() {
	}

	static class JoinForm {

		@NotBlank(message = "Enter your organisation's name")
		@Size(max = 200, message = "Organisation name must be 200 characters or fewer")
		private String name;

		@NotBlank(message = "Select your organisation's sector")
		private String sector;

		@NotBlank(message = "Select how many people your organisation employs")
		private String size;

		@Size(max = 300, message = "Website must be 300 characters or fewer")
		@Pattern(regexp = "^$|https?://[^\\s<>\"]+\\.[^\\s<>\"]+",
				message = "Enter the website address in the correct format, like https://www.example.org")
		private String website;

		@NotBlank(message = "Select whether your organisation could offer support across England")
		private String national;

		private List<String> regions = new ArrayList<>();

		@NotBlank(message = "Tell us what your organisation could offer care leavers")
		@Size(max = 2000, message = "What you could offer must be 2000 characters or fewer")
		private String couldOffer;

		@NotBlank(message = "Enter your name")
		@Size(max = 100, message = "Your name must be 100 characters or fewer")
		private String contactName;

		@NotBlank(message = "Enter your work email address")
		@EmailAddress.WellFormed
		private String contactEmail;

		private String password;

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getSector() {
			return this.sector;
		}

		public void setSector(String sector) {
			this.sector = sector;
		}

		public String getSize() {
			return this.size;
		}

		public void setSize(String size) {
			this.size = size;
		}

		public String getWebsite() {
			return this.website;
		}

		public void setWebsite(String website) {
			this.website = website;
		}

		public String getNational() {
			return this.national;
		}

		public void setNational(String national) {
			this.national = national;
		}

		public List<String> getRegions() {
			return this.regions;
		}

		public void setRegions(List<String> regions) {
			this.regions = regions;
		}

		public String getCouldOffer() {
			return this.couldOffer;
		}

		public void setCouldOffer(String couldOffer) {
			this.couldOffer = couldOffer;
		}

		public String getContactName() {
			return this.contactName;
		}

		public void setContactName(String contactName) {
			this.contactName = contactName;
		}

		public String getContactEmail() {
			return this.contactEmail;
		}

		public void setContactEmail(String contactEmail) {
			this.contactEmail = contactEmail;
		}

		public String getPassword() {
			return this.password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

	}

	static class IntentForm {

		@NotBlank(message = "Enter the name of the senior leader who signed the statement")
		@Size(max = 100, message = "Name must be 100 characters or fewer")
		private String leaderName;

		@NotBlank(message = "Enter the senior leader's job title")
		@Size(max = 100, message = "Job title must be 100 characters or fewer")
		private String leaderRole;

		private DateAnswer signedOn = new DateAnswer();

		@AssertTrue(message = "Confirm that the senior leader agreed to the statement on behalf of your organisation")
		private boolean confirmed;

		public String getLeaderName() {
			return this.leaderName;
		}

		public void setLeaderName(String leaderName) {
			this.leaderName = leaderName;
		}

		public String getLeaderRole() {
			return this.leaderRole;
		}

		public void setLeaderRole(String leaderRole) {
			this.leaderRole = leaderRole;
		}

		public DateAnswer getSignedOn() {
			return this.signedOn;
		}

		public void setSignedOn(DateAnswer signedOn) {
			this.signedOn = signedOn;
		}

		public boolean isConfirmed() {
			return this.confirmed;
		}

		public void setConfirmed(boolean confirmed) {
			this.confirmed = confirmed;
		}

	}

	static class ProformaForm {

		@NotBlank(message = "Describe what your organisation will offer care leavers")
		@Size(max = 4000, message = "Your offer must be 4000 characters or fewer")
		private String offer;

		@NotBlank(message = "Describe your first opportunities for care leavers")
		@Size(max = 4000, message = "Your first opportunities must be 4000 characters or fewer")
		private String firstOpportunities;

		@Size(max = 30, message = "Phone number must be 30 characters or fewer")
		@Pattern(regexp = "^$|[0-9 +()-]{6,30}", message = "Enter a phone number, like 01632 960 001 or 07700 900 982")
		private String contactPhone;

		public String getOffer() {
			return this.offer;
		}

		public void setOffer(String offer) {
			this.offer = offer;
		}

		public String getFirstOpportunities() {
			return this.firstOpportunities;
		}

		public void setFirstOpportunities(String firstOpportunities) {
			this.firstOpportunities = firstOpportunities;
		}

		public String getContactPhone() {
			return this.contactPhone;
		}

		public void setContactPhone(String contactPhone) {
			this.contactPhone = contactPhone;
		}

	}

	static class ColleagueForm {

		@NotBlank(message = "Enter your colleague's name")
		@Size(max = 100, message = "Name must be 100 characters or fewer")
		private String name;

		@NotBlank(message = "Enter your colleague's work email address")
		@EmailAddress.WellFormed
		private String email;

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getEmail() {
			return this.email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

	}

	/** The password an invited colleague chooses; the policy checks it. */
	static class PasswordForm {

		private String password;

		public String getPassword() {
			return this.password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

	}

	static class ReturnForm {

		@NotBlank(message = "Tell the organisation what to change")
		@Size(max = 2000, message = "Reasons must be 2000 characters or fewer")
		private String reasons;

		public String getReasons() {
			return this.reasons;
		}

		public void setReasons(String reasons) {
			this.reasons = reasons;
		}

	}

	static class ManagerForm {

		private String manager;

		public String getManager() {
			return this.manager;
		}

		public void setManager(String manager) {
			this.manager = manager;
		}

	}

}
