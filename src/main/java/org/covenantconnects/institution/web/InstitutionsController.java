package org.covenantconnects.institution.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.covenantconnects.contactlog.ContactEntryForm;
import org.covenantconnects.contactlog.ContactLog;
import org.covenantconnects.contactlog.NewContact;
import org.covenantconnects.contactlog.PartnerKind;
import org.covenantconnects.contactlog.PartnerRef;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.AccountSummary;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.covenantconnects.institution.ActionStatus;
import org.covenantconnects.institution.Area;
import org.covenantconnects.institution.Institution;
import org.covenantconnects.institution.InstitutionDetails;
import org.covenantconnects.institution.InstitutionKind;
import org.covenantconnects.institution.InstitutionRules;
import org.covenantconnects.institution.Institutions;
import org.covenantconnects.institution.OfferAnswer;
import org.covenantconnects.institution.Partnership;
import org.covenantconnects.institution.Pillar;
import org.covenantconnects.institution.PillarAction;
import org.covenantconnects.institution.WholeInstitutionApproach;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.Region;
import org.covenantconnects.places.RegionCode;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Covenant team's pages of colleges and universities: the list by area, adding and
 * changing one, its partnership, its pillars' action plans, its contact log with
 * awareness sessions, and its offers to care leavers.
 */
@Controller
class InstitutionsController {

	private final Institutions institutions;

	private final ContactLog contactLog;

	private final Places places;

	private final Accounts accounts;

	InstitutionsController(Institutions institutions, ContactLog contactLog, Places places, Accounts accounts) {
		this.institutions = institutions;
		this.contactLog = contactLog;
		this.places = places;
		this.accounts = accounts;
	}

	@GetMapping("/coordinator/institutions")
	String list(Model model) {
		List<Institution> all = this.institutions.all();
		Map<org.covenantconnects.institution.InstitutionId, WholeInstitutionApproach> approaches = this.institutions
			.approaches();
		Map<AccountId, String> names = staffNames();
		model.addAttribute("groups", Arrays.stream(Area.values())
			.map((area) -> new AreaGroup(area.label(), all.stream()
				.filter((i) -> i.details().area() == area)
				.map((i) -> new Row(i, regionName(i.details().region()),
						(i.partnership().coordinator() != null)
								? names.getOrDefault(i.partnership().coordinator(), "A former coordinator") : "None",
						(int) Arrays.stream(Pillar.values()).filter((p) -> approaches.get(i.id()).pillarMet(p)).count(),
						approaches.get(i.id()).embedded()))
				.toList()))
			.filter((group) -> !group.rows().isEmpty())
			.toList());
		model.addAttribute("count", all.size());
		model.addAttribute("partnerCount", all.stream().filter((i) -> i.partnership().partner()).count());
		model.addAttribute("embeddedCount",
				approaches.values().stream().filter(WholeInstitutionApproach::embedded).count());
		model.addAttribute("embeddedRule", InstitutionRules.EMBEDDED);
		return "institution/institutions";
	}

	@GetMapping("/coordinator/institutions/new")
	String newInstitution(Model model) {
		model.addAttribute("form", new InstitutionForm());
		return detailsPage(null, model);
	}

	@PostMapping("/coordinator/institutions/new")
	String add(@ModelAttribute("form") InstitutionForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		InstitutionDetails details = readDetails(form, errors, null);
		if (details == null) {
			return detailsPage(null, model);
		}
		Institution added = this.institutions.add(details, user.id());
		redirect.addFlashAttribute("done", added.name() + " is added");
		return "redirect:/coordinator/institutions/" + added.slug();
	}

