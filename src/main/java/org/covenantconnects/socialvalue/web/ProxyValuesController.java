package org.covenantconnects.socialvalue.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.socialvalue.Outcome;
import org.covenantconnects.socialvalue.ProxyValue;
import org.covenantconnects.socialvalue.ProxyValues;
import org.covenantconnects.socialvalue.SocialValues;

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
 * Where administrators keep the proxy values of social value: the list, with the defaults
 * marked as such, and one outcome's value, source and year to change (each change in the
 * admin audit log).
 */
@Controller
class ProxyValuesController {

	private static final List<String> FIELDS = List.of("pounds", "source", "year");

	private final ProxyValues proxies;

	private final SocialValues socialValues;

	ProxyValuesController(ProxyValues proxies, SocialValues socialValues) {
		this.proxies = proxies;
		this.socialValues = socialValues;
	}

	@GetMapping("/admin/social-value")
	String list(Model model) {
		model.addAttribute("values", this.proxies.all().values());
		model.addAttribute("metaDescription",
				"The proxy values that turn outcomes delivered through the Covenant into social value.");
		return "socialvalue/proxy-values";
	}

	@GetMapping("/admin/social-value/{slug}")
	String edit(@PathVariable String slug, @ModelAttribute("form") ProxyValueForm form, Model model) {
		ProxyValue value = this.proxies.of(outcome(slug));
		form.setPounds(value.pounds().substring(1).replace(",", ""));
		form.setSource(value.source());
		form.setYear(String.valueOf(value.year()));
		return editPage(value, model);
	}

	@PostMapping("/admin/social-value/{slug}")
	String change(@PathVariable String slug, @AuthenticationPrincipal CurrentUser user,
			@ModelAttribute("form") ProxyValueForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Outcome outcome = outcome(slug);
		String typedPounds = (form.getPounds() != null) ? form.getPounds().strip() : "";
		String source = (form.getSource() != null) ? form.getSource().strip() : "";
		String typedYear = (form.getYear() != null) ? form.getYear().strip() : "";
		form.setPounds(typedPounds);
		form.setSource(source);
		form.setYear(typedYear);
		Long pence = null;
		String amount = typedPounds.replaceFirst("^£", "").replace(",", "");
		if (amount.isEmpty()) {
			errors.rejectValue("pounds", "required", "Enter the value of one " + unitOf(outcome) + " in pounds");
		}
		else if (!amount.matches("[0-9]{1,7}(\\.[0-9]{1,2})?")) {
			errors.rejectValue("pounds", "invalid", "Enter the value in pounds, like 245 or 245.50");
		}
		else {
			pence = new BigDecimal(amount).movePointRight(2).longValueExact();
			if (pence > ProxyValues.MAX_PENCE) {
				errors.rejectValue("pounds", "invalid", "The value must be £1,000,000 or less");
			}
		}
		if (source.isEmpty()) {
			errors.rejectValue("source", "required", "Enter where the value comes from, like National TOMs 2024");
		}
		else if (source.length() > ProxyValues.MAX_SOURCE) {
			errors.rejectValue("source", "invalid", "The source must be 300 characters or fewer");
		}
		int latest = this.socialValues.today().getYear() + 1;
		int year = 0;
		if (typedYear.isEmpty()) {
			errors.rejectValue("year", "required", "Enter the year the value is for, like 2024");
		}
		else if (!typedYear.matches("[0-9]{4}") || Integer.parseInt(typedYear) < ProxyValues.FIRST_YEAR
				|| Integer.parseInt(typedYear) > latest) {
			errors.rejectValue("year", "invalid",
					"The year must be a year from " + ProxyValues.FIRST_YEAR + " to " + latest + ", like 2024");
		}
		else {
			year = Integer.parseInt(typedYear);
		}
		if (errors.hasErrors() || pence == null) {
			return editPage(this.proxies.of(outcome), model);
		}
		boolean changed = this.proxies.set(outcome, pence, source, year, user.id());
		redirect.addFlashAttribute("done",
				changed ? outcome.title() + ": the value is saved" : outcome.title() + ": the value is unchanged");
		return "redirect:/admin/social-value";
	}

	private String editPage(ProxyValue value, Model model) {
		model.addAttribute("value", value);
		model.addAttribute("fields", FIELDS);
		model.addAttribute("metaDescription", "Change the proxy value of one outcome of social value.");
		return "socialvalue/proxy-value";
	}

	private String unitOf(Outcome outcome) {
		return this.proxies.of(outcome).unit();
	}

	private static Outcome outcome(String slug) {
		return Arrays.stream(Outcome.values())
			.filter((outcome) -> outcome.slug().equals(slug))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
