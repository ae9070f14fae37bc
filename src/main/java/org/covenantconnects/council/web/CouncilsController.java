package org.covenantconnects.council.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.covenantconnects.contactlog.ContactEntryForm;
import org.covenantconnects.contactlog.ContactLog;
import org.covenantconnects.contactlog.NewContact;
import org.covenantconnects.contactlog.PartnerKind;
import org.covenantconnects.contactlog.PartnerRef;
import org.covenantconnects.council.ApproachPart;
import org.covenantconnects.council.ApproachRules;
import org.covenantconnects.council.CouncilPartnership;
import org.covenantconnects.council.Councils;
import org.covenantconnects.council.PartStatus;
import org.covenantconnects.council.PartnershipDetails;
import org.covenantconnects.council.Patch;
import org.covenantconnects.council.Patches;
import org.covenantconnects.council.WholeCouncilApproach;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.AccountSummary;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.Region;
import org.covenantconnects.platform.Choice;
import org.covenantconnects.platform.DateAnswer;
import org.covenantconnects.platform.EmailAddress;
import org.covenantconnects.platform.WebAddresses;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Covenant team's pages of council partnerships: the 153 councils by region, one
 * council's partnership, leads and contact log, and the forms that change them.
 */
@Controller
class CouncilsController {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

	private final Councils councils;

	private final ContactLog contactLog;

	private final Places places;

	private final Accounts accounts;

	private final Patches patches;

	private final Opportunities opportunities;

	CouncilsController(Councils councils, ContactLog contactLog, Places places, Accounts accounts, Patches patches,
			Opportunities opportunities) {
		this.patches = patches;
		this.councils = councils;
		this.contactLog = contactLog;
		this.places = places;
		this.accounts = accounts;
		this.opportunities = opportunities;
	}

	@GetMapping("/coordinator/councils")
	String list(@RequestParam(defaultValue = "") String region, @RequestParam(defaultValue = "") String status,
			@RequestParam(defaultValue = "") String patch, @RequestParam(defaultValue = "") String part,
			@RequestParam(defaultValue = "") String partStatus, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		Patch mine = "mine".equals(patch) ? this.patches.of(user.id()) : null;
		Map<String, String> regionNames = this.places.regions()
			.stream()
			.collect(Collectors.toMap((r) -> r.code().value(), Region::name));
		Map<org.covenantconnects.places.LocalAuthorityId, WholeCouncilApproach> approaches = this.councils.approaches();
		ApproachPart chosenPart = ApproachPart.bySlug(part).orElse(null);
		PartStatus chosenStatus = java.util.Arrays.stream(PartStatus.values())
			.filter((s) -> s.name().equals(partStatus))
			.findFirst()
			.orElse(null);
		List<CouncilPartnership> shown = this.councils.all()
			.stream()
			.filter((p) -> region.isEmpty() || p.council().region().value().equals(region))
			.filter((p) -> status.isEmpty() || ("embedded".equals(status) ? approaches.get(p.council().id()).embedded()
					: ("partner".equals(status) == p.partner())))
			.filter((p) -> mine == null || mine.covers(p.council()))
			.filter((p) -> chosenStatus == null || matches(approaches.get(p.council().id()), chosenPart, chosenStatus))
			.toList();
		Map<String, String> managers = this.accounts.activeWithRole(Role.COORDINATOR)
			.stream()
			.collect(Collectors.toMap((a) -> a.id().value().toString(), AccountSummary::displayName, (a, b) -> a));
		List<RegionGroup> groups = this.places.regions()
			.stream()
			.map((r) -> new RegionGroup(r.name(),
					shown.stream()
						.filter((p) -> p.council().region().equals(r.code()))
						.map((p) -> new CouncilRow(p.council().name(), p.council().slug(), p.partner(),
								(p.since() != null) ? DAY.format(p.since()) : "",
								(p.accountManager() != null)
										? managers.getOrDefault(p.accountManager().value().toString(), "") : "",
								java.util.Arrays.stream(ApproachPart.values())
									.map((each) -> approaches.get(p.council().id()).statusOf(each))
									.toList(),
								approaches.get(p.council().id()).embedded()))
						.toList()))
			.filter((g) -> !g.rows().isEmpty())
			.toList();
		model.addAttribute("groups", groups);
		model.addAttribute("shownCount", shown.size());
		model.addAttribute("partnerCount", shown.stream().filter(CouncilPartnership::partner).count());
		model.addAttribute("embeddedCount", this.councils.countEmbedded());
		model.addAttribute("embeddedRule", ApproachRules.EMBEDDED);
		model.addAttribute("filter", new Filter(region, status, (mine != null) ? "mine" : "", part, partStatus));
		model.addAttribute("patches", List.of(Choice.of("mine", "My patch")));
		model.addAttribute("regions",
				this.places.regions().stream().map((r) -> Choice.of(r.code().value(), r.name())).toList());
		model.addAttribute("statuses", List.of(Choice.of("partner", "Partners"),
				Choice.of("not-partner", "Not partners"), Choice.of("embedded", "Embedded the approach")));
		model.addAttribute("partChoices",
				java.util.Arrays.stream(ApproachPart.values())
					.map((each) -> Choice.of(each.slug(), each.number() + ". " + each.title()))
					.toList());
		model.addAttribute("partStatuses",
				java.util.Arrays.stream(PartStatus.values())
					.map((each) -> Choice.of(each.name(), each.label()))
					.toList());
		model.addAttribute("approachParts", ApproachPart.values());
		model.addAttribute("regionName", regionNames.getOrDefault(region, ""));
		return "council/councils";
	}

