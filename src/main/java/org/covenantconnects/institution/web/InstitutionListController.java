package org.covenantconnects.institution.web;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.institution.InstitutionListFile;
import org.covenantconnects.institution.InstitutionListFile.Column;
import org.covenantconnects.institution.InstitutionListImport;
import org.covenantconnects.institution.InstitutionListImport.ImportLine;
import org.covenantconnects.institution.InstitutionListImport.ImportOutcome;
import org.covenantconnects.platform.CsvCells;

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
 * Importing a list of colleges and universities: the upload with an example file, the
 * report of what each row will do (nothing changes), and the import once confirmed. The
 * file read is kept in the session between the steps, and read again at each.
 */
@Controller
class InstitutionListController {

	static final String UPLOADED = "institutions.list";

	/** The example list offered to download: one row of each kind of use. */
	static final List<List<String>> EXAMPLE = List.of(Arrays.stream(Column.values()).map(Column::heading).toList(),
			List.of("Newcastle College", "FE", "NCG", "North East", "North", "https://www.ncl-coll.example",
					"ncl-coll.example", "yes"),
			List.of("Tyne Valley College", "FE", "", "North East", "North", "https://www.tynevalley.example",
					"tynevalley.example", "no"),
			List.of("University of the Fens", "HE", "", "East of England", "Midlands", "https://www.fens.example",
					"fens.example staff.fens.example", "yes"));

	private final InstitutionListImport lists;

	InstitutionListController(InstitutionListImport lists) {
		this.lists = lists;
	}

	@GetMapping("/coordinator/institutions/import")
	String upload(Model model) {
		return uploadPage(model);
	}

	@PostMapping("/coordinator/institutions/import")
	String read(@RequestParam(name = "file", required = false) MultipartFile file, HttpSession session, Model model) {
		String fileName = (file != null) ? file.getOriginalFilename() : null;
		if (file == null || file.isEmpty() && (fileName == null || fileName.isEmpty())) {
			model.addAttribute("problem", "Select a CSV file of colleges and universities");
			return uploadPage(model);
		}
		byte[] bytes;
		try {
			bytes = file.getBytes();
		}
		catch (IOException ex) {
			model.addAttribute("problem", "The selected file could not be read: upload it again");
			return uploadPage(model);
		}
		InstitutionListFile.Reading reading = InstitutionListFile.read(bytes);
		if (reading.isRefused()) {
			model.addAttribute("problem", reading.problem());
			return uploadPage(model);
		}
		String name = (fileName != null && !fileName.isBlank()) ? fileName.strip() : "list of institutions";
		session.setAttribute(UPLOADED, new Uploaded(name.substring(0, Math.min(name.length(), 200)),
				new String(bytes, StandardCharsets.UTF_8)));
		return "redirect:/coordinator/institutions/import/report";
	}

	@GetMapping("/coordinator/institutions/import/report")
	String report(HttpSession session, Model model) {
		Optional<Read> read = read(session);
		if (read.isEmpty()) {
			return "redirect:/coordinator/institutions/import";
		}
		return reportPage(read.get(), this.lists.report(read.get().reading().rows()), null, model);
	}

	@PostMapping("/coordinator/institutions/import/report")
	String confirm(@RequestParam(name = "report", required = false) String fingerprint, HttpSession session,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		Optional<Read> read = read(session);
		if (read.isEmpty()) {
			return "redirect:/coordinator/institutions/import";
		}
		List<InstitutionListFile.ListedRow> rows = read.get().reading().rows();
		Optional<InstitutionListImport.Result> result = this.lists.apply(rows, read.get().fileName(),
				(fingerprint != null) ? fingerprint : "", user.id());
		if (result.isEmpty()) {
			return reportPage(read.get(), this.lists.report(rows),
					"The colleges and universities changed since you checked the list: check the report again", model);
		}
		session.removeAttribute(UPLOADED);
		redirect.addFlashAttribute("done", "The list is imported: %d added, %d updated, %d unchanged"
			.formatted(result.get().added(), result.get().updated(), result.get().unchanged()));
		return "redirect:/coordinator/institutions";
	}

	@GetMapping("/coordinator/institutions/import/example.csv")
	ResponseEntity<String> example() {
		StringBuilder csv = new StringBuilder();
		EXAMPLE.forEach((row) -> csv.append(CsvCells.row(row)));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"colleges-and-universities-example.csv\"")
			.body(csv.toString());
	}

	private Optional<Read> read(HttpSession session) {
		if (!(session.getAttribute(UPLOADED) instanceof Uploaded uploaded)) {
			return Optional.empty();
		}
		InstitutionListFile.Reading reading = InstitutionListFile
			.read(uploaded.text().getBytes(StandardCharsets.UTF_8));
		return reading.isRefused() ? Optional.empty() : Optional.of(new Read(uploaded.fileName(), reading));
	}

	private String uploadPage(Model model) {
		model.addAttribute("columns", Column.values());
		return "institution/import";
	}

	private String reportPage(Read read, List<ImportLine> report, String changedSince, Model model) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (changedSince != null) {
			problems.put("report-rows", changedSince);
		}
		report.stream()
			.filter((line) -> line.outcome() == ImportOutcome.REFUSED)
			.forEach((line) -> problems.put("row-" + line.row(),
					"Row %d: %s".formatted(line.row(), String.join("; ", line.problems()))));
		model.addAttribute("fileName", read.fileName());
		model.addAttribute("rows", report);
		model.addAttribute("counts", InstitutionListImport.counts(report));
		model.addAttribute("problems", problems);
		model.addAttribute("refused", report.stream().anyMatch((line) -> line.outcome() == ImportOutcome.REFUSED));
		model.addAttribute("fingerprint", InstitutionListImport.fingerprint(report));
		return "institution/import-report";
	}

	/** The file name and the file's text as uploaded, kept in the session. */
	record Uploaded(String fileName, String text) implements Serializable {

	}

	private record Read(String fileName, InstitutionListFile.Reading reading) {

	}

}
