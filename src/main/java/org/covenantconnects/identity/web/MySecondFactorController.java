package org.covenantconnects.identity.web;

import java.util.List;
import java.util.Optional;

import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.SecondFactors;
import org.covenantconnects.identity.internal.SignIn;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A care leaver's choice of a second factor in My account: turning it on (confirming a
 * code first), turning it off and getting new recovery codes (each asking for the
 * password again). Each acts only on the signed-in person's own account.
 */
@Controller
class MySecondFactorController {

	private final SecondFactors secondFactors;

	private final Accounts accounts;

	private final SignIn signIn;

	MySecondFactorController(SecondFactors secondFactors, Accounts accounts, SignIn signIn) {
		this.secondFactors = secondFactors;
		this.accounts = accounts;
		this.signIn = signIn;
	}

	@GetMapping("/my-account/second-factor")
	String status(@AuthenticationPrincipal CurrentUser user, Model model) {
		boolean on = this.secondFactors.isOn(user.id());
		model.addAttribute("on", on);
		model.addAttribute("codesLeft", on ? this.secondFactors.recoveryCodesLeft(user.id()) : 0);
		return "identity/my-second-factor";
	}

	@GetMapping("/my-account/second-factor/set-up")
	String setUpPage(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") SecondStep.CodeForm form,
			Model model) {
		requireAccount(user);
		if (this.secondFactors.isOn(user.id())) {
			return "redirect:/my-account/second-factor";
		}
		return SecondStep.setUpPage(this.secondFactors, user, "/my-account/second-factor/set-up", false, model);
	}

	@PostMapping("/my-account/second-factor/set-up")
	String setUp(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") SecondStep.CodeForm form,
			BindingResult errors, Model model) {
		requireAccount(user);
		if (this.secondFactors.isOn(user.id())) {
			return "redirect:/my-account/second-factor";
		}
		Optional<List<String>> codes = SecondStep.blank(form.getCode()) ? Optional.empty()
				: this.secondFactors.confirmEnrolment(user.id(), form.getCode());
		if (codes.isEmpty()) {
			errors.rejectValue("code", "wrong", "Enter the 6-digit code your app shows now");
			return SecondStep.setUpPage(this.secondFactors, user, "/my-account/second-factor/set-up", false, model);
		}
		model.addAttribute("codes", codes.get());
		model.addAttribute("next", "/my-account/second-factor");
		return "identity/recovery-codes";
	}

	@GetMapping("/my-account/second-factor/turn-off")
	String turnOffPage(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") PasswordForm form) {
		if (!this.secondFactors.isOn(user.id())) {
			return "redirect:/my-account/second-factor";
		}
		return "identity/second-factor-turn-off";
	}

	@PostMapping("/my-account/second-factor/turn-off")
	String turnOff(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") PasswordForm form,
			BindingResult errors, RedirectAttributes redirect) {
		if (!checkPassword(user, form, errors)) {
			return "identity/second-factor-turn-off";
		}
		this.secondFactors.turnOff(user.id());
		redirect.addFlashAttribute("done", "Codes from an app are turned off");
		return "redirect:/my-account/second-factor";
	}

	@GetMapping("/my-account/second-factor/recovery-codes")
	String newCodesPage(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") PasswordForm form) {
		if (!this.secondFactors.isOn(user.id())) {
			return "redirect:/my-account/second-factor";
		}
		return "identity/second-factor-new-codes";
	}

	@PostMapping("/my-account/second-factor/recovery-codes")
	String newCodes(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") PasswordForm form,
			BindingResult errors, Model model) {
		if (!this.secondFactors.isOn(user.id())) {
			return "redirect:/my-account/second-factor";
		}
		if (!checkPassword(user, form, errors)) {
			return "identity/second-factor-new-codes";
		}
		model.addAttribute("codes", this.secondFactors.newRecoveryCodes(user.id()));
		model.addAttribute("next", "/my-account/second-factor");
		return "identity/recovery-codes";
	}

	/**
	 * Wrong passwords count against the sign-in limit, so they cannot be guessed here.
	 */
	private boolean checkPassword(CurrentUser user, PasswordForm form, BindingResult errors) {
		if (SecondStep.blank(form.getCurrentPassword())) {
			errors.rejectValue("currentPassword", "missing", "Enter your password");
			return false;
		}
		if (this.signIn.tooManyFailures(user.getUsername())) {
			errors.rejectValue("currentPassword", "locked",
					"You have entered a wrong password too many times. Wait 15 minutes and try again");
			return false;
		}
		if (!this.accounts.passwordMatches(user.id(), form.getCurrentPassword())) {
			errors.rejectValue("currentPassword", "wrong", "Your password is not right. Try again");
			return false;
		}
		return true;
	}

	private void requireAccount(CurrentUser user) {
		if (this.accounts.find(user.id()).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	static class PasswordForm {

		private String currentPassword;

		public String getCurrentPassword() {
			return this.currentPassword;
		}

		public void setCurrentPassword(String currentPassword) {
			this.currentPassword = currentPassword;
		}

	}

}
