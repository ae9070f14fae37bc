package org.covenantconnects.giveaway.web;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.covenantconnects.careleaver.CareLeaverProfile;
import org.covenantconnects.giveaway.Draw;
import org.covenantconnects.giveaway.DrawHappening;
import org.covenantconnects.giveaway.DrawCheck;
import org.covenantconnects.giveaway.GiveAway;
import org.covenantconnects.giveaway.GiveAways;
import org.covenantconnects.identity.AccountSummary;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.platform.Choice;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * The Covenant team's give-aways: the list, setting one up, each one's draws with who won
 * (the coordinator's look written to the winner's audit trail), closing the draw, and
 * checking a draw by making it again from its fixed list and seed, with the list to
 * download and fingerprint by hand.
 */
@Controller
class CoordinatorGiveAwaysController {

	private static final List<String> FIELDS = List.of("month", "prize", "details", "youngest", "oldest", "region");

	private final GiveAways giveAways;

	private final Places places;

	CoordinatorGiveAwaysController(GiveAways giveAways, Places places) {
		this.giveAways = giveAways;
		this.places = places;
	}

	@GetMapping("/coordinator/give-aways")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		Map<UUID, Draw> latest = this.giveAways.latestDraws();
		List<Listed> listed = new ArrayList<>();
		for (GiveAway giveAway : this.giveAways.all()) {
			listed.add(new Listed(giveAway, this.giveAways.whoFor(giveAway), status(latest.get(giveAway.id()))));
		}
		model.addAttribute("giveAways", listed);
		model.addAttribute("mayAdd", user.is(org.covenantconnects.identity.Role.COORDINATOR));
		return "giveaway/coordinator-give-aways";
	}

	private static String status(Draw draw) {
		if (draw == null) {
			return "Open";
		}
		if (draw.winningEntry() == null) {
			return "Drawn: no one could win";
		}
		if (draw.isClaimed()) {
			return "Claimed";
		}
		return (draw.round() > 1) ? "Drawn again, waiting for the claim" : "Drawn, waiting for the claim";
	}

	@GetMapping("/coordinator/give-aways/new")
	String create(Model model) {
		GiveAwayForm form = new GiveAwayForm();
		form.setMonth(this.giveAways.thisMonth().toString());
		model.addAttribute("form", form);
		return formPage(model);
	}

	@PostMapping("/coordinator/give-aways/new")
	String save(@ModelAttribute("form") GiveAwayForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		YearMonth month = null;
		try {
			month = (form.getMonth() != null) ? YearMonth.parse(form.getMonth()) : null;
		}
		catch (DateTimeParseException ex) {
			month = null;
		}
		if (month == null || month.isBefore(this.giveAways.thisMonth())) {
			errors.rejectValue("month", "required", "Select the month of the give-away");
		}
		String prize = strip(form.getPrize());
		if (prize.isEmpty()) {
			errors.rejectValue("prize", "required", "Enter the prize");
		}
		else if (prize.length() > GiveAway.LONGEST_PRIZE) {
			errors.rejectValue("prize", "long", "The prize must be " + GiveAway.LONGEST_PRIZE + " characters or fewer");
		}
		Integer youngest = age(form.getYoungest(), "youngest", "The youngest age", errors);
		Integer oldest = age(form.getOldest(), "oldest", "The oldest age", errors);
		if (youngest != null && oldest != null && youngest > oldest) {
			errors.rejectValue("oldest", "order", "The oldest age must be the same as or more than the youngest");
		}
		RegionCode region = null;
		String typedRegion = strip(form.getRegion());
		if (!typedRegion.isEmpty()) {
			region = this.places.regions()
				.stream()
				.map((r) -> r.code())
				.filter((code) -> code.value().equals(typedRegion))
				.findFirst()
				.orElse(null);
			if (region == null) {
				errors.rejectValue("region", "unknown", "Select a region, or anywhere in England");
			}
		}
		if (errors.hasErrors()) {
			return formPage(model);
		}
		try {
			GiveAway giveAway = this.giveAways.setUp(month, prize, blankToNull(strip(form.getDetails())), youngest,
					oldest, region, user.id());
			redirect.addFlashAttribute("done", "The give-away for " + giveAway.monthName() + " is set up");
			return "redirect:/coordinator/give-aways/" + giveAway.id();
		}
		catch (GiveAways.MonthTakenException ex) {
			errors.rejectValue("month", "taken", GiveAway.monthName(month) + " already has a give-away");
			return formPage(model);
		}
	}

	@GetMapping("/coordinator/give-aways/{id}")
	String giveAway(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, Model model) {
		GiveAway giveAway = load(id);
		List<Draw> draws = this.giveAways.draws(giveAway.id());
		List<Drawn> drawn = new ArrayList<>();
		for (Draw draw : draws) {
			drawn.add(new Drawn(draw, this.giveAways.winnerFor(draw, user.id(), user.role()).orElse(null),
					this.giveAways.regionName(draw.winnerRegion())));
		}
		model.addAttribute("giveAway", giveAway);
		model.addAttribute("whoFor", this.giveAways.whoFor(giveAway));
		model.addAttribute("draws", drawn);
		model.addAttribute("history", this.giveAways.history(giveAway.id()).stream().map(Happened::new).toList());
		model.addAttribute("mayDraw", draws.isEmpty() && user.is(org.covenantconnects.identity.Role.COORDINATOR));
		return "giveaway/coordinator-give-away";
	}

	@PostMapping("/coordinator/give-aways/{id}/draw")
	String draw(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		GiveAway giveAway = load(id);
		try {
			Draw draw = this.giveAways.closeAndDraw(giveAway.id(), user.id());
			redirect.addFlashAttribute("done",
					(draw.winningEntry() != null)
							? "The draw is closed and the winner drawn; they have been told by email"
							: "The draw is closed: no one could win");
		}
		catch (GiveAways.AlreadyDrawnException ex) {
			redirect.addFlashAttribute("done", "This give-away has already been drawn");
		}
		return "redirect:/coordinator/give-aways/" + giveAway.id();
	}

	@GetMapping("/coordinator/give-aways/draws/{id}/check")
	String check(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, Model model) {
		Draw draw = loadDraw(id);
		DrawCheck check = this.giveAways.check(draw.id(), user.id());
		model.addAttribute("check", check);
		model.addAttribute("giveAway", this.giveAways.find(draw.giveAway()).orElseThrow());
		return "giveaway/check-draw";
	}

	@GetMapping("/coordinator/give-aways/draws/{id}/entries.txt")
	ResponseEntity<String> entries(@PathVariable String id) {
		Draw draw = loadDraw(id);
		StringBuilder list = new StringBuilder();
		this.giveAways.entriesOf(draw.id()).forEach((entry) -> list.append(entry).append('\n'));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("draw-" + draw.id() + "-entries.txt").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(list.toString());
	}

	private String formPage(Model model) {
		YearMonth month = this.giveAways.thisMonth();
		List<Choice> months = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			months.add(Choice.of(month.plusMonths(i).toString(), GiveAway.monthName(month.plusMonths(i))));
		}
		model.addAttribute("fields", FIELDS);
		model.addAttribute("monthChoices", months);
		List<Choice> regions = new ArrayList<>();
		regions.add(Choice.of("", "Anywhere in England"));
		this.places.regions().forEach((r) -> regions.add(Choice.of(r.code().value(), r.name())));
		model.addAttribute("regionChoices", regions);
		return "giveaway/give-away-form";
	}

	private static Integer age(String typed, String field, String what, BindingResult errors) {
		String age = strip(typed);
		if (age.isEmpty()) {
			return null;
		}
		if (!age.matches("\\d{1,3}")) {
			errors.rejectValue(field, "number", what + " must be a number, like 18");
			return null;
		}
		int value = Integer.parseInt(age);
		if (value < CareLeaverProfile.YOUNGEST || value > CareLeaverProfile.OLDEST) {
			errors.rejectValue(field, "range",
					what + " must be between " + CareLeaverProfile.YOUNGEST + " and " + CareLeaverProfile.OLDEST);
			return null;
		}
		return value;
	}

	private GiveAway load(String id) {
		return GiveAwayController.parse(id)
			.flatMap(this.giveAways::find)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Draw loadDraw(String id) {
		return GiveAwayController.parse(id)
			.flatMap(this.giveAways::draw)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String strip(String text) {
		return (text != null) ? text.strip() : "";
	}

	private static String blankToNull(String text) {
		return text.isEmpty() ? null : text;
	}

	/** A give-away in the list, with who may win it and where its draw stands. */
	record Listed(GiveAway giveAway, String whoFor, String status) {

	}

	/** A draw with its winner, while they have an account, and their region. */
	/** Something that happened to a draw, with when in UK time. */
	record Happened(DrawHappening happening) {

		private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
			.ofPattern("d MMMM yyyy, h:mma", java.util.Locale.UK);

		public String when() {
			return WHEN.format(this.happening.at().atZone(GiveAways.UK)).replace("AM", "am").replace("PM", "pm");
		}

	}

	record Drawn(Draw draw, AccountSummary winner, String region) {

		public String closedOn() {
			return GiveAways.day(this.draw.closedAt());
		}

		public String claimBy() {
			return (this.draw.claimBy() != null) ? GiveAways.day(this.draw.claimBy()) : null;
		}

	}

}
