package org.covenantconnects.concern.web;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.covenantconnects.concern.About;
import org.covenantconnects.concern.ConcernKind;
import org.covenantconnects.concern.Concerns;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.RateLimits;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.platform.Choice;
import org.covenantconnects.platform.EmailAddress;
import org.covenantconnects.signatory.Signatories;
import org.covenantconnects.signatory.SignatorySummary;

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

/**
 * Anyone, signed in or not, reports a concern about a published opportunity or a signed
 * organisation. Limited per network address and per signed-in account.
 */
@Controller
class ReportConcernController {

	private final Concerns concerns;

	private final Opportunities opportunities;

	private final Signatories signatories;

	private final RateLimits rateLimits;

	ReportConcernController(Concerns concerns, Opportunities opportunities, Signatories signatories,
			RateLimits rateLimits) {
		this.concerns = concerns;
		this.opportunities = opportunities;
		this.signatories = signatories;
		this.rateLimits = rateLimits;
	}

	@GetMapping("/opportunities/{id}/report-concern")
	String aboutOpportunity(@PathVariable String id, @ModelAttribute("concernForm") ConcernForm form,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		return page(opportunity(id), "/opportunities/" + id, user, model);
	}

	@PostMapping("/opportunities/{id}/report-concern")
	String reportAboutOpportunity(@PathVariable String id, @ModelAttribute("concernForm") ConcernForm form,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model) {
		About about = opportunity(id);
		return report(about, "/opportunities/" + id, form, errors, user, request, model);
	}

	@GetMapping("/signatories/{slug}/report-concern")
	String aboutOrganisation(@PathVariable String slug, @ModelAttribute("concernForm") ConcernForm form,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		return page(organisation(slug), "/signatories/" + slug, user, model);
	}

	@PostMapping("/signatories/{slug}/report-concern")
	String reportAboutOrganisation(@PathVariable String slug, @ModelAttribute("concernForm") ConcernForm form,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model) {
		return report(organisation(slug), "/signatories/" + slug, form, errors, user, request, model);
	}

	@GetMapping("/concern-reported")
	String reported() {
		return "concern/reported";
	}

	private String report(About about, String back, ConcernForm form, BindingResult errors, CurrentUser user,
			HttpServletRequest request, Model model) {
		ConcernKind kind = Arrays.stream(ConcernKind.values())
			.filter((k) -> k.name().equals(form.getKind()))
			.findFirst()
			.orElse(null);
		if (kind == null) {
			errors.rejectValue("kind", "missing", "Select what is wrong");
		}
		String description = (form.getDescription() != null) ? form.getDescription().trim() : "";
		if (description.isEmpty()) {
			errors.rejectValue("description", "missing", "Tell us what is wrong");
		}
		else if (description.length() > Concerns.LONGEST_TEXT) {
			errors.rejectValue("description", "long",
					"What is wrong must be " + Concerns.LONGEST_TEXT + " characters or fewer");
		}
		String email = (user == null && form.getEmail() != null) ? form.getEmail().trim() : "";
		if (!email.isEmpty() && !EmailAddress.isValid(email)) {
			errors.rejectValue("email", "format",
					(email.length() > EmailAddress.LONGEST) ? EmailAddress.TOO_LONG : EmailAddress.WRONG_FORMAT);
		}
		if (!errors.hasErrors() && !(this.rateLimits.tryAcquire(RateLimits.Action.CONCERN,
				"network:" + request.getRemoteAddr())
				&& (user == null || this.rateLimits.tryAcquire(RateLimits.Action.CONCERN, "account:" + user.id())))) {
			errors.reject("rate", "You have reported " + this.rateLimits.capacity(RateLimits.Action.CONCERN)
					+ " concerns in the last hour. Try again in an hour, or email the Covenant team");
		}
		if (errors.hasErrors()) {
			return page(about, back, user, model);
		}
		this.concerns.report(about, kind, description, user, email.isEmpty() ? null : email);
		return "redirect:/concern-reported";
	}

	private String page(About about, String back, CurrentUser user, Model model) {
		model.addAttribute("about", about);
		model.addAttribute("back", back);
		model.addAttribute("signedIn", user != null);
		model.addAttribute("kinds", kinds());
		return "concern/report";
	}

	static List<Choice> kinds() {
		return Arrays.stream(ConcernKind.values()).map((k) -> Choice.of(k.name(), k.label())).toList();
	}

	private About opportunity(String id) {
		return OpportunityId.parse(id)
			.flatMap(this.opportunities::findPublic)
			.map(About::opportunity)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private About organisation(String slug) {
		return this.signatories.bySlug(slug)
			.filter(SignatorySummary::isSigned)
			.map(About::organisation)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
