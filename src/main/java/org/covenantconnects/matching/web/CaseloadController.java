package org.covenantconnects.matching.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.covenantconnects.careleaver.CareExperience;
import org.covenantconnects.careleaver.CareLeaverProfile;
import org.covenantconnects.careleaver.CareLeavers;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.institution.Institution;
import org.covenantconnects.institution.Institutions;
import org.covenantconnects.matching.internal.Caseload;
import org.covenantconnects.matching.internal.CoordinatorSuggestions;
import org.covenantconnects.matching.internal.MatchReasons;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.opportunity.OpportunityView;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.Region;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.platform.Choice;
import org.covenantconnects.platform.ChoiceGroup;
import org.covenantconnects.platform.PageLinks;
import org.covenantconnects.platform.RenderedChoices;
import org.covenantconnects.platform.SummaryRow;
import org.covenantconnects.takeup.Proposals;
import org.covenantconnects.takeup.TakeUp;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator's caseload: young people by region or council, one young person's
 * record with the opportunities that fit them best (only when they turned matching on),
 * and suggesting one to them. Every young person shown is written to the audit trail.
 */
@Controller
public class CaseloadController {

	private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	static final int PAGE_SIZE = 25;

	public static final int RECOMMENDED = 20;

	private final Caseload caseload;

	private final CareLeavers careLeavers;

	private final Proposals proposals;

	private final Opportunities opportunities;

	private final Places places;

	private final MatchReasons reasons;

	private final Clock clock;

	private final CoordinatorSuggestions suggestions;

	private final CareExperience careExperience;

	private final Institutions institutions;

	/**
	 * The regions and the 153 councils never change while the service runs, so their
	 * options are rendered once.
	 */
	private final RenderedChoices regionOptions;

	private final RenderedChoices councilOptions;

	CaseloadController(Caseload caseload, CareLeavers careLeavers, Proposals proposals, Opportunities opportunities,
			Places places, MatchReasons reasons, Clock clock, CoordinatorSuggestions suggestions,
			CareExperience careExperience, Institutions institutions) {
		this.careExperience = careExperience;
		this.institutions = institutions;
		this.clock = clock;
		this.suggestions = suggestions;
		this.caseload = caseload;
		this.careLeavers = careLeavers;
		this.proposals = proposals;
		this.opportunities = opportunities;
		this.places = places;
		this.reasons = reasons;
		this.regionOptions = RenderedChoices
			.options(places.regions().stream().map((r) -> Choice.of(r.code().value(), r.name())).toList());
		this.councilOptions = RenderedChoices.options(places.localAuthorities()
			.stream()
			.sorted(Comparator.comparing(LocalAuthority::name))
			.map((c) -> Choice.of(String.valueOf(c.id().value()), c.name()))
			.toList());
	}