	@GetMapping("/coordinator/institutions/{slug}")
	String institution(@PathVariable String slug, Model model) {
		Institution institution = load(slug);
		Map<AccountId, String> names = staffNames();
		Partnership partnership = institution.partnership();
		WholeInstitutionApproach approach = this.institutions.approachOf(institution);
		model.addAttribute("institution", institution);
		model.addAttribute("region", regionName(institution.details().region()));
		model.addAttribute("partnership", partnership);
		model.addAttribute("signed",
				(partnership.mouSignedOn() != null) ? Checks.DAY.format(partnership.mouSignedOn()) : "Not signed");
		model.addAttribute("review",
				(partnership.mouReviewOn() != null) ? Checks.DAY.format(partnership.mouReviewOn()) : "Not set");
		model.addAttribute("coordinator", (partnership.coordinator() != null)
				? names.getOrDefault(partnership.coordinator(), "A former coordinator") : "None");
		model.addAttribute("approach", approach);
		model.addAttribute("pillars", Arrays.stream(Pillar.values())
			.map((pillar) -> new PillarRow(pillar, approach.pillarMet(pillar),
					approach.of(pillar).stream().map((a) -> new ActionRow(a, Checks.DAY.format(a.dueOn()))).toList()))
			.toList());
		model.addAttribute("embeddedRule", InstitutionRules.EMBEDDED);
		model.addAttribute("offers", this.institutions.offersOf(institution.id()));
		model.addAttribute("log",
				this.contactLog.of(PartnerRef.institution(institution.id().value()))
					.stream()
					.map((entry) -> new LogRow(entry.kind().label(), Checks.DAY.format(entry.happenedOn()), entry.who(),
							entry.attended(), entry.summary(), entry.nextStep(),
							(entry.nextStepDue() != null) ? Checks.DAY.format(entry.nextStepDue()) : null,
							(entry.writtenBy() != null) ? names.getOrDefault(entry.writtenBy(), "Covenant team")
									: "Covenant Connects"))
					.toList());
		model.addAttribute("changes",
				this.institutions.changesOf(institution.id())
					.stream()
					.map((change) -> new ChangeRow(
							Checks.DAY.format(change.changedAt().atZone(ZoneId.of("Europe/London")).toLocalDate()),
							(change.changedBy() != null) ? names.getOrDefault(change.changedBy(), "Covenant team")
									: "Covenant Connects",
							change.what()))
					.toList());
		return "institution/institution";
	}

	@GetMapping("/coordinator/institutions/{slug}/details")
	String editDetails(@PathVariable String slug, Model model) {
		Institution institution = load(slug);
		InstitutionDetails details = institution.details();
		InstitutionForm form = new InstitutionForm();
		form.setName(details.name());
		form.setKind(details.kind().name());
		form.setGroup(details.group());
		form.setRegion(details.region().value());
		form.setArea(details.area().name());
		form.setWebAddress(details.webAddress());
		form.setEmailDomains(String.join(" ", details.emailDomains()));
		model.addAttribute("form", form);
		return detailsPage(institution, model);
	}

	@PostMapping("/coordinator/institutions/{slug}/details")
	String saveDetails(@PathVariable String slug, @ModelAttribute("form") InstitutionForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		Institution institution = load(slug);
		InstitutionDetails details = readDetails(form, errors, institution);
		if (details == null) {
			return detailsPage(institution, model);
		}
		boolean changed = this.institutions.updateDetails(institution.id(), details, user.id());
		redirect.addFlashAttribute("done", changed ? "The details are saved" : "Nothing was changed");
		return "redirect:/coordinator/institutions/" + institution.slug();
	}

	@GetMapping("/coordinator/institutions/{slug}/partnership")
	String editPartnership(@PathVariable String slug, Model model) {
		Institution institution = load(slug);
		Partnership partnership = institution.partnership();
		PartnershipForm form = new PartnershipForm();
		form.setPartner(partnership.partner() ? "yes" : "no");
		if (partnership.mouSignedOn() != null) {
			form.setMouSignedOn(DateAnswer.of(partnership.mouSignedOn()));
		}
		if (partnership.mouReviewOn() != null) {
			form.setMouReviewOn(DateAnswer.of(partnership.mouReviewOn()));
		}
		form.setMouLink(partnership.mouLink());
		form.setContactName(partnership.contactName());
		form.setContactRole(partnership.contactRole());
		form.setContactEmail(partnership.contactEmail());
		form.setCoordinator((partnership.coordinator() != null) ? partnership.coordinator().value().toString() : "");
		model.addAttribute("form", form);
		return partnershipPage(institution, model);
	}

