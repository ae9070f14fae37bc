package org.covenantconnects.impact.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.covenantconnects.council.Patch;
import org.covenantconnects.council.Patches;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.AccountSummary;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.covenantconnects.impact.Area;
import org.covenantconnects.impact.DefinedKpi;
import org.covenantconnects.impact.DefinedKpis;
import org.covenantconnects.impact.FigureRecords;
import org.covenantconnects.impact.FiscalYear;
import org.covenantconnects.impact.ImpactFigures;
import org.covenantconnects.impact.Indicator;
import org.covenantconnects.impact.Measure;
import org.covenantconnects.impact.Status;
import org.covenantconnects.impact.Targets;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.Region;
import org.covenantconnects.platform.Choice;
import org.covenantconnects.platform.ChoiceGroup;
import org.covenantconnects.platform.PageLinks;
import org.covenantconnects.platform.RenderedChoices;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The impact dashboard, for coordinators and administrators: each goal and KPI of a year
 * against its target, in all England, one region, one council or a coordinator's patch,
 * and one figure charted month by month; and the page where administrators set each
 * year's targets.
 */
@Controller
class ImpactController {

	private final ImpactFigures figures;

	private final Targets targets;

	private final Places places;

	private final FigureRecords records;

	private final Patches patches;

	private final Accounts accounts;

	private final DefinedKpis definedKpis;

	/**
	 * The 153 councils under their regions never change while the service runs, so their
	 * options are rendered once.
	 */
	private final RenderedChoices councilOptions;

	ImpactController(ImpactFigures figures, Targets targets, Places places, FigureRecords records, Patches patches,
			Accounts accounts, DefinedKpis definedKpis) {
		this.definedKpis = definedKpis;
		this.patches = patches;
		this.accounts = accounts;
		this.figures = figures;
		this.records = records;
		this.targets = targets;
		this.places = places;
		this.councilOptions = RenderedChoices.groupedOptions(places.regions()
			.stream()
			.map((r) -> new ChoiceGroup(r.name(),
					places.localAuthorities()
						.stream()
						.filter((c) -> c.region().equals(r.code()))
						.map((c) -> Choice.of(c.slug(), c.name()))
						.toList()))
			.toList());
	}

	@GetMapping("/coordinator/impact")
	String dashboard(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") DashboardForm form,
			BindingResult errors, Model model) {
		return dashboardPage(user, form, filters(form, errors), model);
	}

	private String dashboardPage(CurrentUser user, DashboardForm form, Filters filters, Model model) {
		FiscalYear year = filters.year();
		model.addAttribute("dayChoices", filters.days());
		ImpactFigures.Dashboard dashboard = this.figures.asOf(year, filters.day(), filters.area());
		ImpactFigures.Figure charted = dashboard.of(String.valueOf(form.getMeasure()))
			.orElse(dashboard.of(Measure.SIGNATORIES));
		form.setMeasure(charted.measure().name());
		model.addAttribute("dashboard", dashboard);
		model.addAttribute("regionName", filters.area().name());
		model.addAttribute("charted", charted);
		model.addAttribute("chart", Chart.of(charted, year.label()));
		model.addAttribute("rule", Status.RULE);
		model.addAttribute("areaRule", Status.AREA_RULE);
		model.addAttribute("yearChoices",
				yearChoices(year.startYear() > currentYear() ? year.startYear() : currentYear()));
		List<Choice> regions = new ArrayList<>();
		regions.add(Choice.of("", "All England"));
		this.places.regions().forEach((r) -> regions.add(Choice.of(r.code().value(), r.name())));
		model.addAttribute("regionChoices", regions);
		model.addAttribute("councilOptions", this.councilOptions);
		// Only coordinators open the records behind a figure (they name young people).
		model.addAttribute("opensRecords", user.is(Role.COORDINATOR));
		List<Choice> patches = new ArrayList<>();
		patches.add(Choice.of("", "No patch"));
		coordinatorsWithPatches()
			.forEach((c, patch) -> patches.add(Choice.of(c.id().value().toString(), patchName(c))));
		model.addAttribute("patchChoices", patches);
		model.addAttribute("patchLabel", "Coordinator's patch");
		model.addAttribute("filterFields", List.of("year", "on", "region", "council", "patch", "measure"));
		model.addAttribute("measureChoices",
				dashboard.figures()
					.stream()
					.map((f) -> Choice.of(f.measure().name(), f.measure().shortName()))
					.toList());
		model.addAttribute("metaDescription",
				"The Covenant's goals and KPIs against the year's targets, month by month, for coordinators.");
		return "impact/dashboard";
	}

