package org.covenantconnects.takeup.web;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.covenantconnects.platform.Choice;
import org.covenantconnects.takeup.TakeUpFunnel;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Coordinators watch take-up: the funnel by a breakdown and fiscal year, as a table and
 * as CSV.
 */
@Controller
class CoordinatorTakeUpController {

	private static final int FIRST_YEAR = 2020;

	private final TakeUpFunnel funnel;

	private final Clock clock;

	CoordinatorTakeUpController(TakeUpFunnel funnel, Clock clock) {
		this.funnel = funnel;
		this.clock = clock;
	}

	@GetMapping("/coordinator/take-up")
	String funnel(@ModelAttribute("form") FunnelForm form, Model model) {
		TakeUpFunnel.Figures figures = figures(form);
		form.setBreakdown(figures.breakdown().name());
		form.setYear(String.valueOf(figures.year()));
		model.addAttribute("figures", figures);
		model.addAttribute("breakdownChoices",
				Arrays.stream(TakeUpFunnel.Breakdown.values()).map((b) -> Choice.of(b.name(), b.label())).toList());
		List<Choice> years = new ArrayList<>();
		for (int year = currentYear(); year >= FIRST_YEAR; year--) {
			years.add(Choice.of(String.valueOf(year), "April " + year + " to March " + (year + 1)));
		}
		model.addAttribute("yearChoices", years);
		return "takeup/coordinator-take-up";
	}

	@GetMapping("/coordinator/take-up/export")
	ResponseEntity<String> export(@ModelAttribute("form") FunnelForm form) throws IOException {
		TakeUpFunnel.Figures figures = figures(form);
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			csv.printRecord(figures.breakdown().label(), "Began", "Applied", "Offered", "Started or claimed",
					"Completed or still going", "Ended early");
			for (TakeUpFunnel.Row row : figures.rows()) {
				csv.printRecord(cell(row.name()), row.began(), row.applied(), row.offered(), row.started(),
						row.outcome(), row.endedEarly());
			}
			TakeUpFunnel.Row total = figures.total();
			csv.printRecord(total.name(), total.began(), total.applied(), total.offered(), total.started(),
					total.outcome(), total.endedEarly());
		}
		String name = "take-up-" + figures.breakdown().name().toLowerCase(Locale.ROOT) + "-" + figures.year() + ".csv";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(out.toString());
	}

	private TakeUpFunnel.Figures figures(FunnelForm form) {
		TakeUpFunnel.Breakdown breakdown = Arrays.stream(TakeUpFunnel.Breakdown.values())
			.filter((b) -> b.name().equals(form.getBreakdown()))
			.findFirst()
			.orElse(TakeUpFunnel.Breakdown.ORIENTATION);
		int current = currentYear();
		int year = (form.getYear() != null && form.getYear().matches("\\d{4}"))
				? Math.max(FIRST_YEAR, Math.min(current, Integer.parseInt(form.getYear()))) : current;
		return this.funnel.figures(breakdown, year);
	}

	private int currentYear() {
		return TakeUpFunnel.currentFiscalYear(LocalDate.now(this.clock.withZone(ZoneId.of("Europe/London"))));
	}

	/** A spreadsheet must not read a name as a formula. */
	private static String cell(String value) {
		return (value != null && !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
	}

	/** The breakdown and fiscal year chosen. */
	static class FunnelForm {

		private String breakdown;

		private String year;

		public String getBreakdown() {
			return this.breakdown;
		}

		public void setBreakdown(String breakdown) {
			this.breakdown = breakdown;
		}

		public String getYear() {
			return this.year;
		}

		public void setYear(String year) {
			this.year = year;
		}

	}

}
