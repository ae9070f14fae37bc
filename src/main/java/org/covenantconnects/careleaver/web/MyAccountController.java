package org.covenantconnects.careleaver.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.covenantconnects.careleaver.CareLeaverForms.ChangePasswordForm;
import org.covenantconnects.careleaver.CareLeaverForms.DeleteForm;
import org.covenantconnects.careleaver.CareLeaverForms.EmailForm;
import org.covenantconnects.careleaver.CareLeaverForms.SharingForm;
import org.covenantconnects.careleaver.CareExperience;
import org.covenantconnects.careleaver.CareLeaverProfile;
import org.covenantconnects.careleaver.CareLeavers;
import org.covenantconnects.careleaver.MyData;
import org.covenantconnects.careleaver.SharedWithOrganisations;
import org.covenantconnects.identity.AccountSummary;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.SecondFactors;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.Region;
import org.covenantconnects.platform.Choice;
import org.covenantconnects.platform.SummaryRow;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A care leaver's own account: their details, email address, password, what they share,
 * downloading everything we hold, and deleting it.
 */
@Controller
class MyAccountController {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final CareLeavers careLeavers;

	private final Accounts accounts;

	private final Places places;

	private final List<SharedWithOrganisations> shared;

	private final SecondFactors secondFactors;

	private final CareExperience careExperience;

	MyAccountController(CareLeavers careLeavers, Accounts accounts, Places places, List<SharedWithOrganisations> shared,
			SecondFactors secondFactors, CareExperience careExperience) {
		this.careExperience = careExperience;
		this.secondFactors = secondFactors;
		this.shared = shared;
		this.careLeavers = careLeavers;
		this.accounts = accounts;
		this.places = places;
	}

	@GetMapping("/my-account")
	String account(@AuthenticationPrincipal CurrentUser user, Model model) {
		CareLeaverProfile profile = profile(user);
		AccountSummary account = this.accounts.find(user.id()).orElseThrow();
		model.addAttribute("rows", List.of(SummaryRow.of("Full name", profile.fullName()),
				new SummaryRow("Name we call you", account.displayName(), "/my-account/details/name",
						"the name we call you"),
				new SummaryRow("Email address", account.email(), "/my-account/email", "email address"),
				new SummaryRow("Password", "Hidden", "/my-account/password", "password"),
				new SummaryRow("Code from an app when you sign in", this.secondFactors.isOn(user.id()) ? "On" : "Off",
						"/my-account/second-factor", "codes from an app when you sign in"),
				SummaryRow.of("Date of birth", DATE.format(profile.dateOfBirth())),
				SummaryRow.of("Council that looked after you", this.careLeavers.councilName(profile.council())),
				new SummaryRow("Where you live now", this.places.region(profile.region()).map(Region::name).orElse(""),
						"/my-account/details/region", "where you live now"),
				new SummaryRow("What you are doing now", profile.situation().label(), "/my-account/details/situation",
						"what you are doing now"),
				new SummaryRow("Suggestions from the Covenant team", profile.openToSuggestions() ? "On" : "Off",
						"/my-account/sharing", "suggestions from the Covenant team")));
		List<CareExperience.Confirmation> history = this.careExperience.historyOf(user.id());
		model.addAttribute("careExperience", history);
		model.addAttribute("careExperienceNow", history.isEmpty() ? null : history.get(history.size() - 1));
		return "careleaver/my-account";
	}