	@GetMapping("/coordinator/caseload")
	String list(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") CaseloadForm form,
			BindingResult errors, @RequestParam(defaultValue = "1") String page, Model model) {
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
		if (form.getCouncil() != null && !form.getCouncil().isBlank()) {
			council = this.places.localAuthorities()
				.stream()
				.map(LocalAuthority::id)
				.filter((id) -> String.valueOf(id.value()).equals(form.getCouncil()))
				.findFirst()
				.orElse(null);
			if (council == null) {
				errors.rejectValue("council", "unknown", "Select a council from the list");
			}
		}
		List<Institution> mine = this.institutions.all()
			.stream()
			.filter((i) -> user.id().equals(i.partnership().coordinator()))
			.toList();
		List<Institution> otherPartners = this.institutions.partners()
			.stream()
			.filter((i) -> !mine.contains(i))
			.toList();
		String college = null;
		if (form.getCollege() != null && !form.getCollege().isBlank()) {
			college = java.util.stream.Stream.concat(mine.stream(), otherPartners.stream())
				.filter((i) -> i.slug().equals(form.getCollege()))
				.map(Institution::name)
				.findFirst()
				.orElse(null);
			if (college == null) {
				errors.rejectValue("college", "unknown", "Select a college or university from the list");
			}
		}
		int requested = (page.matches("\\d{1,5}")) ? Math.max(1, Integer.parseInt(page)) : 1;
		Caseload.Filter filter = new Caseload.Filter(form.getName(), region, council, form.getInstitution(),
				"on".equals(form.getMatching()), college);
		// Nobody is listed (nor written to anyone's audit trail) until the coordinator
		// says
		// whom they are looking for, and never from a filter with a mistake in it.
		boolean asked = !filter.isEmpty() && !errors.hasErrors();
		Caseload.Page found = asked ? this.caseload.list(user.id(), filter, requested, PAGE_SIZE)
				: new Caseload.Page(List.of(), 0, 1, 1);
		if (asked && found.people().isEmpty() && requested > 1) {
			return "redirect:/coordinator/caseload" + query(form, null);
		}
		model.addAttribute("asked", asked);
		model.addAttribute("found", found);
		model.addAttribute("regionOptions", this.regionOptions);
		model.addAttribute("councilOptions", this.councilOptions);
		List<ChoiceGroup> collegeGroups = new ArrayList<>();
		if (!mine.isEmpty()) {
			collegeGroups.add(new ChoiceGroup("Your colleges and universities", choices(mine)));
		}
		if (!otherPartners.isEmpty()) {
			collegeGroups.add(new ChoiceGroup(
					mine.isEmpty() ? "Partner colleges and universities" : "Other partner colleges and universities",
					choices(otherPartners)));
		}
		model.addAttribute("collegeGroups", collegeGroups);
		model.addAttribute("matchingChoices", List.of(Choice.of("on", "Only those who turned matching on")));
		model.addAttribute("pages",
				new PageLinks(found.page(), found.totalPages(), "/coordinator/caseload" + query(form, "page=")));
		return "matching/caseload";
	}

	@GetMapping("/coordinator/caseload/{id}")
	String record(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, Model model) {
		AccountId careLeaver = parse(id);
		CareLeaverProfile profile = this.caseload.profileFor(user.id(), careLeaver, "Opened their record");
		List<TakeUp> takeUps = this.caseload.takeUpsOf(careLeaver);
		List<Proposals.Proposal> proposals = this.proposals.madeFor(careLeaver);
		Set<OpportunityId> taken = takeUps.stream().map(TakeUp::opportunity).collect(Collectors.toSet());
		Set<OpportunityId> proposed = proposals.stream()
			.map(Proposals.Proposal::opportunity)
			.collect(Collectors.toSet());
		model.addAttribute("profile", profile);
		model.addAttribute("name", (profile.preferredName() != null) ? profile.preferredName() : profile.fullName());
		model.addAttribute("rows", rows(profile));
		model.addAttribute("takeUps",
				takeUps.stream().map((takeUp) -> new Titled<>(takeUp, title(takeUp.opportunity()))).toList());
		model.addAttribute("proposals",
				proposals.stream().map((proposal) -> new Titled<>(proposal, title(proposal.opportunity()))).toList());
		if (profile.openToSuggestions()) {
			Opportunities.Recommended recommended = this.opportunities.recommendedFor(this.careLeavers.fitFor(profile),
					RECOMMENDED + taken.size() + proposed.size());
			model.addAttribute("fitting", recommended.total());
			model.addAttribute("recommended", recommended.best()
				.stream()
				.filter((opportunity) -> !taken.contains(opportunity.id()) && !proposed.contains(opportunity.id()))
				.limit(RECOMMENDED)
				.map((opportunity) -> new Recommendation(opportunity, this.reasons.why(profile, opportunity)))
				.toList());
		}
		return "matching/young-person";
	}

	@PostMapping("/coordinator/caseload/{id}/suggest")
	String suggest(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@RequestParam(required = false) String opportunity, RedirectAttributes redirect) {
		AccountId careLeaver = parse(id);
		CareLeaverProfile profile = this.caseload.profileFor(user.id(), careLeaver, "Suggested an opportunity to them");
		this.suggestions.propose(user, profile, opportunity, redirect);
		return "redirect:/coordinator/caseload/" + careLeaver + "#recommended";
	}

