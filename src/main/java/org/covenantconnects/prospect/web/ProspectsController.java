package org.covenantconnects.prospect.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import org.covenantconnects.contactlog.ContactEntryForm;
import org.covenantconnects.contactlog.ContactLog;
import org.covenantconnects.contactlog.NewContact;
import org.covenantconnects.contactlog.PartnerKind;
import org.covenantconnects.contactlog.PartnerRef;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.AccountSummary;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.Region;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.platform.Choice;
import org.covenantconnects.prospect.NewProspect;
import org.covenantconnects.prospect.Prospect;
import org.covenantconnects.prospect.ProspectStatus;
import org.covenantconnects.prospect.Prospects;
import org.covenantconnects.signatory.Sector;

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
 * The coordinators' prospects: the list, recording one, a prospect's page with its
 * contact log, adding to the log, and inviting it to sign.
 */
@Controller
class ProspectsController {

	private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final Prospects prospects;

	private final ContactLog contactLog;

	private final Places places;

	private final Accounts accounts;

	ProspectsController(Prospects prospects, ContactLog contactLog, Places places, Accounts accounts) {
		this.prospects = prospects;
		this.contactLog = contactLog;
		this.places = places;
		this.accounts = accounts;
	}

	@GetMapping("/coordinator/prospects")
	String list(Model model) {
		Map<LocalAuthorityId, String> councils = councilNames();
		model.addAttribute("rows", this.prospects.all()
			.stream()
			.map((prospect) -> new ProspectRow(prospect.id(), prospect.name(), recommendedBy(prospect, councils),
					this.prospects.status(prospect), DAY.format(prospect.recordedAt().atZone(ENGLAND))))
			.toList());
		return "prospect/prospects";
	}

	@GetMapping("/coordinator/prospects/new")
	String newProspect(Model model) {
		model.addAttribute("form", new ProspectForm());
		return formPage(model);
	}

	@PostMapping("/coordinator/prospects/new")
	String record(@Valid @ModelAttribute("form") ProspectForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		Sector sector = null;
		if (form.getSector() != null && !form.getSector().isBlank()) {
			sector = Arrays.stream(Sector.values())
				.filter((s) -> s.name().equals(form.getSector()))
				.findFirst()
				.orElse(null);
			if (sector == null) {
				errors.rejectValue("sector", "unknown", "Select the organisation's sector from the list");
			}
		}
		RegionCode region = null;
		if (form.getRegion() != null && !form.getRegion().isBlank()) {
			region = this.places.regions()
				.stream()
				.map(Region::code)
				.filter((code) -> code.value().equals(form.getRegion()))
				.findFirst()
				.orElse(null);
			if (region == null) {
				errors.rejectValue("region", "unknown", "Select a region from the list");
			}
		}
		LocalAuthorityId council = null;
		String recommendedBy = null;
		if (ProspectForm.BY_COUNCIL.equals(form.getRecommendedKind())) {
			council = this.places.localAuthorities()
				.stream()
				.map(LocalAuthority::id)
				.filter((id) -> Integer.toString(id.value()).equals(form.getCouncil()))
				.findFirst()
				.orElse(null);
			if (council == null) {
				errors.rejectValue("council", "required", "Select the council that recommended the organisation");
			}
		}
		else if (ProspectForm.BY_SOMEONE_ELSE.equals(form.getRecommendedKind())) {
			recommendedBy = (form.getRecommendedBy() != null) ? form.getRecommendedBy().strip() : "";
			if (recommendedBy.isEmpty() && !errors.hasFieldErrors("recommendedBy")) {
				errors.rejectValue("recommendedBy", "required",
						"Enter who recommended the organisation, for example an adviser's name and council");
			}
		}
		else if (!errors.hasFieldErrors("recommendedKind")) {
			errors.rejectValue("recommendedKind", "unknown", "Select who recommended the organisation");
		}
		if (!errors.hasFieldErrors("name") && !errors.hasFieldErrors("contactEmail")
				&& !errors.hasFieldErrors("website")) {
			this.prospects.duplicateOf(form.getName(), form.getContactEmail(), form.getWebsite())
				.ifPresent((duplicate) -> errors.rejectValue("name", "duplicate", duplicate.message()));
		}
		if (errors.hasErrors()) {
			return formPage(model);
		}
		Prospect recorded;
		try {
			recorded = this.prospects.record(new NewProspect(form.getName(), form.getWebsite(), sector, region,
					form.getContactName(), form.getContactEmail(), council, recommendedBy), user.id());
		}
		catch (Prospects.DuplicateProspectException ex) {
			errors.rejectValue("name", "duplicate", ex.duplicate().message());
			return formPage(model);
		}
		redirect.addFlashAttribute("done", recorded.name() + " is recorded as a prospect");
		return "redirect:/coordinator/prospects/" + recorded.id();
	}

