package org.covenantconnects.adviserlink.web;

import java.util.Optional;

import org.covenantconnects.adviserlink.internal.RegistrationsOnBehalf;
import org.covenantconnects.careleaver.DateOfBirth;
import org.covenantconnects.careleaver.ProfileQuestions;
import org.covenantconnects.careleaver.ProfileQuestions.Whose;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.RateLimits;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.platform.DateAnswer;
import org.covenantconnects.platform.EmailAddress;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A coordinator or a verified supporter registers a young person with a few details. The
 * page says the same whether or not the address already has an account. Supporters who
 * are not verified are sent to their home.
 */
@Controller
class RegisterYoungPersonController {

	private final RegistrationsOnBehalf registrations;

	private final ProfileQuestions questions;

	private final RateLimits rateLimits;

	RegisterYoungPersonController(RegistrationsOnBehalf registrations, ProfileQuestions questions,
			RateLimits rateLimits) {
		this.registrations = registrations;
		this.questions = questions;
		this.rateLimits = rateLimits;
	}

	/** The form is a plain holder of public fields. */
	@InitBinder("form")
	void bindFields(WebDataBinder binder) {
		binder.initDirectFieldAccess();
	}

	@GetMapping("/register-young-person")
	String form(@AuthenticationPrincipal CurrentUser user, Model model) {
		if (!this.registrations.mayRegister(user.id(), user.role())) {
			return "redirect:/supporter";
		}
		return page(new RegisterForm(), model);
	}

	@PostMapping("/register-young-person")
	String register(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") RegisterForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!this.registrations.mayRegister(user.id(), user.role())) {
			return "redirect:/supporter";
		}
		String name = (form.fullName != null) ? form.fullName.trim() : "";
		if (name.isEmpty()) {
			errors.rejectValue("fullName", "missing", "Enter their full name");
		}
		else if (name.length() > 100) {
			errors.rejectValue("fullName", "long", ProfileQuestions.FULL_NAME_TOO_LONG);
		}
		String email = (form.email != null) ? form.email.trim() : "";
		if (email.isEmpty()) {
			errors.rejectValue("email", "missing", EmailForm.MISSING);
		}
		else if (!EmailAddress.isValid(email)) {
			errors.rejectValue("email", "format", EmailAddress.WRONG_FORMAT);
		}
		DateOfBirth.Reading dateOfBirth = this.questions.dateOfBirth(form.dateOfBirth, Whose.THEIRS);
		if (!dateOfBirth.isValid()) {
			dateOfBirth.problem().rejectIn(errors, "dateOfBirth");
		}
		else if (dateOfBirth.isTooYoung()) {
			errors.rejectValue("dateOfBirth", "young",
					"They must be 16 or older. Covenant Connects is for care leavers aged 16 to 25");
		}
		Optional<LocalAuthority> council = this.questions.council(form.council, Whose.THEIRS, errors);
		Optional<String> institution = this.questions.institution(form.chosenInstitution, form.institution,
				Whose.THEIRS, errors);
		if (!errors.hasErrors() && !this.rateLimits.tryAcquire(RateLimits.Action.LINK_REQUEST, user.id().toString())) {
			errors.rejectValue("email", "rate",
					"You have sent " + this.rateLimits.capacity(RateLimits.Action.LINK_REQUEST)
							+ " emails to young people in the last hour. Try again later");
		}
		if (errors.hasErrors()) {
			return page(form, model);
		}
		this.registrations.register(user.id(), user.role(), name, email, dateOfBirth.date(), council.get().id(),
				institution.get());
		// The same words whether or not the address already has an account.
		redirect.addFlashAttribute("sentTo", email);
		return "redirect:/register-young-person/sent";
	}

	@GetMapping("/register-young-person/sent")
	String sent(@AuthenticationPrincipal CurrentUser user) {
		return "adviserlink/register-young-person-sent";
	}

	private String page(RegisterForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("councils", this.questions.councils());
		model.addAttribute("institutions", this.questions.institutions());
		return "adviserlink/register-young-person";
	}

	/** The details a coordinator or adviser gives, bound field by field. */
	static class RegisterForm {

		public String fullName;

		public String email;

		public DateAnswer dateOfBirth = new DateAnswer();

		public String council;

		/**
		 * Their college or university chosen from the list, by its address; "not-listed"
		 * when its name is typed instead; empty for none.
		 */
		public String chosenInstitution;

		public String institution;

	}

}
