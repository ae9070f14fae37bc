package org.covenantconnects.web;

import java.util.Locale;

import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class PagesController {

	private final RetentionPeriods retention;

	PagesController(RetentionPeriods retention) {
		this.retention = retention;
	}

	@GetMapping("/")
	String index(@AuthenticationPrincipal CurrentUser user) {
		return "web/index";
	}

	/**
	 * Each role has its own home page, named after the role; signatory users, supporters
	 * and care leavers go to their module's own page.
	 */
	@GetMapping("/home")
	String home(@AuthenticationPrincipal CurrentUser user) {
		if (user.is(Role.SIGNATORY)) {
			return "redirect:/organisation";
		}
		if (user.is(Role.SUPPORTER)) {
			return "redirect:/supporter";
		}
		if (user.is(Role.CARE_LEAVER)) {
			return "redirect:/for-you";
		}
		return "web/home-" + user.role().name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	@GetMapping("/accessibility")
	String accessibility() {
		return "web/accessibility";
	}

	@GetMapping("/privacy")
	String privacy(Model model) {
		model.addAttribute("retention", this.retention);
		return "web/privacy";
	}

	@GetMapping("/cookies")
	String cookies() {
		return "web/cookies";
	}

	@GetMapping("/signed-out")
	String signedOut() {
		return "web/signed-out";
	}

}
