package org.covenantconnects.identity.web;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.SecondFactors;
import org.covenantconnects.identity.Totp;
import org.covenantconnects.identity.internal.QrCodes;
import org.covenantconnects.identity.internal.SignIn;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The second step of signing in, for someone whose password was right: a code from their
 * authenticator app or a recovery code, or, for a role that must have a second factor and
 * has none yet, setting one up. Until it is passed the session holds only who is on this
 * step ({@link #PENDING}) and no authentication, so every other page treats them as
 * signed out. See ADR 020.
 */
@Controller
class SecondStep {

	/** The session attribute naming who has passed the password step only. */
	static final String PENDING = "connects.secondStep";

	private final SecondFactors secondFactors;

	private final SignIn signIn;

	private final SignInController signInController;

	SecondStep(SecondFactors secondFactors, SignIn signIn, SignInController signInController) {
		this.secondFactors = secondFactors;
		this.signIn = signIn;
		this.signInController = signInController;
	}

	@GetMapping("/sign-in/code")
	String codePage(@ModelAttribute("form") CodeForm form, Model model, HttpServletRequest request) {
		Optional<CurrentUser> pending = pending(request);
		if (pending.isEmpty()) {
			return "redirect:/sign-in";
		}
		if (!this.secondFactors.isOn(pending.get().id())) {
			return "redirect:/sign-in/set-up";
		}
		return codePage(pending.get(), model);
	}

	@PostMapping("/sign-in/code")
	String code(@ModelAttribute("form") CodeForm form, BindingResult errors, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		Optional<CurrentUser> pending = pending(request);
		if (pending.isEmpty()) {
			return "redirect:/sign-in";
		}
		CurrentUser user = pending.get();
		if (blank(form.getCode())) {
			errors.rejectValue("code", "missing", "Enter the code from your authenticator app");
			return codePage(user, model);
		}
		if (this.signIn.tooManyFailures(user.getUsername())) {
			errors.rejectValue("code", "locked",
					"You have tried to sign in too many times. Wait 15 minutes and try again");
			return codePage(user, model);
		}
		if (!this.secondFactors.verifyCode(user.id(), form.getCode())) {
			this.signIn.recordFailure(user.getUsername());
			errors.rejectValue("code", "wrong",
					"The code is not right or has been used. Enter the code your app shows now");
			return codePage(user, model);
		}
		return this.signInController.complete(user, request, response);
	}

	@GetMapping("/sign-in/recovery-code")
	String recoveryPage(@ModelAttribute("form") CodeForm form, HttpServletRequest request) {
		Optional<CurrentUser> pending = pending(request);
		if (pending.isEmpty()) {
			return "redirect:/sign-in";
		}
		return "identity/sign-in-recovery-code";
	}

	@PostMapping("/sign-in/recovery-code")
	String recovery(@ModelAttribute("form") CodeForm form, BindingResult errors, HttpServletRequest request,
			HttpServletResponse response) {
		Optional<CurrentUser> pending = pending(request);
		if (pending.isEmpty()) {
			return "redirect:/sign-in";
		}
		CurrentUser user = pending.get();
		if (blank(form.getCode())) {
			errors.rejectValue("code", "missing", "Enter one of your recovery codes");
			return "identity/sign-in-recovery-code";
		}
		if (this.signIn.tooManyFailures(user.getUsername())) {
			errors.rejectValue("code", "locked",
					"You have tried to sign in too many times. Wait 15 minutes and try again");
			return "identity/sign-in-recovery-code";
		}
		if (!this.secondFactors.useRecoveryCode(user.id(), form.getCode())) {
			this.signIn.recordFailure(user.getUsername());
			errors.rejectValue("code", "wrong", "The recovery code is not right or has been used");
			return "identity/sign-in-recovery-code";
		}
		return this.signInController.complete(user, request, response);
	}

	@GetMapping("/sign-in/set-up")
	String setUpPage(@ModelAttribute("form") CodeForm form, Model model, HttpServletRequest request) {
		Optional<CurrentUser> pending = pending(request);
		if (pending.isEmpty()) {
			return "redirect:/sign-in";
		}
		if (this.secondFactors.isOn(pending.get().id())) {
			return "redirect:/sign-in/code";
		}
		return setUpPage(this.secondFactors, pending.get(), "/sign-in/set-up", true, model);
	}

	@PostMapping("/sign-in/set-up")
	String setUp(@ModelAttribute("form") CodeForm form, BindingResult errors, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		Optional<CurrentUser> pending = pending(request);
		if (pending.isEmpty()) {
			return "redirect:/sign-in";
		}
		CurrentUser user = pending.get();
		if (this.secondFactors.isOn(user.id())) {
			return "redirect:/sign-in/code";
		}
		if (this.signIn.tooManyFailures(user.getUsername())) {
			errors.rejectValue("code", "locked",
					"You have tried to sign in too many times. Wait 15 minutes and try again");
			return setUpPage(this.secondFactors, user, "/sign-in/set-up", true, model);
		}
		Optional<List<String>> codes = blank(form.getCode()) ? Optional.empty()
				: this.secondFactors.confirmEnrolment(user.id(), form.getCode());
		if (codes.isEmpty()) {
			if (!blank(form.getCode())) {
				this.signIn.recordFailure(user.getUsername());
			}
			errors.rejectValue("code", "wrong", "Enter the 6-digit code your app shows now");
			return setUpPage(this.secondFactors, user, "/sign-in/set-up", true, model);
		}
		String next = this.signInController.complete(user, request, response).substring("redirect:".length());
		model.addAttribute("codes", codes.get());
		model.addAttribute("next", next);
		return "identity/recovery-codes";
	}

	/** The page for setting up a second factor, at sign-in or from My account. */
	static String setUpPage(SecondFactors secondFactors, CurrentUser user, String action, boolean required,
			Model model) {
		String key = secondFactors.enrolmentKey(user.id());
		model.addAttribute("action", action);
		model.addAttribute("required", required);
		model.addAttribute("groupedKey", Totp.grouped(key));
		model.addAttribute("qr", QrCodes.svgDataUri(SecondFactors.otpauthUri(user.getUsername(), key)));
		return "identity/second-factor-set-up";
	}

	private String codePage(CurrentUser user, Model model) {
		this.secondFactors.demoCode(user.id()).ifPresent((code) -> model.addAttribute("demoCode", code));
		return "identity/sign-in-code";
	}

	private static Optional<CurrentUser> pending(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return Optional.ofNullable(session)
			.map((found) -> found.getAttribute(PENDING))
			.filter(CurrentUser.class::isInstance)
			.map(CurrentUser.class::cast);
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	static class CodeForm {

		private String code;

		public String getCode() {
			return this.code;
		}

		public void setCode(String code) {
			this.code = code;
		}

	}

}
