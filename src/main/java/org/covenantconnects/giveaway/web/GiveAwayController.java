package org.covenantconnects.giveaway.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.covenantconnects.giveaway.Draw;
import org.covenantconnects.giveaway.GiveAway;
import org.covenantconnects.giveaway.GiveAways;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.covenantconnects.platform.Choice;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the public and young people see of the give-away: this month's prize and who may
 * win it, and the past winners by region only (never a name); a young person's own prizes
 * to claim, and whether they take part, in My account. A young person sees and claims
 * only their own wins.
 */
@Controller
class GiveAwayController {

	private final GiveAways giveAways;

	private final Clock clock;

	GiveAwayController(GiveAways giveAways, Clock clock) {
		this.giveAways = giveAways;
		this.clock = clock;
	}

	@GetMapping("/give-away")
	String giveAway(@AuthenticationPrincipal CurrentUser user, Model model) {
		Optional<GiveAway> current = this.giveAways.forMonth(this.giveAways.thisMonth());
		model.addAttribute("current", current.orElse(null));
		model.addAttribute("whoFor", current.map(this.giveAways::whoFor).orElse(null));
		model.addAttribute("standing",
				current.filter((giveAway) -> user != null && user.is(Role.CARE_LEAVER))
					.map((giveAway) -> this.giveAways.standingOf(giveAway, user.id()))
					.orElse(null));
		model.addAttribute("winners", winners());
		model.addAttribute("metaDescription",
				"Each month one care leaver registered on Covenant Connects wins a prize, drawn at random from everyone "
						+ "who may win. See this month's prize and where past winners live.");
		return "giveaway/give-away";
	}

	/** Past winners, by month and region only: what the public may know. */
	private List<Winner> winners() {
		Map<UUID, Draw> latest = this.giveAways.latestDraws();
		List<Winner> winners = new ArrayList<>();
		for (GiveAway giveAway : this.giveAways.all()) {
			Draw draw = latest.get(giveAway.id());
			if (draw != null && draw.winningEntry() != null) {
				winners.add(new Winner(giveAway.monthName(), giveAway.prize(),
						this.giveAways.regionName(draw.winnerRegion()), draw.isClaimed()));
			}
		}
		return winners;
	}

	@GetMapping("/my-account/give-away")
	String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
		TakingPartForm form = new TakingPartForm();
		form.setTakePart(this.giveAways.isTakingPart(user.id()) ? "yes" : "no");
		model.addAttribute("form", form);
		return minePage(user, model);
	}

	@PostMapping("/my-account/give-away")
	String takePart(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") TakingPartForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!"yes".equals(form.getTakePart()) && !"no".equals(form.getTakePart())) {
			errors.rejectValue("takePart", "required", "Select whether you want to take part in the give-away");
			return minePage(user, model);
		}
		boolean takingPart = "yes".equals(form.getTakePart());
		this.giveAways.takePart(user.id(), takingPart);
		redirect.addFlashAttribute("done", takingPart ? "You are taking part in the monthly give-away"
				: "You are no longer taking part in the monthly give-away");
		return "redirect:/my-account/give-away";
	}

	@PostMapping("/my-account/give-away/wins/{id}/claim")
	String claim(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, RedirectAttributes redirect) {
		// Only the winner's own win: anyone else's, or none, is not found.
		Draw draw = parse(id).flatMap(this.giveAways::draw)
			.filter((found) -> found.isWonBy(user.id()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (this.giveAways.claim(draw.id(), user.id())) {
			redirect.addFlashAttribute("done",
					"You claimed your prize. The Covenant team will email you to arrange getting it to you");
		}
		else {
			redirect.addFlashAttribute("done", "This prize can no longer be claimed");
		}
		return "redirect:/my-account/give-away";
	}

	@PostMapping("/my-account/give-away/wins/{id}/decline")
	String decline(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, RedirectAttributes redirect) {
		// Only the winner's own win: anyone else's, or none, is not found.
		Draw draw = parse(id).flatMap(this.giveAways::draw)
			.filter((found) -> found.isWonBy(user.id()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		redirect.addFlashAttribute("done",
				this.giveAways.decline(draw.id(), user.id())
						? "You said no thanks. The prize will be drawn again for someone else"
						: "This prize can no longer be claimed or declined");
		return "redirect:/my-account/give-away";
	}

	private String minePage(CurrentUser user, Model model) {
		Optional<GiveAway> current = this.giveAways.forMonth(this.giveAways.thisMonth());
		model.addAttribute("current", current.orElse(null));
		model.addAttribute("standing",
				current.map((giveAway) -> this.giveAways.standingOf(giveAway, user.id())).orElse(null));
		List<Win> wins = this.giveAways.winsOf(user.id())
			.stream()
			.map((draw) -> new Win(draw, this.giveAways.find(draw.giveAway()).orElseThrow(),
					draw.isOpenToClaim(this.clock.instant()),
					(draw.claimBy() != null) ? GiveAways.day(draw.claimBy()) : null))
			.toList();
		model.addAttribute("wins", wins);
		model.addAttribute("fields", List.of("takePart"));
		model.addAttribute("takePartChoices", List.of(Choice.of("yes", "Yes, put me in the draw each month"),
				Choice.of("no", "No, leave me out of the give-away")));
		return "giveaway/my-give-away";
	}

	static Optional<UUID> parse(String id) {
		try {
			return Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** A past winner, as the public sees them. */
	record Winner(String month, String prize, String region, boolean claimed) {

	}

	/** One of the young person's wins. */
	record Win(Draw draw, GiveAway giveAway, boolean open, String claimBy) {

	}

}
