package org.covenantconnects.impact.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.covenantconnects.impact.OpportunityCoverage;
import org.covenantconnects.opportunity.Category;
import org.covenantconnects.opportunity.Outcome;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.Region;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.platform.Choice;
import org.covenantconnects.platform.CsvCells;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where opportunities are missing, for the Covenant team: open opportunities per care
 * leaver on Connects by council, category and outcome, the least served first, in all
 * England or one region; the councils' table also as CSV.
 */
@Controller
class CoverageController {

	private final OpportunityCoverage coverage;

	private final Places places;

	CoverageController(OpportunityCoverage coverage, Places places) {
		this.coverage = coverage;
		this.places = places;
	}

	@GetMapping("/coordinator/impact/coverage")
	String coverage(@ModelAttribute("form") CoverageForm form, Model model) {
		Filters filters = filters(form);
		model.addAttribute("coverage", this.coverage.of(filters.regionCode(), filters.category(), filters.outcome()));
		model.addAttribute("areaName", filters.region().map(Region::name).orElse("All England"));
		model.addAttribute("category", filters.category());
		model.addAttribute("outcome", filters.outcome());
		List<Choice> regions = new ArrayList<>();
		regions.add(Choice.of("", "All England"));
		this.places.regions().forEach((r) -> regions.add(Choice.of(r.code().value(), r.name())));
		model.addAttribute("regionChoices", regions);
		List<Choice> categories = new ArrayList<>();
		categories.add(Choice.of("", "All categories"));
		Arrays.stream(Category.values()).forEach((c) -> categories.add(Choice.of(c.name(), c.label())));
		model.addAttribute("categoryChoices", categories);
		List<Choice> outcomes = new ArrayList<>();
		outcomes.add(Choice.of("", "All outcomes"));
		Arrays.stream(Outcome.values()).forEach((o) -> outcomes.add(Choice.of(o.name(), o.label())));
		model.addAttribute("outcomeChoices", outcomes);
		model.addAttribute("csv",
				UriComponentsBuilder.fromPath("/coordinator/impact/coverage/csv")
					.queryParam("region", form.getRegion())
					.queryParam("category", form.getCategory())
					.queryParam("outcome", form.getOutcome())
					.build()
					.encode()
					.toUriString());
		return "impact/coverage";
	}

	@GetMapping("/coordinator/impact/coverage/csv")
	ResponseEntity<String> csv(@ModelAttribute("form") CoverageForm form) {
		Filters filters = filters(form);
		OpportunityCoverage.Coverage coverage = this.coverage.of(filters.regionCode(), filters.category(),
				filters.outcome());
		StringBuilder csv = new StringBuilder();
		csv.append(CsvCells.row(List.of("Council", "Region", "Care leavers on Connects", "Open opportunities",
				"Open opportunities per care leaver")));
		for (OpportunityCoverage.Row row : coverage.councils()) {
			BigDecimal ratio = row.perCareLeaver();
			csv.append(CsvCells.row(List.of(row.name(), row.region(), String.valueOf(row.careLeavers()),
					String.valueOf(row.open()), (ratio != null) ? ratio.toPlainString() : "")));
		}
		StringBuilder name = new StringBuilder("opportunity-coverage-");
		name.append(filters.region().map(Region::slug).orElse("england"));
		if (filters.category() != null) {
			name.append('-').append(filters.category().name().toLowerCase(Locale.ROOT).replace('_', '-'));
		}
		if (filters.outcome() != null) {
			name.append('-').append(filters.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'));
		}
		name.append(".csv");
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name.toString()).build().toString())
			.body(csv.toString());
	}

	/** The filters chosen; anything not in the lists is read as "all", and shown so. */
	private Filters filters(CoverageForm form) {
		Optional<Region> region = this.places.regions()
			.stream()
			.filter((r) -> r.code().value().equals(form.getRegion()))
			.findFirst();
		Category category = Arrays.stream(Category.values())
			.filter((c) -> c.name().equals(form.getCategory()))
			.findFirst()
			.orElse(null);
		Outcome outcome = Arrays.stream(Outcome.values())
			.filter((o) -> o.name().equals(form.getOutcome()))
			.findFirst()
			.orElse(null);
		form.setRegion(region.map((r) -> r.code().value()).orElse(""));
		form.setCategory((category != null) ? category.name() : "");
		form.setOutcome((outcome != null) ? outcome.name() : "");
		return new Filters(region, category, outcome);
	}

	private record Filters(Optional<Region> region, Category category, Outcome outcome) {

		RegionCode regionCode() {
			return this.region.map(Region::code).orElse(null);
		}

	}

}
