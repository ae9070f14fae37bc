package org.covenantconnects.impact.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.impact.Term;
import org.covenantconnects.impact.TermlyReport;
import org.covenantconnects.impact.TermlyReports;
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
 * The termly reports: the issued ones listed, for coordinators and administrators to
 * read; a coordinator prepares a term's report, writes its narrative and issues it, and
 * downloads an issued one as PDF, XLSX or CSV (ADR 040).
 */
@Controller
class ReportsController {

	private static final List<String> FIELDS = List.of("narrative");

	private final TermlyReports reports;

	ReportsController(TermlyReports reports) {
		this.reports = reports;
	}

	@GetMapping("/coordinator/impact/reports")
	String list(@ModelAttribute("form") ReportForm form, Model model) {
		if (form.getTerm() == null) {
			form.setTerm(this.reports.terms().get(0).code());
		}
		return listPage(model);
	}

	@GetMapping("/coordinator/impact/reports/new")
	String prepare(@ModelAttribute("form") ReportForm form, BindingResult errors, Model model) {
		Optional<Term> term = term(form.getTerm());
		if (term.isEmpty()) {
			errors.rejectValue("term", "invalid", "Choose a term from the list");
			return listPage(model);
		}
		form.setNarrative("");
		return previewPage(term.get(), "", model);
	}

	@PostMapping("/coordinator/impact/reports")
	String issue(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") ReportForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Optional<Term> term = term(form.getTerm());
		if (term.isEmpty()) {
			errors.rejectValue("term", "invalid", "Choose a term from the list");
			return listPage(model);
		}
		String narrative = (form.getNarrative() != null) ? form.getNarrative().strip().replace("\r\n", "\n") : "";
		if (narrative.isEmpty()) {
			errors.rejectValue("narrative", "required", "Enter the narrative: what the term's figures say");
		}
		else if (narrative.length() > TermlyReports.LONGEST_NARRATIVE) {
			errors.rejectValue("narrative", "tooLong", "The narrative must be 10,000 characters or fewer");
		}
		if (errors.hasErrors()) {
			return previewPage(term.get(), narrative, model);
		}
		TermlyReport issued = this.reports.issue(term.get(), narrative, user.id());
		redirect.addFlashAttribute("done",
				"The report for the " + lower(issued.term().label()) + " is issued, version " + issued.version());
		return "redirect:/coordinator/impact/reports/" + issued.id();
	}

	@GetMapping("/coordinator/impact/reports/{id}")
	String show(@PathVariable String id, Model model) {
		TermlyReport report = issued(id);
		model.addAttribute("report", report);
		model.addAttribute("charts",
				report.figures().stream().map((f) -> Chart.of(f, report.term().year().label())).toList());
		return "impact/report";
	}

	@GetMapping("/coordinator/impact/reports/{id}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String id) {
		TermlyReport report = issued(id);
		return download(ReportFiles.pdf(report), MediaType.APPLICATION_PDF, ReportFiles.name(report) + ".pdf");
	}

	@GetMapping("/coordinator/impact/reports/{id}/xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable String id) {
		TermlyReport report = issued(id);
		return download(ReportFiles.xlsx(report),
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
				ReportFiles.name(report) + ".xlsx");
	}

	@GetMapping("/coordinator/impact/reports/{id}/csv")
	ResponseEntity<byte[]> csv(@PathVariable String id) {
		TermlyReport report = issued(id);
		return download(ReportFiles.csv(report).getBytes(StandardCharsets.UTF_8),
				new MediaType("text", "csv", StandardCharsets.UTF_8), ReportFiles.name(report) + ".csv");
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

	private TermlyReport issued(String id) {
		UUID uuid;
		try {
			uuid = UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return this.reports.find(uuid).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Optional<Term> term(String code) {
		return Term.fromCode(code).filter(this.reports::canReportOn);
	}

	private String listPage(Model model) {
		model.addAttribute("termChoices",
				this.reports.terms().stream().map((t) -> Choice.of(t.code(), t.description())).toList());
		model.addAttribute("issued", this.reports.issued());
		model.addAttribute("fields", List.of("term"));
		return "impact/reports";
	}

	private String previewPage(Term term, String narrative, Model model) {
		TermlyReport report = this.reports.prepare(term, narrative);
		model.addAttribute("report", report);
		model.addAttribute("charts", report.figures().stream().map((f) -> Chart.of(f, term.year().label())).toList());
		model.addAttribute("fields", FIELDS);
		model.addAttribute("earlier",
				this.reports.issued().stream().filter((issued) -> issued.term().equals(term)).count());
		return "impact/report";
	}

	private static String lower(String words) {
		return Character.toLowerCase(words.charAt(0)) + words.substring(1);
	}

}
