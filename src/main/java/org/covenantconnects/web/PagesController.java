package org.covenantconnects.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.covenantconnects.careleaver.CareLeavers;
import org.covenantconnects.council.Patches;
import org.covenantconnects.event.Events;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.DbsCheck;
import org.covenantconnects.identity.Role;
import org.covenantconnects.identity.StaffChecks;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.opportunity.SearchCriteria;
import org.covenantconnects.opportunity.SearchSort;

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

	private final Opportunities opportunities;

	private final Events events;

	private final CareLeavers careLeavers;

	PagesController(RetentionPeriods retention, StaffChecks staffChecks, Patches patches, Opportunities opportunities,
			Events events, CareLeavers careLeavers) {
		this.retention = retention;
		this.staffChecks = staffChecks;
		this.patches = patches;
		this.opportunities = opportunities;
		this.events = events;
		this.careLeavers = careLeavers;
	}

	/**
	 * How many of the newest opportunities, and of the next events, the home page shows.
	 */
	static final int NEWEST = 5;

	static final int NEXT_EVENTS = 3;

	static final int FOR_YOU = 3;

	/**
	 * What is on, without opening the menu: a search box, the newest opportunities and
	 * the next events; a signed-in care leaver's For you first. Each list is one query.
	 */
	@GetMapping("/")
	String index(@AuthenticationPrincipal CurrentUser user, Model model) {
		boolean careLeaver = user != null && user.is(Role.CARE_LEAVER);
		Optional<CareLeavers.Feed> forYou = careLeaver ? this.careLeavers.forYou(user.id(), 1, FOR_YOU)
				: Optional.empty();
		model.addAttribute("forYou", forYou.map((feed) -> feed.results().items()).orElse(null));
		SearchCriteria newest = new SearchCriteria(null, null, null, null, null, null, false, false, false,
				SearchSort.NEWEST, 1, NEWEST);
		boolean unconfirmed = forYou.map((feed) -> !feed.profile().isCareExperienceConfirmed()).orElse(careLeaver);
		model.addAttribute("newest",
				this.opportunities.search(unconfirmed ? newest.leavingOutConfirmedOnly() : newest).items());
		model.addAttribute("nextEvents",
				this.events.upcoming((user != null) ? user.role() : null, null, null)
					.stream()
					.limit(NEXT_EVENTS)
					.toList());
		model.addAttribute("metaDescription",
				"Find jobs, apprenticeships, training, discounts, tickets and help setting up home offered to care "
						+ "leavers aged 16 to 25 in England by organisations that signed the Care Leaver Covenant, and "
						+ "the events coming up.");
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

	@GetMapping("/open-data")
	String openData(Model model) {
		model.addAttribute("metaDescription",
				"Covenant Connects' open data: opportunities for care leavers as an Open Referral UK API, Atom feeds "
						+ "of new opportunities by region and category, and calendars and feeds of events.");
		return "web/open-data";
	}

	@GetMapping("/signed-out")
	String signedOut() {
		return "web/signed-out";
	}

}