	@PostMapping("/coordinator/institutions/{slug}/partnership")
	String savePartnership(@PathVariable String slug, @ModelAttribute("form") PartnershipForm form,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		Institution institution = load(slug);
		boolean partner = "yes".equals(form.getPartner());
		if (!partner && !"no".equals(form.getPartner())) {
			errors.rejectValue("partner", "required", "Select whether the institution is a partner");
		}
		LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
		LocalDate signed = Checks.optionalDate(errors, "mouSignedOn", form.getMouSignedOn(),
				"The date the memorandum was signed", 2025);
		if (signed != null && signed.isAfter(today)) {
			errors.rejectValue("mouSignedOn", "future",
					"The date the memorandum was signed must be today or in the past");
		}
		if (signed != null && !partner) {
			errors.rejectValue("mouSignedOn", "partner",
					"Only a partner signs a memorandum: select yes, or leave the date empty");
		}
		LocalDate review = Checks.optionalDate(errors, "mouReviewOn", form.getMouReviewOn(), "The review date", 2027);
		if (review != null && signed != null && !review.isAfter(signed)) {
			errors.rejectValue("mouReviewOn", "order", "The review date must be after the date it was signed");
		}
		String link = Checks.webAddress(errors, "mouLink", form.getMouLink(), "https://www.example.ac.uk/covenant-mou");
		String name = Checks.orNull(form.getContactName());
		String role = Checks.orNull(form.getContactRole());
		String email = Checks.orNull(form.getContactEmail());
		if (name != null || role != null || email != null) {
			Checks.required(errors, "contactName", name, "Enter the contact's name", 200, "Name");
			Checks.required(errors, "contactRole", role, "Enter the contact's role at the institution", 200, "Role");
			if (email == null) {
				errors.rejectValue("contactEmail", "required", "Enter the contact's work email address");
			}
			else if (email.length() > EmailAddress.LONGEST) {
				errors.rejectValue("contactEmail", "long", EmailAddress.TOO_LONG);
			}
			else if (!EmailAddress.isValid(email)) {
				errors.rejectValue("contactEmail", "invalid", EmailAddress.WRONG_FORMAT);
			}
		}
		AccountId coordinator = null;
		String chosen = Checks.text(form.getCoordinator());
		if (!chosen.isEmpty()) {
			coordinator = coordinators().stream()
				.map(AccountSummary::id)
				.filter((id) -> id.value().toString().equals(chosen))
				.findFirst()
				.orElse(null);
			if (coordinator == null) {
				errors.rejectValue("coordinator", "invalid", "Select a coordinator from the list");
			}
		}
		if (errors.hasErrors()) {
			return partnershipPage(institution, model);
		}
		boolean changed = this.institutions.updatePartnership(institution.id(),
				new Partnership(partner, signed, review, link, name, role, email, coordinator), user.id());
		redirect.addFlashAttribute("done", changed ? "The partnership is saved" : "Nothing was changed");
		return "redirect:/coordinator/institutions/" + institution.slug();
	}

	@GetMapping("/coordinator/institutions/{slug}/actions/new")
	String newAction(@PathVariable String slug, Model model) {
		ActionForm form = new ActionForm();
		form.setStatus(ActionStatus.NOT_STARTED.name());
		model.addAttribute("form", form);
		return actionPage(load(slug), null, model);
	}

	@PostMapping("/coordinator/institutions/{slug}/actions/new")
	String addAction(@PathVariable String slug, @ModelAttribute("form") ActionForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		Institution institution = load(slug);
		Pillar pillar = Arrays.stream(Pillar.values())
			.filter((p) -> p.name().equals(form.getPillar()))
			.findFirst()
			.orElse(null);
		if (pillar == null) {
			errors.rejectValue("pillar", "required", "Select the pillar the action belongs to");
		}
		PillarAction action = readAction(form, errors, pillar, UUID.randomUUID());
		if (action == null) {
			return actionPage(institution, null, model);
		}
		this.institutions.saveAction(institution.id(), action, user.id());
		redirect.addFlashAttribute("done",
				"The action is added to the " + pillar.title().toLowerCase(Locale.ROOT) + " pillar");
		return "redirect:/coordinator/institutions/" + institution.slug() + "#pillar-" + pillar.slug();
	}