	/**
	 * Whether a council's part has the status; with no part chosen, whether any part has
	 * it.
	 */
	private static boolean matches(WholeCouncilApproach approach, ApproachPart part, PartStatus status) {
		if (part != null) {
			return approach.statusOf(part) == status;
		}
		return java.util.Arrays.stream(ApproachPart.values()).anyMatch((each) -> approach.statusOf(each) == status);
	}

	@GetMapping("/coordinator/councils/{slug}")
	String council(@PathVariable String slug, Model model) {
		LocalAuthority council = load(slug);
		CouncilPartnership partnership = this.councils.partnershipOf(council);
		Map<AccountId, String> names = staffNames();
		model.addAttribute("council", council);
		model.addAttribute("region", regionName(council));
		model.addAttribute("partnership", partnership);
		model.addAttribute("since", (partnership.since() != null) ? DAY.format(partnership.since()) : "Not recorded");
		model.addAttribute("manager", (partnership.accountManager() != null)
				? names.getOrDefault(partnership.accountManager(), "A former coordinator") : "None");
		model.addAttribute("leads", this.councils.leadsOf(council.id()));
		WholeCouncilApproach approach = this.councils.approachOf(council.id());
		model.addAttribute("approach", approach);
		model.addAttribute("parts", PartRow.of(approach, this.councils::signatoryName));
		model.addAttribute("coverage", approach.coveragePercent().map((p) -> p + "%").orElse("Not known"));
		model.addAttribute("minimumRule", ApproachRules.MINIMUM);
		model.addAttribute("embeddedRule", ApproachRules.EMBEDDED);
		model.addAttribute("councilOpportunities", (approach.trainingAndEmployment().councilSignatory() != null)
				? this.opportunities.openOf(approach.trainingAndEmployment().councilSignatory()) : List.of());
		model.addAttribute("log",
				this.contactLog.of(PartnerRef.council(council.id().value()))
					.stream()
					.map((entry) -> new LogRow(entry.kind().label(), DAY.format(entry.happenedOn()), entry.who(),
							entry.summary(), entry.nextStep(),
							(entry.nextStepDue() != null) ? DAY.format(entry.nextStepDue()) : null,
							(entry.writtenBy() != null) ? names.getOrDefault(entry.writtenBy(), "Covenant team")
									: "Covenant Connects"))
					.toList());
		model.addAttribute("changes",
				this.councils.changesOf(council.id())
					.stream()
					.map((change) -> new ChangeRow(
							DAY.format(change.changedAt().atZone(ZoneId.of("Europe/London")).toLocalDate()),
							(change.changedBy() != null) ? names.getOrDefault(change.changedBy(), "Covenant team")
									: "Covenant Connects",
							change.what()))
					.toList());
		return "council/council";
	}

