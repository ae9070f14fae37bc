package org.covenantconnects.supporter.web;

import java.util.List;
import java.util.Map;

import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.Region;
import org.covenantconnects.supporter.CouncilEmailDomains;
import org.covenantconnects.supporter.internal.DomainNames;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Coordinators keep each council's list of allowed email domains. */
@Controller
class EmailDomainsController {

	private final CouncilEmailDomains domains;

	private final Places places;

	EmailDomainsController(CouncilEmailDomains domains, Places places) {
		this.domains = domains;
		this.places = places;
	}

	@GetMapping("/coordinator/council-email-domains")
	String councils(Model model) {
		Map<LocalAuthorityId, List<String>> all = this.domains.all();
		model.addAttribute("rows",
				this.places.localAuthorities()
					.stream()
					.map((council) -> new CouncilRow(council.name(), council.slug(),
							this.places.region(council.region()).map(Region::name).orElse(""),
							String.join(", ", all.getOrDefault(council.id(), List.of()))))
					.toList());
		return "supporter/councils";
	}

	@GetMapping("/coordinator/council-email-domains/{slug}")
	String council(@PathVariable String slug, Model model) {
		model.addAttribute("form", new DomainForm());
		return councilPage(load(slug), model);
	}

	@PostMapping("/coordinator/council-email-domains/{slug}")
	String add(@PathVariable String slug, @ModelAttribute("form") DomainForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		LocalAuthority council = load(slug);
		this.domains.problemWith(council.id(), form.getDomain())
			.ifPresent((problem) -> errors.rejectValue("domain", "invalid", problem));
		if (errors.hasErrors()) {
			return councilPage(council, model);
		}
		String added = this.domains.add(council.id(), form.getDomain(), user.id());
		redirect.addFlashAttribute("done", added + " is now allowed for " + council.name());
		return "redirect:/coordinator/council-email-domains/" + council.slug();
	}

	@PostMapping("/coordinator/council-email-domains/{slug}/remove")
	String remove(@PathVariable String slug, @RequestParam(defaultValue = "") String domain,
			RedirectAttributes redirect) {
		LocalAuthority council = load(slug);
		if (this.domains.remove(council.id(), domain)) {
			redirect.addFlashAttribute("done",
					DomainNames.normalise(domain) + " is no longer allowed for " + council.name());
		}
		return "redirect:/coordinator/council-email-domains/" + council.slug();
	}

	private String councilPage(LocalAuthority council, Model model) {
		model.addAttribute("council", council);
		model.addAttribute("region", this.places.region(council.region()).map(Region::name).orElse(""));
		model.addAttribute("domains", this.domains.of(council.id()));
		return "supporter/council";
	}

	private LocalAuthority load(String slug) {
		return this.places.localAuthorities()
			.stream()
			.filter((council) -> council.slug().equals(slug))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	record CouncilRow(String name, String slug, String region, String domains) {

	}

	/** A domain a coordinator types. */
	static class DomainForm {

		private String domain;

		public String getDomain() {
			return this.domain;
		}

		public void setDomain(String domain) {
			this.domain = domain;
		}

	}

}