	private List<SummaryRow> rows(CareLeaverProfile profile) {
		List<SummaryRow> rows = new ArrayList<>();
		rows.add(SummaryRow.of("Name", profile.fullName()));
		rows.add(SummaryRow.of("Age", String.valueOf(profile.ageOn(LocalDate.now(this.clock.withZone(ENGLAND))))));
		rows.add(SummaryRow.of("Looked after by",
				this.places.localAuthority(profile.council()).map(LocalAuthority::name).orElse("")));
		rows.add(SummaryRow.of("Lives in", this.places.region(profile.region()).map(Region::name).orElse("")));
		rows.add(SummaryRow.of("Doing now", profile.situation().label()));
		rows.add(SummaryRow.of("College or university",
				(profile.institution() != null) ? profile.institution() : "Not given"));
		rows.add(SummaryRow.of("Interested in",
				String.join(", ", profile.types().stream().map((t) -> t.label()).sorted().toList()) + "; "
						+ String.join(", ", profile.categories().stream().map((c) -> c.label()).sorted().toList())));
		rows.add(SummaryRow.of("Matching", profile.openToSuggestions() ? "On: the Covenant team may suggest things"
				: "Off: they have not asked for suggestions"));
		String careExperienceHref = "/coordinator/caseload/" + profile.account() + "/care-experience";
		rows.add(this.careExperience.standing(profile.account())
			.map((now) -> SummaryRow.withAction("Care experience",
					now.isConfirmed() ? "Confirmed by " + now.whoToOthers() + ", on " + now.on()
							: "Withdrawn on " + now.on() + ": not confirmed",
					"Correct", careExperienceHref, "their care experience"))
			.orElse(SummaryRow.withAction("Care experience", "Not confirmed", "Confirm", careExperienceHref,
					"their care experience")));
		return rows;
	}

	private static List<Choice> choices(List<Institution> institutions) {
		return institutions.stream().map((i) -> Choice.of(i.slug(), i.name())).toList();
	}

	private String title(OpportunityId id) {
		return this.opportunities.find(id).map((o) -> o.details().title()).orElse("An opportunity no longer listed");
	}

	static AccountId parse(String id) {
		try {
			return new AccountId(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			throw new NoSuchYoungPersonException();
		}
	}

	private static String query(CaseloadForm form, String then) {
		List<String> parts = new ArrayList<>();
		for (Map.Entry<String, String> entry : Map
			.of("name", nullToEmpty(form.getName()), "region", nullToEmpty(form.getRegion()), "council",
					nullToEmpty(form.getCouncil()), "institution", nullToEmpty(form.getInstitution()), "matching",
					nullToEmpty(form.getMatching()), "college", nullToEmpty(form.getCollege()))
			.entrySet()) {
			if (!entry.getValue().isBlank()) {
				parts.add(entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8));
			}
		}
		parts.sort(null);
		if (then != null) {
			parts.add(then);
		}
		return parts.isEmpty() ? "" : "?" + String.join("&", parts);
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

	/** Something with the title of its opportunity. */
	record Titled<T>(T item, String title) {

	}

	/** An opportunity that fits the young person, with why. */
	record Recommendation(OpportunityView opportunity, List<String> reasons) {

	}

	/** Whom the caseload lists. */
	static class CaseloadForm {

		@Size(max = 100, message = "Name must be 100 characters or fewer")
		private String name;

		private String region;

		private String council;

		private String matching;

		@Size(max = 100, message = "College or university must be 100 characters or fewer")
		private String institution;

		/** A college or university of the list, by its address. */
		private String college;

		public String getCollege() {
			return this.college;
		}

		public void setCollege(String college) {
			this.college = college;
		}

		public String getInstitution() {
			return this.institution;
		}

		public void setInstitution(String institution) {
			this.institution = institution;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getRegion() {
			return this.region;
		}

		public void setRegion(String region) {
			this.region = region;
		}

		public String getCouncil() {
			return this.council;
		}

		public void setCouncil(String council) {
			this.council = council;
		}

		public String getMatching() {
			return this.matching;
		}

		public void setMatching(String matching) {
			this.matching = matching;
		}

	}

}
