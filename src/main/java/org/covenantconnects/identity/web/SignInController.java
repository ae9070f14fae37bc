package org.covenantconnects.identity.web;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.PasswordPolicy;
import org.covenantconnects.identity.RateLimits;
import org.covenantconnects.identity.SecondFactors;
import org.covenantconnects.identity.internal.SignIn;
import org.covenantconnects.identity.internal.SignInLimits;
import org.covenantconnects.platform.EmailAddress;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
class SignInController {

	private final SignIn signIn;

	private final RateLimits rateLimits;

	private final SecurityContextRepository contexts;

	private final RequestCache requestCache = new HttpSessionRequestCache();

	private final SecondFactors secondFactors;

	SignInController(SignIn signIn, RateLimits rateLimits, SecurityContextRepository contexts,
			SecondFactors secondFactors) {
		this.signIn = signIn;
		this.secondFactors = secondFactors;
		this.rateLimits = rateLimits;
		this.contexts = contexts;
	}

	@GetMapping("/sign-in")
	String form(@ModelAttribute("form") SignInForm form) {
		return "identity/sign-in";
	}

	@PostMapping("/sign-in")
	String signIn(@Valid @ModelAttribute("form") SignInForm form, BindingResult errors, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		if (errors.hasErrors()) {
			return "identity/sign-in";
		}
		if (!this.rateLimits.tryAcquire(RateLimits.Action.SIGN_IN, request.getRemoteAddr())) {
			errors.rejectValue("email", "rate",
					"There have been too many attempts to sign in from your connection. Wait 5 minutes and try again");
			return "identity/sign-in";
		}
		SignIn.Outcome outcome = this.signIn.attempt(form.getEmail(), form.getPassword(),
				SignInLimits.networkOf(request.getRemoteAddr()));
		if (outcome instanceof SignIn.Outcome.SignedIn signedIn) {
			CurrentUser user = signedIn.user();
			boolean enrolled = this.secondFactors.isOn(user.id());
			if (enrolled || SecondFactors.requiredFor(user.role())) {
				// Half signed in: the password is right, and the session (with a new id)
				// only remembers who is on the second step until it is passed.
				SecurityContextHolder.clearContext();
				request.getSession();
				request.changeSessionId();
				request.getSession().setAttribute(SecondStep.PENDING, user);
				return enrolled ? "redirect:/sign-in/code" : "redirect:/sign-in/set-up";
			}
			return complete(user, request, response);
		}
		if (outcome instanceof SignIn.Outcome.TooManyAttempts tooMany) {
			errors.rejectValue("email", "locked",
					"There have been too many tries to sign in to this account. Try again in "
							+ inWords(tooMany.retryAfter()) + ", or reset your password");
		}
		else if (outcome instanceof SignIn.Outcome.EmailNotConfirmed) {
			errors.rejectValue("email", "unconfirmed",
					"Confirm your email address before you sign in. We have sent you a new link");
		}
		else if (outcome instanceof SignIn.Outcome.Locked) {
			errors.rejectValue("email", "locked", "Your account is locked. Contact the Covenant team to unlock it");
		}
		else {
			errors.rejectValue("email", "rejected", "Enter a correct email address and password");
		}
		return "identity/sign-in";
	}

	/** A wait in whole minutes (rounded up), or in hours when it is longer than two. */
	static String inWords(Duration wait) {
		long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
		if (minutes <= 120) {
			return (minutes == 1) ? "1 minute" : minutes + " minutes";
		}
		return ((minutes + 59) / 60) + " hours";
	}

	/** Fully signs in someone who has passed every step, and sends them on. */
	String complete(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
		this.signIn.clearFailures(user.getUsername());
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.removeAttribute(SecondStep.PENDING);
		}
		startSession(user, request, response);
		return "redirect:" + nextPage(request, response);
	}

	/** Where to go once signed in: the page that sent them to sign in, or home. */
	String nextPage(HttpServletRequest request, HttpServletResponse response) {
		SavedRequest saved = this.requestCache.getRequest(request, response);
		this.requestCache.removeRequest(request, response);
		return (saved != null) ? saved.getRedirectUrl() : "/home";
	}

	void startSession(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
		// A new session id on sign-in, so that a session id planted before signing in is
		// useless.
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

	static class SignInForm {

		@NotBlank(message = "Enter your email address")
		@Size(max = EmailAddress.LONGEST, message = EmailAddress.TOO_LONG)
		private String email;

		@NotBlank(message = "Enter your password")
		@Size(max = PasswordPolicy.MAX_LENGTH, message = "Password must be 256 characters or fewer")
		private String password;

		public String getEmail() {
			return this.email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

		public String getPassword() {
			return this.password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

	}

}
