package org.covenantconnects.resource.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.platform.Choice;
import org.covenantconnects.platform.DateAnswer;
import org.covenantconnects.resource.Audience;
import org.covenantconnects.resource.PartnerResource;
import org.covenantconnects.resource.PdfFile;
import org.covenantconnects.resource.Resources;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Coordinators keep the resources for partners: every document with its earlier versions,
 * uploading a new document, and uploading a newer version of one.
 */
@Controller
class CoordinatorResourcesController {

	private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	private final Resources resources;

	CoordinatorResourcesController(Resources resources) {
		this.resources = resources;
	}

	@GetMapping("/coordinator/resources")
	String list(Model model) {
		Map<UUID, List<PartnerResource>> documents = new LinkedHashMap<>();
		this.resources.current().forEach((current) -> documents.put(current.documentId(), new java.util.ArrayList<>()));
		this.resources.allVersions()
			.forEach((version) -> documents.computeIfAbsent(version.documentId(), (id) -> new java.util.ArrayList<>())
				.add(version));
		model.addAttribute("documents", documents.values());
		model.addAttribute("day", PublicResourcesController.DAY);
		return "resource/coordinator-resources";
	}

	@GetMapping("/coordinator/resources/new")
	String upload(Model model) {
		model.addAttribute("form", new ResourceForm());
		return uploadPage(null, model);
	}

	@PostMapping("/coordinator/resources/new")
	String publish(@ModelAttribute("form") ResourceForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		Checked checked = check(form, errors);
		if (errors.hasErrors()) {
			return uploadPage(null, model);
		}
		PartnerResource published;
		try {
			published = this.resources.publish(checked.title(), checked.audiences(), checked.publishedOn(),
					checked.content(), user.id());
		}
		catch (Resources.NotAPdfException ex) {
			errors.rejectValue("file", "pdf", ex.getMessage());
			return uploadPage(null, model);
		}
		redirect.addFlashAttribute("done", published.title() + " is published on the resources page");
		return "redirect:/coordinator/resources";
	}

	@GetMapping("/coordinator/resources/{id}/new-version")
	String uploadVersion(@PathVariable UUID id, Model model) {
		PartnerResource earlier = load(id);
		ResourceForm form = new ResourceForm();
		form.setTitle(earlier.title());
		form.setAudiences(earlier.audiences().stream().map(Audience::name).toList());
		model.addAttribute("form", form);
		return uploadPage(earlier, model);
	}

	@PostMapping("/coordinator/resources/{id}/new-version")
	String publishVersion(@PathVariable UUID id, @ModelAttribute("form") ResourceForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		PartnerResource earlier = load(id);
		Checked checked = check(form, errors);
		if (errors.hasErrors()) {
			return uploadPage(earlier, model);
		}
		PartnerResource published;
		try {
			published = this.resources.publishNewVersion(earlier.id(), checked.title(), checked.audiences(),
					checked.publishedOn(), checked.content(), user.id());
		}
		catch (Resources.NotAPdfException ex) {
			errors.rejectValue("file", "pdf", ex.getMessage());
			return uploadPage(earlier, model);
		}
		redirect.addFlashAttribute("done", published.title() + " is replaced by the version of "
				+ PublicResourcesController.DAY.format(published.publishedOn()));
		return "redirect:/coordinator/resources";
	}

	private Checked check(ResourceForm form, BindingResult errors) {
		String title = (form.getTitle() != null) ? form.getTitle().strip() : "";
		if (title.isEmpty()) {
			errors.rejectValue("title", "required", "Enter the document's title");
		}
		else if (title.length() > Resources.LONGEST_TITLE) {
			errors.rejectValue("title", "long", "Title must be " + Resources.LONGEST_TITLE + " characters or fewer");
		}
		List<Audience> audiences = form.getAudiences()
			.stream()
			.flatMap((value) -> Arrays.stream(Audience.values()).filter((a) -> a.name().equals(value)))
			.toList();
		if (audiences.isEmpty() || audiences.size() != form.getAudiences().size()) {
			errors.rejectValue("audiences", "required", "Select who the document is for");
		}
		LocalDate publishedOn = null;
		DateAnswer.Reading reading = ((form.getPublishedOn() != null) ? form.getPublishedOn() : new DateAnswer())
			.read("The document's date", "Enter the document's date", LocalDate.now(ENGLAND).getYear());
		if (reading.isValid()) {
			publishedOn = reading.date();
		}
		else {
			errors.rejectValue(
					(reading.problem().part() != null) ? "publishedOn." + reading.problem().part() : "publishedOn",
					"invalid", reading.problem().message());
		}
		byte[] content = null;
		MultipartFile file = form.getFile();
		if (file == null || (file.isEmpty() && Optional.ofNullable(file.getOriginalFilename()).orElse("").isEmpty())) {
			errors.rejectValue("file", "required", "Select a PDF file");
		}
		else if (file.getSize() > PdfFile.LARGEST) {
			errors.rejectValue("file", "large", "The selected file must be 10 MB or smaller");
		}
		else {
			try {
				content = file.getBytes();
				PdfFile.problemWith(content).ifPresent((problem) -> errors.rejectValue("file", "pdf", problem));
			}
			catch (IOException ex) {
				errors.rejectValue("file", "unreadable", "The selected file could not be read: upload it again");
			}
		}
		return new Checked(title, audiences, publishedOn, content);
	}

	private String uploadPage(PartnerResource earlier, Model model) {
		model.addAttribute("earlier", earlier);
		model.addAttribute("audienceChoices",
				Arrays.stream(Audience.values()).map((a) -> Choice.of(a.name(), a.label())).toList());
		return "resource/upload";
	}

	private PartnerResource load(UUID id) {
		return this.resources.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private record Checked(String title, List<Audience> audiences, LocalDate publishedOn, byte[] content) {

	}

}