	@GetMapping("/coordinator/councils/{slug}/partnership")
	String editPartnership(@PathVariable String slug, Model model) {
		LocalAuthority council = load(slug);
		CouncilPartnership partnership = this.councils.partnershipOf(council);
		PartnershipForm form = new PartnershipForm();
		form.setPartner(partnership.partner() ? "yes" : "no");
		if (partnership.since() != null) {
			form.setSince(DateAnswer.of(partnership.since()));
		}
		form.setAccountManager(
				(partnership.accountManager() != null) ? partnership.accountManager().value().toString() : "");
		form.setLocalOffer(partnership.localOffer());
		model.addAttribute("form", form);
		return partnershipPage(council, model);
	}

	@PostMapping("/coordinator/councils/{slug}/partnership")
	String savePartnership(@PathVariable String slug, @ModelAttribute("form") PartnershipForm form,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		LocalAuthority council = load(slug);
		boolean partner = "yes".equals(form.getPartner());
		if (!partner && !"no".equals(form.getPartner())) {
			errors.rejectValue("partner", "required", "Select whether the council is a partner");
		}
		LocalDate since = null;
		if (partner && form.getSince() != null && !form.getSince().isEmpty()) {
			DateAnswer.Reading reading = form.getSince().read("The date it became a partner", "", 2024);
			if (reading.isValid()) {
				since = reading.date();
				if (since.isAfter(LocalDate.now(ZoneId.of("Europe/London")))) {
					errors.rejectValue("since", "future", "The date it became a partner must be today or in the past");
				}
			}
			else {
				errors.rejectValue((reading.problem().part() != null) ? "since." + reading.problem().part() : "since",
						"invalid", reading.problem().message());
			}
		}
		AccountId manager = null;
		String chosenManager = (form.getAccountManager() != null) ? form.getAccountManager() : "";
		if (!chosenManager.isEmpty()) {
			manager = coordinators().stream()
				.map(AccountSummary::id)
				.filter((id) -> id.value().toString().equals(chosenManager))
				.findFirst()
				.orElse(null);
			if (manager == null) {
				errors.rejectValue("accountManager", "invalid", "Select a coordinator from the list");
			}
		}
		String offer = (form.getLocalOffer() != null) ? form.getLocalOffer().strip() : "";
		if (!offer.isEmpty() && !WebAddresses.isWebAddress(offer)) {
			errors.rejectValue("localOffer", "invalid",
					"Enter the local offer's address in the correct format, like https://www.example.gov.uk/local-offer");
		}
		if (errors.hasErrors()) {
			return partnershipPage(council, model);
		}
		boolean changed = this.councils.update(council.id(),
				new PartnershipDetails(partner, since, manager, offer.isEmpty() ? null : offer), user.id());
		redirect.addFlashAttribute("done", changed ? "The partnership details are saved" : "Nothing was changed");
		return "redirect:/coordinator/councils/" + council.slug();
	}

	@GetMapping("/coordinator/councils/{slug}/leads/new")
	String newLead(@PathVariable String slug, Model model) {
		model.addAttribute("form", new LeadForm());
		model.addAttribute("council", load(slug));
		return "council/lead";
	}

	@PostMapping("/coordinator/councils/{slug}/leads/new")
	String addLead(@PathVariable String slug, @ModelAttribute("form") LeadForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		LocalAuthority council = load(slug);
		required(errors, "name", form.getName(), "Enter the lead's name", 200, "Name");
		required(errors, "role", form.getRole(), "Enter the lead's role at the council", 200, "Role");
		String email = (form.getEmail() != null) ? form.getEmail().strip() : "";
		if (email.isEmpty()) {
			errors.rejectValue("email", "required", "Enter the lead's work email address");
		}
		else if (email.length() > EmailAddress.LONGEST) {
			errors.rejectValue("email", "long", EmailAddress.TOO_LONG);
		}
		else if (!EmailAddress.isValid(email)) {
			errors.rejectValue("email", "invalid", EmailAddress.WRONG_FORMAT);
		}
		if (errors.hasErrors()) {
			model.addAttribute("council", council);
			return "council/lead";
		}
		this.councils.addLead(council.id(), form.getName(), form.getRole(), email, user.id());
		redirect.addFlashAttribute("done", form.getName().strip() + " is added as a lead");
		return "redirect:/coordinator/councils/" + council.slug();
	}

