package org.covenantconnects.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.covenantconnects.council.Patches;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.DbsCheck;
import org.covenantconnects.identity.Role;
import org.covenantconnects.identity.StaffChecks;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class PagesController {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final RetentionPeriods retention;

	private final StaffChecks staffChecks;

	private final Patches patches;

	PagesController(RetentionPeriods retention, StaffChecks staffChecks, Patches patches) {
		this.retention = retention;
		this.staffChecks = staffChecks;
		this.patches = patches;
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
	String home(@AuthenticationPrincipal CurrentUser user, Model model) {
		if (user.is(Role.SIGNATORY)) {
			return "redirect:/organisation";
		}
		if (user.is(Role.SUPPORTER)) {
			return "redirect:/supporter";
		}
		if (user.is(Role.CARE_LEAVER)) {
			return "redirect:/for-you";
		}
		// Staff see where enhanced DBS checks stand: a coordinator their own, an
		// administrator every coordinator's that is due within 30 days or expired
		if (user.is(Role.COORDINATOR)) {
			model.addAttribute("dbsCheck", this.staffChecks.of(user.id()).orElse(null));
			model.addAttribute("dbsStatus", this.staffChecks.statusOf(user.id()));
			// A coordinator starts from the councils in their patch, overdue next steps
			// first
			model.addAttribute("hasPatch", !this.patches.of(user.id()).isEmpty());
			model.addAttribute("myCouncils", this.patches.myCouncils(user.id()));
		}
		if (user.is(Role.ADMIN)) {
			List<StaffChecks.CoordinatorCheck> renewals = this.staffChecks.needingRenewal();
			model.addAttribute("dbsRenewals", renewals);
			model.addAttribute("dbsRenewalText",
					renewals.stream()
						.map((c) -> c.account().displayName()
								+ ((c.status() == DbsCheck.Status.EXPIRED) ? ": expired " : ": due ")
								+ DAY.format(c.check().renewalDue()))
						.collect(Collectors.joining("; ")));
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
