package org.covenantconnects.impact.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.covenantconnects.event.EventKind;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.impact.Basis;
import org.covenantconnects.impact.Cadence;
import org.covenantconnects.impact.DefinedKpi;
import org.covenantconnects.impact.DefinedKpis;
import org.covenantconnects.impact.FiscalYear;
import org.covenantconnects.impact.ImpactFigures;
import org.covenantconnects.impact.Targets;
import org.covenantconnects.opportunity.Orientation;
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
 * Where administrators define KPIs from the records the service holds (ADR 052): the
 * list, with those retired; defining one from a closed choice of what it counts and how
 * that is narrowed; and one KPI, with each year's own target to set and a button to
 * retire it. Each change is written to the admin audit log.
 */
@Controller
class DefinedKpisController {

	private static final List<String> FIELDS = List.of("name", "definition", "basis", "orientation", "eventKind",
			"cadence", "target");

	private final DefinedKpis kpis;

	private final ImpactFigures figures;

	DefinedKpisController(DefinedKpis kpis, ImpactFigures figures) {
		this.kpis = kpis;
		this.figures = figures;
	}

	@GetMapping("/admin/impact-kpis")
	String list(Model model) {
		model.addAttribute("kpis", this.kpis.all());
		model.addAttribute("metaDescription", "The KPIs administrators defined from the records Connects holds.");
		return "impact/kpis";
	}

	@GetMapping("/admin/impact-kpis/new")
	String add(@ModelAttribute("form") KpiForm form, Model model) {
		return addPage(model);
	}

	@PostMapping("/admin/impact-kpis")
	String define(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") KpiForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		String name = stripped(form.getName());
		String definition = stripped(form.getDefinition());
		form.setName(name);
		form.setDefinition(definition);
		if (name.isEmpty()) {
			errors.rejectValue("name", "required", "Enter a name for the KPI");
		}
		else if (name.length() > DefinedKpis.LONGEST_NAME) {
			errors.rejectValue("name", "invalid", "The name must be 80 characters or fewer");
		}
		else if (this.kpis.nameTaken(name)) {
			errors.rejectValue("name", "taken",
					"There is already a goal or KPI called " + name + ": choose another name");
		}
		if (definition.isEmpty()) {
			errors.rejectValue("definition", "required",
					"Enter the definition: what the KPI counts, in words shown beside its figure");
		}
		else if (definition.length() > DefinedKpis.LONGEST_DEFINITION) {
			errors.rejectValue("definition", "invalid", "The definition must be 1,000 characters or fewer");
		}
		Optional<Basis> basis = Arrays.stream(Basis.values())
			.filter((b) -> b.name().equals(form.getBasis()))
			.findFirst();
		if (basis.isEmpty()) {
			errors.rejectValue("basis", "required", "Choose what the KPI counts");
		}
		Orientation orientation = Arrays.stream(Orientation.values())
			.filter((o) -> o.name().equals(form.getOrientation()))
			.findFirst()
			.orElse(null);
		if (!stripped(form.getOrientation()).isEmpty() && orientation == null) {
			errors.rejectValue("orientation", "invalid", "Choose which opportunities from the list");
		}
		else if (orientation != null && basis.isPresent() && basis.get().narrowing() != Basis.Narrowing.ORIENTATION) {
			errors.rejectValue("orientation", "unfit",
					"Choose All opportunities: only opportunities published and take-ups can be narrowed to some opportunities");
		}
		EventKind eventKind = Arrays.stream(EventKind.values())
			.filter((k) -> k.name().equals(form.getEventKind()))
			.findFirst()
			.orElse(null);
		if (!stripped(form.getEventKind()).isEmpty() && eventKind == null) {
			errors.rejectValue("eventKind", "invalid", "Choose which events from the list");
		}
		else if (eventKind != null && basis.isPresent() && basis.get().narrowing() != Basis.Narrowing.EVENT_KIND) {
			errors.rejectValue("eventKind", "unfit",
					"Choose All events: only events held and attendances can be narrowed to one kind of event");
		}
		Optional<Cadence> cadence = Arrays.stream(Cadence.values())
			.filter((c) -> c.name().equals(form.getCadence()))
			.findFirst();
		if (cadence.isEmpty()) {
			errors.rejectValue("cadence", "required", "Choose how often the KPI needs activity");
		}
		Integer target = target(form.getTarget(), "target", errors);
		form.setTarget(stripped(form.getTarget()));
		if (errors.hasErrors() || basis.isEmpty() || cadence.isEmpty() || target == null) {
			return addPage(model);
		}
		DefinedKpi kpi = this.kpis.define(name, definition, basis.get(), orientation, eventKind, cadence.get(), target,
				user.id());
		redirect.addFlashAttribute("done", "The KPI " + kpi.shortName() + " is defined");
		return "redirect:/admin/impact-kpis/" + kpi.number();
	}

	@GetMapping("/admin/impact-kpis/{number}")
	String show(@PathVariable String number, @ModelAttribute("form") KpiTargetForm form, Model model) {
		DefinedKpi kpi = kpi(number);
		form.setYear(String.valueOf(currentYear()));
		return kpiPage(kpi, model);
	}

