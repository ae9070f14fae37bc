package org.covenantconnects.council.web;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpSession;

import org.covenantconnects.platform.CsvCells;
import org.covenantconnects.council.NameMatch;
import org.covenantconnects.council.PartnerListFile;
import org.covenantconnects.council.PartnerListImport;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.places.Places;
import org.covenantconnects.platform.Choice;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Importing a published partner list: upload, the match report (nothing changes), the
 * report as CSV, and recording the partnerships once every guess is confirmed. The list
 * read is kept in the session between the steps.
 */
@Controller
class PartnerListController {

	static final String UPLOADED = "councils.partnerList";

	private final PartnerListImport partnerList;

	private final Places places;

	PartnerListController(PartnerListImport partnerList, Places places) {
		this.partnerList = partnerList;
		this.places = places;
	}

	@GetMapping("/coordinator/councils/import")
	String upload(Model model) {
		return "council/import";
	}

	@PostMapping("/coordinator/councils/import")
	String read(@RequestParam(name = "file", required = false) MultipartFile file, HttpSession session, Model model) {
		String fileName = (file != null) ? file.getOriginalFilename() : null;
		if (file == null || file.isEmpty() && (fileName == null || fileName.isEmpty())) {
			model.addAttribute("problem", "Select a CSV file of council names");
			return "council/import";
		}
		byte[] bytes;
		try {
			bytes = file.getBytes();
		}
		catch (IOException ex) {
			model.addAttribute("problem", "The selected file could not be read: upload it again");
			return "council/import";
		}
		PartnerListFile.Reading reading = PartnerListFile.read(bytes);
		if (reading.isRefused()) {
			model.addAttribute("problem", reading.problem());
			return "council/import";
		}
		String name = (fileName != null && !fileName.isBlank()) ? fileName.strip() : "partner list";
		session.setAttribute(UPLOADED,
				new Uploaded(name.substring(0, Math.min(name.length(), 200)), new ArrayList<>(reading.names())));
		return "redirect:/coordinator/councils/import/report";
	}

	@GetMapping("/coordinator/councils/import/report")
	String report(HttpSession session, Model model) {
		Uploaded uploaded = (Uploaded) session.getAttribute(UPLOADED);
		if (uploaded == null) {
			return "redirect:/coordinator/councils/import";
		}
		List<NameMatch> report = this.partnerList.report(uploaded.names());
		Map<Integer, String> choices = new HashMap<>();
		report.stream()
			.filter((m) -> m.outcome() == org.covenantconnects.council.MatchOutcome.GUESS)
			.forEach((m) -> choices.put(m.row(), Integer.toString(m.council().id().value())));
		return reportPage(uploaded, report, choices, Map.of(), model);
	}

	@PostMapping("/coordinator/councils/import/report")
	String record(@RequestParam Map<String, String> params, HttpSession session,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		Uploaded uploaded = (Uploaded) session.getAttribute(UPLOADED);
		if (uploaded == null) {
			return "redirect:/coordinator/councils/import";
		}
		Map<Integer, String> choices = new HashMap<>();
		params.forEach((key, value) -> {
			if (key.matches("choice-\\d{1,4}")) {
				choices.put(Integer.parseInt(key.substring("choice-".length())), value);
			}
		});
		List<NameMatch> report = this.partnerList.report(uploaded.names());
		Map<Integer, String> problems = this.partnerList.problemsWith(report, choices);
		if (!problems.isEmpty()) {
			return reportPage(uploaded, report, choices, problems, model);
		}
		PartnerListImport.Result result = this.partnerList.record(uploaded.names(), uploaded.fileName(), choices,
				user.id());
		session.removeAttribute(UPLOADED);
		redirect.addFlashAttribute("done",
				"%d councils recorded as partners; %d were partners already; %d rows left out; %d duplicate rows"
					.formatted(result.recorded(), result.alreadyPartners(), result.leftOut(), result.duplicates()));
		return "redirect:/coordinator/councils";
	}

	@GetMapping("/coordinator/councils/import/report.csv")
	ResponseEntity<String> csv(HttpSession session) {
		Uploaded uploaded = (Uploaded) session.getAttribute(UPLOADED);
		StringBuilder csv = new StringBuilder(CsvCells.row(List.of("row", "name_as_published", "outcome", "council",
				"score", "runner_up", "runner_up_score", "duplicate_of_row")));
		if (uploaded != null) {
			for (NameMatch m : this.partnerList.report(uploaded.names())) {
				csv.append(CsvCells.row(List.of(Integer.toString(m.row()), m.published(), m.outcome().label(),
						(m.council() != null) ? m.council().name() : "", Double.toString(m.score()),
						(m.runnerUp() != null) ? m.runnerUp().name() : "",
						(m.runnerUp() != null) ? Double.toString(m.runnerUpScore()) : "",
						(m.duplicateOf() > 0) ? Integer.toString(m.duplicateOf()) : "")));
			}
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"partner-list-match-report.csv\"")
			.body(csv.toString());
	}

	private String reportPage(Uploaded uploaded, List<NameMatch> report, Map<Integer, String> choices,
			Map<Integer, String> problems, Model model) {
		List<Choice> councilChoices = new ArrayList<>();
		councilChoices.add(Choice.of(PartnerListImport.LEAVE_OUT, "Leave this row out"));
		this.places.localAuthorities()
			.forEach((c) -> councilChoices.add(Choice.of(Integer.toString(c.id().value()), c.name())));
		model.addAttribute("fileName", uploaded.fileName());
		model.addAttribute("rows", report);
		model.addAttribute("counts", PartnerListImport.counts(report));
		model.addAttribute("choices", choices);
		model.addAttribute("problems", problems);
		model.addAttribute("councilChoices", councilChoices);
		return "council/report";
	}

	/** The file name and the names read from it, kept in the session. */
	record Uploaded(String fileName, ArrayList<String> names) implements Serializable {

	}

}