	@PostMapping("/coordinator/councils/{slug}/leads/{id}/remove")
	String removeLead(@PathVariable String slug, @PathVariable("id") UUID lead,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		LocalAuthority council = load(slug);
		this.councils.removeLead(council.id(), lead, user.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		redirect.addFlashAttribute("done", "The lead is removed");
		return "redirect:/coordinator/councils/" + council.slug();
	}

	@GetMapping("/coordinator/councils/{slug}/contact-log/new")
	String newEntry(@PathVariable String slug, Model model) {
		model.addAttribute("form", new ContactEntryForm());
		return entryPage(load(slug), model);
	}

	@PostMapping("/coordinator/councils/{slug}/contact-log/new")
	String addEntry(@PathVariable String slug, @ModelAttribute("form") ContactEntryForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		LocalAuthority council = load(slug);
		Optional<NewContact> entry = form.read(PartnerKind.COUNCIL, LocalDate.now(ZoneId.of("Europe/London")), errors);
		if (entry.isEmpty()) {
			return entryPage(council, model);
		}
		this.contactLog.add(PartnerRef.council(council.id().value()), entry.get(), user.id());
		redirect.addFlashAttribute("done", "The contact is added to the log");
		return "redirect:/coordinator/councils/" + council.slug();
	}

	private static void required(BindingResult errors, String field, String value, String whenEmpty, int longest,
			String name) {
		String text = (value != null) ? value.strip() : "";
		if (text.isEmpty()) {
			errors.rejectValue(field, "required", whenEmpty);
		}
		else if (text.length() > longest) {
			errors.rejectValue(field, "long", name + " must be " + longest + " characters or fewer");
		}
	}

	private String partnershipPage(LocalAuthority council, Model model) {
		model.addAttribute("council", council);
		model.addAttribute("partnerChoices", List.of(Choice.of("yes", "Yes"), Choice.of("no", "No")));
		model.addAttribute("managers",
				coordinators().stream()
					.sorted(Comparator.comparing(AccountSummary::displayName))
					.map((a) -> Choice.of(a.id().value().toString(), a.displayName()))
					.toList());
		return "council/partnership";
	}

	private String entryPage(LocalAuthority council, Model model) {
		model.addAttribute("council", council);
		return ContactEntryForm.page(model, PartnerKind.COUNCIL, council.name(),
				"/coordinator/councils/" + council.slug(),
				"Names and roles, for example Chris Morgan of the Covenant and the head of leaving care");
	}

	private List<AccountSummary> coordinators() {
		return this.accounts.activeWithRole(Role.COORDINATOR);
	}

	private Map<AccountId, String> staffNames() {
		return java.util.stream.Stream
			.concat(this.accounts.activeWithRole(Role.COORDINATOR).stream(),
					this.accounts.activeWithRole(Role.ADMIN).stream())
			.collect(Collectors.toMap(AccountSummary::id, AccountSummary::displayName, (a, b) -> a));
	}

	private String regionName(LocalAuthority council) {
		return this.places.region(council.region()).map(Region::name).orElse("");
	}

	private LocalAuthority load(String slug) {
		return this.councils.councilBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	record Filter(String region, String status, String patch, String part, String partStatus) {

	}

	record RegionGroup(String name, List<CouncilRow> rows) {

	}

	record CouncilRow(String name, String slug, boolean partner, String since, String manager, List<PartStatus> parts,
			boolean embedded) {

	}

	record LogRow(String kind, String date, String who, String summary, String nextStep, String due, String writtenBy) {

	}

	record ChangeRow(String date, String who, String what) {

	}

}