	@GetMapping("/coordinator/prospects/{id}")
	String prospect(@PathVariable UUID id, Model model) {
		Prospect prospect = load(id);
		Map<LocalAuthorityId, String> councils = councilNames();
		ProspectStatus status = this.prospects.status(prospect);
		model.addAttribute("prospect", prospect);
		model.addAttribute("status", status);
		model.addAttribute("stage", this.prospects.stage(prospect).map((stage) -> stage.label()).orElse(null));
		model.addAttribute("recommendedBy", recommendedBy(prospect, councils));
		model.addAttribute("sector", Optional.ofNullable(prospect.sector()).map(Sector::label).orElse("Not recorded"));
		model.addAttribute("region",
				Optional.ofNullable(prospect.region())
					.map((code) -> this.places.region(code).map(Region::name).orElse("–"))
					.orElse("Not recorded"));
		model.addAttribute("recordedOn", DAY.format(prospect.recordedAt().atZone(ENGLAND)));
		model.addAttribute("invitedOn",
				Optional.ofNullable(prospect.invitedAt()).map((at) -> DAY.format(at.atZone(ENGLAND))).orElse(null));
		Map<AccountId, String> names = new HashMap<>();
		model.addAttribute("log", this.contactLog.of(PartnerRef.organisation(prospect.id()))
			.stream()
			.map((entry) -> new LogRow(entry.kind().label(), DAY.format(entry.happenedOn()), entry.who(),
					entry.summary(), entry.nextStep(),
					(entry.nextStepDue() != null) ? DAY.format(entry.nextStepDue()) : null,
					(entry.writtenBy() != null) ? names.computeIfAbsent(entry.writtenBy(),
							(who) -> this.accounts.find(who).map(AccountSummary::displayName).orElse("Covenant team"))
							: "Covenant Connects"))
			.toList());
		return "prospect/prospect";
	}

	@PostMapping("/coordinator/prospects/{id}/invite")
	String invite(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Prospect prospect = load(id);
		ProspectStatus status = this.prospects.status(prospect);
		if (status == ProspectStatus.SIGNING || status == ProspectStatus.SIGNED) {
			redirect.addFlashAttribute("problem", prospect.name() + " has already started signing");
			return "redirect:/coordinator/prospects/" + id;
		}
		this.prospects.invite(id, user.id());
		redirect.addFlashAttribute("done",
				prospect.name() + " is invited to sign: an email with a link went to " + prospect.contactEmail());
		return "redirect:/coordinator/prospects/" + id;
	}

	@GetMapping("/coordinator/prospects/{id}/contact-log/new")
	String newEntry(@PathVariable UUID id, Model model) {
		model.addAttribute("form", new ContactEntryForm());
		return entryPage(load(id), model);
	}

	@PostMapping("/coordinator/prospects/{id}/contact-log/new")
	String addEntry(@PathVariable UUID id, @ModelAttribute("form") ContactEntryForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		Prospect prospect = load(id);
		Optional<NewContact> entry = form.read(PartnerKind.ORGANISATION, LocalDate.now(ENGLAND), errors);
		if (entry.isEmpty()) {
			return entryPage(prospect, model);
		}
		this.contactLog.add(PartnerRef.organisation(prospect.id()), entry.get(), user.id());
		redirect.addFlashAttribute("done", "The contact is added to the log");
		return "redirect:/coordinator/prospects/" + prospect.id();
	}

	private String entryPage(Prospect prospect, Model model) {
		model.addAttribute("prospect", prospect);
		return ContactEntryForm.page(model, PartnerKind.ORGANISATION, prospect.name(),
				"/coordinator/prospects/" + prospect.id(),
				"Names and roles, for example Chris Morgan of the Covenant and the head of people");
	}

	private String formPage(Model model) {
		model.addAttribute("sectors",
				Arrays.stream(Sector.values()).map((s) -> Choice.of(s.name(), s.label())).toList());
		model.addAttribute("regions",
				this.places.regions().stream().map((r) -> Choice.of(r.code().value(), r.name())).toList());
		model.addAttribute("recommendedKinds", List.of(Choice.of(ProspectForm.BY_COUNCIL, "A council"),
				Choice.of(ProspectForm.BY_SOMEONE_ELSE, "An adviser or someone else")));
		model.addAttribute("councils",
				this.places.localAuthorities()
					.stream()
					.map((c) -> Choice.of(Integer.toString(c.id().value()), c.name()))
					.toList());
		return "prospect/new";
	}

	private Map<LocalAuthorityId, String> councilNames() {
		Map<LocalAuthorityId, String> names = new HashMap<>();
		this.places.localAuthorities().forEach((council) -> names.put(council.id(), council.name()));
		return names;
	}

	private static String recommendedBy(Prospect prospect, Map<LocalAuthorityId, String> councils) {
		if (prospect.recommendedByCouncil() != null) {
			return Optional.ofNullable(councils.get(prospect.recommendedByCouncil()))
				.map((name) -> name + " council")
				.orElse("A council");
		}
		return prospect.recommendedBy();
	}

	private Prospect load(UUID id) {
		return this.prospects.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	record ProspectRow(UUID id, String name, String recommendedBy, ProspectStatus status, String recordedOn) {

	}

	record LogRow(String kind, String date, String who, String summary, String nextStep, String due, String writtenBy) {

	}

}
