package org.covenantconnects.resource.web;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import org.covenantconnects.resource.PartnerResource;
import org.covenantconnects.resource.Resources;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public list of resources for partners, and downloading one. A file is always sent
 * as a download under the name made from its title, never shown in the page.
 */
@Controller
class PublicResourcesController {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final Resources resources;

	PublicResourcesController(Resources resources) {
		this.resources = resources;
	}

	@GetMapping("/resources")
	String list(Model model) {
		model.addAttribute("resources", this.resources.current());
		model.addAttribute("day", DAY);
		return "resource/resources";
	}

	@GetMapping("/resources/{id}")
	ResponseEntity<byte[]> download(@PathVariable UUID id) {
		PartnerResource resource = this.resources.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		byte[] content = this.resources.content(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.contentLength(content.length)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(resource.fileName()).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "no-cache")
			.body(content);
	}

}
