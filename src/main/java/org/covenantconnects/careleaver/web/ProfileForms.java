package org.covenantconnects.careleaver.web;

import java.util.ArrayList;
import java.util.List;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.covenantconnects.careleaver.CareLeaverProfile;
import org.covenantconnects.careleaver.ProfileQuestions;
import org.covenantconnects.careleaver.YourDetails;
import org.covenantconnects.platform.DateAnswer;

/**
 * What each question page of registration and Your details sends. A form is a plain
 * holder of the page's answers, bound field by field (the controllers turn on direct
 * field access), and keeps them as typed, so that a refused answer is shown again exactly
 * as it was; a password is never sent back.
 */
final class ProfileForms {

	private ProfileForms() {
	}

	@SuppressFBWarnings(value = "UWF_FIELD_NOT_INITIALIZED_IN_CONSTRUCTOR",
			justification = "A form filled by data binding and checked by validation before it is read")
	static class NameForm {

		@NotBlank(message = "Enter your full name")
		@Size(max = 100, message = ProfileQuestions.FULL_NAME_TOO_LONG)
		public String fullName;

		@Size(max = 100, message = ProfileQuestions.PREFERRED_NAME_TOO_LONG)
		public String preferredName;

	}

	static class DateOfBirthForm {

		public DateAnswer dateOfBirth = new DateAnswer();

	}

	static class CouncilForm {

		public String council;

	}

	static class RegionForm {

		public String region;

	}

	static class InterestsForm {

		public List<String> types = new ArrayList<>();

		public List<String> categories = new ArrayList<>();

	}

	static class SituationForm {

		public String situation;

	}

	static class InstitutionForm {

		/**
		 * The college or university chosen from the list, by its address; "not-listed"
		 * when they typed its name instead; empty when they chose none.
		 */
		public String chosenInstitution;

		public String institution;

	}

	static class AmbitionsForm {

		@Size(max = 1000, message = "Your hopes must be 1000 characters or fewer")
		public String ambitions;

	}

	static class PrivacyForm {

		public List<String> agreed = new ArrayList<>();

	}

	@SuppressFBWarnings(value = "UWF_UNWRITTEN_PUBLIC_OR_PROTECTED_FIELD",
			justification = "A form filled by data binding from the page, which writes its fields")
	static class PasswordForm {

		public String password;

	}

	/**
	 * The details Your details changes, one a page: each page shows and sends only its
	 * own.
	 */
	static class DetailsForm {

		@Size(max = 100, message = ProfileQuestions.PREFERRED_NAME_TOO_LONG)
		public String preferredName;

		public String region;

		public List<String> types = new ArrayList<>();

		public List<String> categories = new ArrayList<>();

		public String situation;

		@Size(max = YourDetails.INSTITUTION_LENGTH,
				message = "The name of your college or university must be 100 characters or fewer")
		public String institution;

		/**
		 * The college or university chosen from the list, by its address; "not-listed"
		 * when they typed its name instead; empty when they chose none.
		 */
		public String chosenInstitution;

		static DetailsForm of(CareLeaverProfile profile) {
			DetailsForm form = new DetailsForm();
			form.preferredName = profile.preferredName();
			form.region = profile.region().value();
			form.types = new ArrayList<>(profile.types().stream().map(Enum::name).toList());
			form.categories = new ArrayList<>(profile.categories().stream().map(Enum::name).toList());
			form.situation = profile.situation().name();
			form.institution = profile.institution();
			return form;
		}

	}

}