	@GetMapping("/coordinator/institutions/{slug}/actions/{id}")
	String editAction(@PathVariable String slug, @PathVariable("id") UUID id, Model model) {
		Institution institution = load(slug);
		PillarAction action = this.institutions.action(institution.id(), id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		ActionForm form = new ActionForm();
		form.setPillar(action.pillar().name());
		form.setAction(action.action());
		form.setOwner(action.owner());
		form.setDueOn(DateAnswer.of(action.dueOn()));
		form.setStatus(action.status().name());
		form.setEvidence(action.evidence());
		form.setEvidenceLink(action.evidenceLink());
		model.addAttribute("form", form);
		return actionPage(institution, action, model);
	}

	@PostMapping("/coordinator/institutions/{slug}/actions/{id}")
	String saveAction(@PathVariable String slug, @PathVariable("id") UUID id, @ModelAttribute("form") ActionForm form,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		Institution institution = load(slug);
		PillarAction before = this.institutions.action(institution.id(), id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		PillarAction action = readAction(form, errors, before.pillar(), before.id());
		if (action == null) {
			return actionPage(institution, before, model);
		}
		boolean changed = this.institutions.saveAction(institution.id(), action, user.id());
		redirect.addFlashAttribute("done", changed ? "The action is saved" : "Nothing was changed");
		return "redirect:/coordinator/institutions/" + institution.slug() + "#pillar-" + before.pillar().slug();
	}

	@GetMapping("/coordinator/institutions/{slug}/contact-log/new")
	String newEntry(@PathVariable String slug, Model model) {
		model.addAttribute("form", new ContactEntryForm());
		return entryPage(load(slug), model);
	}

	@PostMapping("/coordinator/institutions/{slug}/contact-log/new")
	String addEntry(@PathVariable String slug, @ModelAttribute("form") ContactEntryForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		Institution institution = load(slug);
		Optional<NewContact> entry = form.read(PartnerKind.INSTITUTION, LocalDate.now(ZoneId.of("Europe/London")),
				errors);
		if (entry.isEmpty()) {
			return entryPage(institution, model);
		}
		this.contactLog.add(PartnerRef.institution(institution.id().value()), entry.get(), user.id());
		redirect.addFlashAttribute("done", "The contact is added to the log");
		return "redirect:/coordinator/institutions/" + institution.slug();
	}

	@GetMapping("/coordinator/institutions/{slug}/offers")
	String editOffers(@PathVariable String slug, Model model) {
		Institution institution = load(slug);
		model.addAttribute("form", OfferAnswers.formOf(this.institutions.offersOf(institution.id())));
		return offersPage(institution, model);
	}

	@PostMapping("/coordinator/institutions/{slug}/offers")
	String saveOffers(@PathVariable String slug, @ModelAttribute("form") OffersForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		Institution institution = load(slug);
		List<OfferAnswer> answers = OfferAnswers.read(form, errors);
		if (errors.hasErrors()) {
			return offersPage(institution, model);
		}
		boolean changed = this.institutions.answerOffers(institution.id(), answers, user.id());
		redirect.addFlashAttribute("done", changed ? "The offers are saved" : "Nothing was changed");
		return "redirect:/coordinator/institutions/" + institution.slug();
	}

	private InstitutionDetails readDetails(InstitutionForm form, BindingResult errors, Institution existing) {
		String name = Checks.text(form.getName());
		Checks.required(errors, "name", name, "Enter the institution's name", 100, "Name");
		if (!name.isEmpty() && name.length() <= 100
				&& this.institutions.nameTaken(name, (existing != null) ? existing.id() : null)) {
			errors.rejectValue("name", "taken", "An institution called " + name + " is already on Connects");
		}
		InstitutionKind kind = Arrays.stream(InstitutionKind.values())
			.filter((k) -> k.name().equals(form.getKind()))
			.findFirst()
			.orElse(null);
		if (kind == null) {
			errors.rejectValue("kind", "required", "Select whether it is a further education college or a university");
		}
		String group = Checks.orNull(form.getGroup());
		Checks.longest(errors, "group", group, 200, "Group");
		RegionCode region = this.places.regions()
			.stream()
			.map(Region::code)
			.filter((code) -> code.value().equals(form.getRegion()))
			.findFirst()
			.orElse(null);
		if (region == null) {
			errors.rejectValue("region", "required", "Select the region the institution is in");
		}
		Area area = Arrays.stream(Area.values())
			.filter((a) -> a.name().equals(form.getArea()))
			.findFirst()
			.orElse(null);
		if (area == null) {
			errors.rejectValue("area", "required", "Select the area: North, Midlands or South");
		}
		String web = Checks.webAddress(errors, "webAddress", form.getWebAddress(), "https://www.example.ac.uk");
		List<String> domains = Stream.of(Checks.text(form.getEmailDomains()).toLowerCase(Locale.ROOT).split("[\\s,;]+"))
			.map((d) -> d.startsWith("@") ? d.substring(1) : d)
			.filter((d) -> !d.isEmpty())
			.distinct()
			.toList();
		if (domains.stream().anyMatch((d) -> !WebAddresses.isDomainName(d))) {
			errors.rejectValue("emailDomains", "invalid",
					"Enter email domains like ncl-coll.ac.uk, separated by spaces or commas");
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new InstitutionDetails(name, kind, group, region, area, web, domains);
	}

	private PillarAction readAction(ActionForm form, BindingResult errors, Pillar pillar, UUID id) {
		Checks.required(errors, "action", form.getAction(), "Enter the action", 500, "Action");
		Checks.required(errors, "owner", form.getOwner(), "Enter who owns the action at the institution", 200, "Owner");
		LocalDate due = Checks.date(errors, "dueOn", form.getDueOn(), "The due date", "Enter the date it is due",
				LocalDate.now(ZoneId.of("Europe/London")).getYear());
		ActionStatus status = Arrays.stream(ActionStatus.values())
			.filter((s) -> s.name().equals(form.getStatus()))
			.findFirst()
			.orElse(null);
		if (status == null) {
			errors.rejectValue("status", "required", "Select the action's status");
		}
		String evidence = Checks.orNull(form.getEvidence());
		Checks.longest(errors, "evidence", evidence, 2000, "Evidence");
		String link = Checks.webAddress(errors, "evidenceLink", form.getEvidenceLink(),
				"https://www.example.ac.uk/care-leavers");
		if (status == ActionStatus.DONE && evidence == null) {
			errors.rejectValue("evidence", "required", "Enter the evidence that the action is done");
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new PillarAction(id, pillar, Checks.text(form.getAction()), Checks.text(form.getOwner()), due, status,
				evidence, link);
	}

	private String detailsPage(Institution institution, Model model) {
		model.addAttribute("institution", institution);
		model.addAttribute("kinds",
				Arrays.stream(InstitutionKind.values()).map((k) -> Choice.of(k.name(), k.label())).toList());
		model.addAttribute("regions",
				this.places.regions().stream().map((r) -> Choice.of(r.code().value(), r.name())).toList());
		model.addAttribute("areas", Arrays.stream(Area.values()).map((a) -> Choice.of(a.name(), a.label())).toList());
		return "institution/details";
	}

	private String partnershipPage(Institution institution, Model model) {
		model.addAttribute("institution", institution);
		model.addAttribute("partnerChoices", List.of(Choice.of("yes", "Yes"), Choice.of("no", "No")));
		model.addAttribute("coordinators",
				coordinators().stream()
					.sorted(Comparator.comparing(AccountSummary::displayName))
					.map((a) -> Choice.of(a.id().value().toString(), a.displayName()))
					.toList());
		return "institution/partnership";
	}

	private String actionPage(Institution institution, PillarAction action, Model model) {
		model.addAttribute("institution", institution);
		model.addAttribute("action", action);
		model.addAttribute("pillars",
				Arrays.stream(Pillar.values()).map((p) -> new Choice(p.name(), p.title(), p.meaning())).toList());
		model.addAttribute("statuses",
				Arrays.stream(ActionStatus.values()).map((s) -> Choice.of(s.name(), s.label())).toList());
		return "institution/action";
	}

	private String entryPage(Institution institution, Model model) {
		model.addAttribute("institution", institution);
		return ContactEntryForm.page(model, PartnerKind.INSTITUTION, institution.name(),
				"/coordinator/institutions/" + institution.slug(),
				"For example, Chris Morgan of the Covenant and the head of student support, or Personal tutors "
						+ "in the construction faculty");
	}

	private String offersPage(Institution institution, Model model) {
		model.addAttribute("institution", institution);
		model.addAttribute("answers", OfferAnswers.ANSWERS);
		model.addAttribute("fields", OfferAnswers.Field.all());
		model.addAttribute("action", "/coordinator/institutions/" + institution.slug() + "/offers");
		model.addAttribute("back", "/coordinator/institutions/" + institution.slug());
		return "institution/offers";
	}

	private List<AccountSummary> coordinators() {
		return this.accounts.activeWithRole(Role.COORDINATOR);
	}

	private Map<AccountId, String> staffNames() {
		return Stream
			.concat(this.accounts.activeWithRole(Role.COORDINATOR).stream(),
					this.accounts.activeWithRole(Role.ADMIN).stream())
			.collect(Collectors.toMap(AccountSummary::id, AccountSummary::displayName, (a, b) -> a));
	}

	private String regionName(RegionCode code) {
		return this.places.region(code).map(Region::name).orElse("");
	}

	private Institution load(String slug) {
		return this.institutions.bySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	record AreaGroup(String name, List<Row> rows) {

	}

	record Row(Institution institution, String region, String coordinator, int pillarsMet, boolean embedded) {

	}

	record PillarRow(Pillar pillar, boolean met, List<ActionRow> actions) {

	}

	record ActionRow(PillarAction action, String due) {

	}

	record LogRow(String kind, String date, String who, Integer attended, String summary, String nextStep, String due,
			String writtenBy) {

	}

	record ChangeRow(String date, String who, String what) {

	}

}