	@GetMapping("/my-account/email")
	String emailForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		profile(user);
		model.addAttribute("form", new EmailForm());
		return "careleaver/change-email";
	}

	@PostMapping("/my-account/email")
	String changeEmail(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") EmailForm form,
			BindingResult errors, RedirectAttributes redirect) {
		profile(user);
		if (!errors.hasErrors() && !passwordIsRight(user, form.getCurrentPassword(), errors)) {
			return "careleaver/change-email";
		}
		if (errors.hasErrors()) {
			return "careleaver/change-email";
		}
		this.accounts.requestEmailChange(user.id(), form.getEmail());
		// The same words whether or not another account has the address.
		redirect.addFlashAttribute("done", "Check your email: we have sent a link to " + form.getEmail().trim()
				+ ". Your address changes when you use the link");
		return "redirect:/my-account";
	}

	@GetMapping("/my-account/password")
	String passwordForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		profile(user);
		model.addAttribute("form", new ChangePasswordForm());
		return "careleaver/change-password";
	}

	@PostMapping("/my-account/password")
	String changePassword(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") ChangePasswordForm form,
			BindingResult errors, HttpServletRequest request, RedirectAttributes redirect) {
		profile(user);
		if (form.getCurrentPassword() == null || form.getCurrentPassword().isEmpty()) {
			errors.rejectValue("currentPassword", "missing", "Enter your current password");
			return "careleaver/change-password";
		}
		try {
			if (!this.accounts.changePassword(user.id(), form.getCurrentPassword(), form.getNewPassword(),
					request.getSession().getId())) {
				errors.rejectValue("currentPassword", "wrong", "Your current password is not right. Try again");
				return "careleaver/change-password";
			}
		}
		catch (IllegalArgumentException weak) {
			errors.rejectValue("newPassword", "weak", weak.getMessage());
			return "careleaver/change-password";
		}
		redirect.addFlashAttribute("done", "Your password has changed");
		return "redirect:/my-account";
	}

	@GetMapping("/my-account/sharing")
	String sharing(@AuthenticationPrincipal CurrentUser user, Model model) {
		CareLeaverProfile profile = profile(user);
		SharingForm form = new SharingForm();
		form.setSuggestions(profile.openToSuggestions() ? "on" : "off");
		return sharingPage(user, form, model);
	}

	@PostMapping("/my-account/sharing")
	String saveSharing(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") SharingForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		profile(user);
		if (!"on".equals(form.getSuggestions()) && !"off".equals(form.getSuggestions())) {
			errors.rejectValue("suggestions", "missing", "Select yes or no");
			return sharingPage(user, form, model);
		}
		this.careLeavers.setOpenToSuggestions(user.id(), "on".equals(form.getSuggestions()));
		redirect.addFlashAttribute("done", "Your choice has been saved");
		return "redirect:/my-account";
	}

	@GetMapping("/my-account/data")
	ResponseEntity<MyData> download(@AuthenticationPrincipal CurrentUser user) {
		profile(user);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("my-covenant-connects-data.json").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(this.careLeavers.dataOf(user.id()));
	}

	@GetMapping("/my-account/delete")
	String deletePage(@AuthenticationPrincipal CurrentUser user, Model model) {
		profile(user);
		return deletePage(new DeleteForm(), model);
	}

	@PostMapping("/my-account/delete")
	String delete(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") DeleteForm form,
			BindingResult errors, Model model, HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) {
		profile(user);
		if (!form.getConfirmed().equals(List.of("yes"))) {
			errors.rejectValue("confirmed", "missing", "Select that you understand your account will be deleted");
			return deletePage(form, model);
		}
		if (!passwordIsRight(user, form.getCurrentPassword(), errors)) {
			return deletePage(form, model);
		}
		this.careLeavers.delete(user.id());
		new SecurityContextLogoutHandler().logout(request, response, authentication);
		return "redirect:/account-deleted";
	}

	@GetMapping("/account-deleted")
	String deleted() {
		return "careleaver/account-deleted";
	}

	private String sharingPage(CurrentUser user, SharingForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("choices", List.of(Choice.of("on", "Yes, the Covenant team may suggest opportunities to me"),
				Choice.of("off", "No, not now")));
		model.addAttribute("applications",
				this.shared.stream().flatMap((source) -> source.sharedBy(user.id()).stream()).toList());
		return "careleaver/sharing";
	}

	private String deletePage(DeleteForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("confirmation",
				List.of(Choice.of("yes", "I understand that my account and my details will be deleted for good")));
		return "careleaver/delete-account";
	}

	/**
	 * The password asked again before changing the email address or deleting the account;
	 * wrong ones count against the sign-in limit.
	 */
	private boolean passwordIsRight(CurrentUser user, String password, BindingResult errors) {
		if (password == null || password.isEmpty()) {
			errors.rejectValue("currentPassword", "missing", "Enter your password");
			return false;
		}
		if (!this.accounts.passwordMatches(user.id(), password)) {
			errors.rejectValue("currentPassword", "wrong", "Your password is not right. Try again");
			return false;
		}
		return true;
	}

	private CareLeaverProfile profile(CurrentUser user) {
		return this.careLeavers.profile(user.id()).orElseThrow(CareLeavers.NoSuchCareLeaverException::new);
	}

}