	@PostMapping("/admin/impact-kpis/{number}/targets")
	String setTarget(@PathVariable String number, @AuthenticationPrincipal CurrentUser user,
			@ModelAttribute("form") KpiTargetForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		DefinedKpi kpi = kpi(number);
		String typedYear = stripped(form.getYear());
		FiscalYear year = null;
		if (typedYear.matches("[0-9]{4}") && Integer.parseInt(typedYear) >= FiscalYear.FIRST
				&& Integer.parseInt(typedYear) <= currentYear() + 1) {
			year = new FiscalYear(Integer.parseInt(typedYear));
		}
		else {
			errors.rejectValue("year", "invalid", "Choose a year from the list");
		}
		Integer target = target(form.getTarget(), "target", errors);
		form.setTarget(stripped(form.getTarget()));
		if (errors.hasErrors() || year == null || target == null) {
			return kpiPage(kpi, model);
		}
		boolean changed = this.kpis.setTarget(kpi, year, target, user.id());
		redirect.addFlashAttribute("done", changed ? "The target for " + year.label() + " is saved"
				: "The target for " + year.label() + " is unchanged");
		return "redirect:/admin/impact-kpis/" + kpi.number();
	}

	@PostMapping("/admin/impact-kpis/{number}/retire")
	String retire(@PathVariable String number, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		DefinedKpi kpi = kpi(number);
		boolean retired = this.kpis.retire(kpi, user.id());
		redirect.addFlashAttribute("done", retired ? "The KPI " + kpi.shortName() + " is retired"
				: "The KPI " + kpi.shortName() + " was retired already");
		return "redirect:/admin/impact-kpis/" + kpi.number();
	}

	private String addPage(Model model) {
		model.addAttribute("fields", FIELDS);
		model.addAttribute("basisChoices",
				Arrays.stream(Basis.values())
					.map((b) -> new Choice(b.name(), b.label(), "Counts " + b.counts() + "."))
					.toList());
		List<Choice> orientations = new ArrayList<>();
		orientations.add(Choice.of("", "All opportunities"));
		Arrays.stream(Orientation.values())
			.forEach((o) -> orientations.add(Choice.of(o.name(), o.label() + " opportunities only")));
		model.addAttribute("orientationChoices", orientations);
		List<Choice> kinds = new ArrayList<>();
		kinds.add(Choice.of("", "All events"));
		Arrays.stream(EventKind.values()).forEach((k) -> kinds.add(Choice.of(k.name(), k.label() + " only")));
		model.addAttribute("eventKindChoices", kinds);
		model.addAttribute("cadenceChoices",
				Arrays.stream(Cadence.values()).map((c) -> Choice.of(c.name(), c.label())).toList());
		model.addAttribute("metaDescription",
				"Define a KPI for the impact dashboard and the termly reports from the records Connects holds.");
		return "impact/kpi-new";
	}

	private String kpiPage(DefinedKpi kpi, Model model) {
		model.addAttribute("kpi", kpi);
		Map<Integer, Integer> own = this.kpis.targetsOf(kpi);
		List<YearTarget> years = new ArrayList<>();
		for (int year = currentYear() + 1; year >= FiscalYear.FIRST; year--) {
			if (own.containsKey(year) || year >= currentYear()) {
				years.add(new YearTarget(new FiscalYear(year), own.getOrDefault(year, kpi.target()),
						own.containsKey(year)));
			}
		}
		model.addAttribute("years", years);
		List<Choice> choices = new ArrayList<>();
		for (int year = currentYear() + 1; year >= FiscalYear.FIRST; year--) {
			choices.add(Choice.of(String.valueOf(year), new FiscalYear(year).label()));
		}
		model.addAttribute("yearChoices", choices);
		model.addAttribute("fields", List.of("year", "target"));
		model.addAttribute("metaDescription", "A KPI defined from the records Connects holds, and its targets.");
		return "impact/kpi";
	}

	private DefinedKpi kpi(String number) {
		if (!number.matches("[0-9]{1,9}")) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return this.kpis.find(Integer.parseInt(number))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static Integer target(String typed, String field, BindingResult errors) {
		String value = stripped(typed).replace(",", "");
		if (value.isEmpty()) {
			errors.rejectValue(field, "required", "Enter a target, like 120");
			return null;
		}
		if (!value.matches("[0-9]{1,8}")) {
			errors.rejectValue(field, "invalid", "The target must be a whole number, like 120");
			return null;
		}
		int target = Integer.parseInt(value);
		if (target > Targets.MAX) {
			errors.rejectValue(field, "invalid", "The target must be 10,000,000 or fewer");
			return null;
		}
		return target;
	}

	private int currentYear() {
		return FiscalYear.of(this.figures.today()).startYear();
	}

	private static String stripped(String typed) {
		return (typed != null) ? typed.strip() : "";
	}

	/** A year's target for the KPI, and whether it is the year's own. */
	record YearTarget(FiscalYear year, int target, boolean own) {

	}

}
