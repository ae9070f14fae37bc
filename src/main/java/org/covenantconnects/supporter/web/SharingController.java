package org.covenantconnects.supporter.web;

import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.RateLimits;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.opportunity.OpportunityView;
import org.covenantconnects.platform.EmailAddress;
import org.covenantconnects.supporter.Supporters;
import org.covenantconnects.supporter.internal.SharingSection;

import org.springframework.beans.factory.annotation.Value;
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
 * A verified supporter sends an open opportunity to a young person by email. The form is
 * on the opportunity's page; this page shows it again with any problems, and after
 * sending. Supporters who are not verified are sent to their home, which says why.
 */
@Controller
class SharingController {

	private final Supporters supporters;

	private final Opportunities opportunities;

	private final RateLimits rateLimits;

	private final String baseUrl;

	SharingController(Supporters supporters, Opportunities opportunities, RateLimits rateLimits,
			@Value("${connects.base-url}") String baseUrl) {
		this.supporters = supporters;
		this.opportunities = opportunities;
		this.rateLimits = rateLimits;
		this.baseUrl = baseUrl;
	}

	@GetMapping("/opportunities/{id}/share")
	String form(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, Model model) {
		if (!this.supporters.isVerified(user.id())) {
			return "redirect:/supporter";
		}
		model.addAttribute("shareForm", new ShareForm());
		return page(open(id), model);
	}

	@PostMapping("/opportunities/{id}/share")
	String send(@PathVariable String id, @ModelAttribute("shareForm") ShareForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (!this.supporters.isVerified(user.id())) {
			return "redirect:/supporter";
		}
		OpportunityView opportunity = open(id);
		String recipient = (form.getRecipient() != null) ? form.getRecipient().trim() : "";
		if (recipient.isEmpty()) {
			errors.rejectValue("recipient", "required", "Enter the young person's email address");
		}
		else if (!EmailAddress.isValid(recipient)) {
			errors.rejectValue("recipient", "format", EmailAddress.WRONG_FORMAT);
		}
		if (!errors.hasErrors() && !this.rateLimits.tryAcquire(RateLimits.Action.SHARE, user.id().toString())) {
			errors.rejectValue("recipient", "rate", "You have sent " + this.rateLimits.capacity(RateLimits.Action.SHARE)
					+ " opportunities in the last hour. Try again later");
		}
		if (errors.hasErrors()) {
			return page(opportunity, model);
		}
		this.supporters.share(user.id(), opportunity, recipient);
		redirect.addFlashAttribute("sentTo", recipient);
		return "redirect:/opportunities/" + opportunity.id() + "/share";
	}

	private String page(OpportunityView opportunity, Model model) {
		model.addAttribute("opportunity", opportunity);
		model.addAttribute("shareLink", SharingSection.link(this.baseUrl, opportunity));
		return "supporter/share-page";
	}

	/** An open opportunity; any other id is answered as not found. */
	private OpportunityView open(String id) {
		return OpportunityId.parse(id)
			.flatMap(this.opportunities::findPublic)
			.filter(OpportunityView::isOpen)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