	@GetMapping("/coordinator/impact/records")
	String records(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") DashboardForm form,
			BindingResult errors, @RequestParam(name = "page", defaultValue = "1") int page, Model model) {
		Filters filters = filters(form, errors);
		if (errors.hasErrors()) {
			return dashboardPage(user, form, filters, model);
		}
		java.time.LocalDate asOf = this.figures.dayCounted(filters.year(), filters.day());
		Indicator measure;
		FigureRecords.Records records;
		Optional<Measure> fixed = Arrays.stream(Measure.values())
			.filter((m) -> m.name().equals(form.getMeasure()))
			.findFirst();
		if (fixed.isPresent()) {
			measure = fixed.get();
			records = this.records.of(user.id(), fixed.get(), filters.year(), asOf, filters.area(), page);
		}
		else {
			DefinedKpi kpi = this.definedKpis.find(form.getMeasure())
				.filter((k) -> k.countedOn(asOf))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
			measure = kpi;
			records = this.records.of(user.id(), kpi, filters.year(), asOf, filters.area(), page);
		}
		String back = UriComponentsBuilder.fromPath("/coordinator/impact")
			.queryParam("year", form.getYear())
			.queryParam("on", form.getOn())
			.queryParam("region", form.getRegion())
			.queryParam("council", form.getCouncil())
			.queryParam("patch", form.getPatch())
			.queryParam("measure", measure.name())
			.build()
			.encode()
			.toUriString();
		PageLinks pages = PageLinks.of(page, records.total(), FigureRecords.PAGE_SIZE,
				back.replace("/coordinator/impact?", "/coordinator/impact/records?") + "&page=");
		model.addAttribute("measure", measure);
		model.addAttribute("year", filters.year());
		model.addAttribute("asOf", asOf);
		model.addAttribute("regionName", filters.area().name());
		model.addAttribute("records", records);
		model.addAttribute("pages", pages);
		model.addAttribute("back", back);
		model.addAttribute("metaDescription", "The records behind one of the Covenant's impact figures.");
		return "impact/records";
	}

	/**
	 * The year, the day and the area a form asks for, each set back on the form as it was
	 * understood, and the days that can be chosen in the year. A value that is not one of
	 * the choices is an error on its field, and the figures are then those of all
	 * England.
	 */
	private Filters filters(DashboardForm form, BindingResult errors) {
		String typedYear = (form.getYear() != null) ? form.getYear().strip() : "";
		FiscalYear year = year(typedYear, FiscalYear.of(this.figures.today()).startYear());
		if (!typedYear.isEmpty() && !typedYear.equals(String.valueOf(year.startYear()))) {
			errors.rejectValue("year", "invalid", "Choose a year from the list");
		}
		form.setYear(String.valueOf(year.startYear()));
		Area area = area(form, errors);
		List<Choice> days = new ArrayList<>();
		days.add(Choice.of("", "Today, or the year's last day"));
		for (java.time.YearMonth month : year.months()) {
			if (month.atEndOfMonth().isBefore(this.figures.today())) {
				days.add(Choice.of(month.atEndOfMonth().toString(), "The end of " + FiscalYear.monthName(month)));
			}
		}
		java.time.LocalDate day = days.stream()
			.filter((choice) -> !choice.value().isEmpty() && choice.value().equals(form.getOn()))
			.findFirst()
			.map((choice) -> java.time.LocalDate.parse(choice.value()))
			.orElse(year.lastDay());
		form.setOn(day.equals(year.lastDay()) ? "" : day.toString());
		return new Filters(year, day, area, days);
	}

	/**
	 * The area the form asks for: a region, a council or a patch, at most one of them.
	 */
	private Area area(DashboardForm form, BindingResult errors) {
		String regionCode = blankIfNull(form.getRegion());
		String councilSlug = blankIfNull(form.getCouncil());
		String patchOf = blankIfNull(form.getPatch());
		Optional<Region> region = this.places.regions()
			.stream()
			.filter((r) -> r.code().value().equals(regionCode))
			.findFirst();
		if (!regionCode.isEmpty() && region.isEmpty()) {
			errors.rejectValue("region", "invalid", "Choose a region from the list");
		}
		Optional<LocalAuthority> council = this.places.localAuthorities()
			.stream()
			.filter((c) -> c.slug().equals(councilSlug))
			.findFirst();
		if (!councilSlug.isEmpty() && council.isEmpty()) {
			errors.rejectValue("council", "invalid", "Choose a council from the list");
		}
		Optional<Map.Entry<AccountSummary, Patch>> patch = patchOf.isEmpty() ? Optional.empty()
				: coordinatorsWithPatches().entrySet()
					.stream()
					.filter((e) -> e.getKey().id().value().toString().equals(patchOf))
					.findFirst();
		if (!patchOf.isEmpty() && patch.isEmpty()) {
			errors.rejectValue("patch", "invalid", "Choose a coordinator's patch from the list");
		}
		int chosen = (regionCode.isEmpty() ? 0 : 1) + (councilSlug.isEmpty() ? 0 : 1) + (patchOf.isEmpty() ? 0 : 1);
		if (chosen > 1) {
			errors.rejectValue(councilSlug.isEmpty() ? "patch" : "council", "tooMany",
					"Choose a region, a council or a patch, not more than one: set the others back to All England, All councils or No patch");
		}
		if (errors.hasErrors()) {
			return Area.ENGLAND;
		}
		if (region.isPresent()) {
			return Area.of(region.get().code(), this.places);
		}
		if (council.isPresent()) {
			return Area.councils(council.get().name(), List.of(council.get().id()), List.of(council.get().region()));
		}
		if (patch.isPresent()) {
			List<LocalAuthority> covered = this.places.localAuthorities()
				.stream()
				.filter((c) -> patch.get().getValue().covers(c))
				.toList();
			return Area.councils(patchName(patch.get().getKey()), covered.stream().map(LocalAuthority::id).toList(),
					covered.stream().map(LocalAuthority::region).toList());
		}
		return Area.ENGLAND;
	}

	/** The active coordinators who have a patch, by name, with their patches. */
	private Map<AccountSummary, Patch> coordinatorsWithPatches() {
		Map<AccountSummary, Patch> found = new java.util.LinkedHashMap<>();
		List<AccountSummary> coordinators = this.accounts.activeWithRole(Role.COORDINATOR);
		Map<AccountId, Patch> patches = this.patches.ofEach(coordinators.stream().map(AccountSummary::id).toList());
		coordinators.stream()
			.sorted(java.util.Comparator.comparing(AccountSummary::displayName))
			.forEach((coordinator) -> {
				Patch patch = patches.get(coordinator.id());
				if (!patch.isEmpty()) {
					found.put(coordinator, patch);
				}
			});
		return found;
	}

	private static String patchName(AccountSummary coordinator) {
		return coordinator.displayName() + "'s patch";
	}

	private static String blankIfNull(String typed) {
		return (typed != null) ? typed.strip() : "";
	}

	private record Filters(FiscalYear year, java.time.LocalDate day, Area area, List<Choice> days) {

	}

	@GetMapping("/admin/impact-targets")
	String targets(@ModelAttribute("form") TargetsForm form, Model model) {
		FiscalYear year = year(form.getYear(), FiscalYear.of(this.figures.today()).startYear());
		form.setYear(String.valueOf(year.startYear()));
		this.targets.of(year).forEach((measure, target) -> form.set(measure, String.valueOf(target)));
		return targetsPage(year, model);
	}

	@PostMapping("/admin/impact-targets")
	String setTargets(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") TargetsForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		FiscalYear year = year(form.getYear(), -1);
		if (year.startYear() < FiscalYear.FIRST || year.startYear() > currentYear() + 1) {
			errors.rejectValue("year", "invalid", "Choose a year from the list");
		}
		Map<Measure, Integer> typed = new EnumMap<>(Measure.class);
		for (Measure measure : Measure.values()) {
			String value = (form.get(measure) != null) ? form.get(measure).strip().replace(",", "") : "";
			form.set(measure, (form.get(measure) != null) ? form.get(measure).strip() : "");
			if (value.isEmpty()) {
				errors.rejectValue(measure.field(), "required", "Enter a target for " + lower(measure.shortName()));
				continue;
			}
			if (!value.matches("[0-9]{1,8}")) {
				errors.rejectValue(measure.field(), "invalid",
						"The target for " + lower(measure.shortName()) + " must be a whole number, like 250");
				continue;
			}
			int target = Integer.parseInt(value);
			if (target > Targets.MAX) {
				errors.rejectValue(measure.field(), "invalid",
						"The target for " + lower(measure.shortName()) + " must be 10,000,000 or fewer");
				continue;
			}
			typed.put(measure, target);
		}
		if (errors.hasErrors()) {
			return targetsPage((year.startYear() >= FiscalYear.FIRST) ? year : FiscalYear.of(this.figures.today()),
					model);
		}
		boolean changed = this.targets.set(year, typed, user.id());
		redirect.addFlashAttribute("done", changed ? "The targets for " + year.label() + " are saved"
				: "The targets for " + year.label() + " are unchanged");
		return "redirect:/admin/impact-targets?year=" + year.startYear();
	}

	private String targetsPage(FiscalYear year, Model model) {
		model.addAttribute("year", year);
		model.addAttribute("goals", Measure.goals());
		model.addAttribute("kpis", Measure.kpis());
		model.addAttribute("yearChoices", yearChoices(currentYear() + 1));
		List<String> fields = new ArrayList<>();
		fields.add("year");
		Arrays.stream(Measure.values()).map(Measure::field).forEach(fields::add);
		model.addAttribute("fields", fields);
		return "impact/targets";
	}

	private int currentYear() {
		return FiscalYear.of(this.figures.today()).startYear();
	}

	private List<Choice> yearChoices(int latest) {
		List<Choice> years = new ArrayList<>();
		for (int year = latest; year >= FiscalYear.FIRST; year--) {
			years.add(Choice.of(String.valueOf(year), new FiscalYear(year).label()));
		}
		return years;
	}

	private FiscalYear year(String typed, int otherwise) {
		int year = otherwise;
		if (typed != null && typed.matches("[0-9]{4}")) {
			int wanted = Integer.parseInt(typed);
			if (wanted >= FiscalYear.FIRST && wanted <= currentYear() + 1) {
				year = wanted;
			}
		}
		return new FiscalYear(year);
	}

	private static String lower(String words) {
		return Character.toLowerCase(words.charAt(0)) + words.substring(1);
	}

}
