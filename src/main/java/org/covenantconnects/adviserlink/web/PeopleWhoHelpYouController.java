package org.covenantconnects.adviserlink.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.covenantconnects.adviserlink.Links;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.RateLimits;
import org.covenantconnects.platform.EmailAddress;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A care leaver's "People who help you": the supporters they are linked with and what
 * each can see, requests waiting for their answer, inviting a supporter, ending a link,
 * and dismissing a suggestion from For you. Each acts only on the signed-in young
 * person's own links.
 */
@Controller
class PeopleWhoHelpYouController {

	private final Links links;

	private final RateLimits rateLimits;

	PeopleWhoHelpYouController(Links links, RateLimits rateLimits) {
		this.links = links;
		this.rateLimits = rateLimits;
	}

	@GetMapping("/people-who-help-you")
	String page(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("linked",
				this.links.supportersOf(user.id())
					.stream()
					.map((link) -> new Person(link.id(), this.links.describe(link.supporter())))
					.toList());
		model.addAttribute("requests",
				this.links.requestsFor(user.id())
					.stream()
					.map((link) -> new Person(link.id(), this.links.describe(link.supporter())))
					.toList());
		model.addAttribute("invited",
				this.links.invitationsSentBy(user.id())
					.stream()
					.map((link) -> new Person(link.id(), link.invitedEmail()))
					.toList());
		return "adviserlink/people-who-help-you";
	}

	@GetMapping("/people-who-help-you/invite")
	String inviteForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("form", new EmailForm());
		return "adviserlink/invite";
	}

	@PostMapping("/people-who-help-you/invite")
	String invite(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") EmailForm form,
			BindingResult errors, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return "adviserlink/invite";
		}
		if (EmailAddress.same(form.getEmail(), user.getUsername())) {
			errors.rejectValue("email", "own", "Enter your adviser's email address, not your own");
			return "adviserlink/invite";
		}
		if (!this.rateLimits.tryAcquire(RateLimits.Action.LINK_REQUEST, user.id().toString())) {
			errors.rejectValue("email", "rate",
					"You have sent " + this.rateLimits.capacity(RateLimits.Action.LINK_REQUEST)
							+ " requests in the last hour. Try again later");
			return "adviserlink/invite";
		}
		this.links.inviteSupporter(user.id(), form.getEmail());
		// The same words whether or not the address has an account.
		redirect.addFlashAttribute("done",
				"We have emailed " + form.getEmail().trim() + ". When they accept, you will see them here");
		return "redirect:/people-who-help-you";
	}

	@PostMapping("/people-who-help-you/requests/{id}/accept")
	String accept(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, RedirectAttributes redirect) {
		this.links.acceptRequest(user.id(), parse(id));
		redirect.addFlashAttribute("done", "You are now linked");
		return "redirect:/people-who-help-you";
	}

	@PostMapping("/people-who-help-you/requests/{id}/decline")
	String decline(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, RedirectAttributes redirect) {
		this.links.declineRequest(user.id(), parse(id));
		redirect.addFlashAttribute("done", "You said no. They cannot see anything of yours");
		return "redirect:/people-who-help-you";
	}

	@PostMapping("/people-who-help-you/{id}/end")
	String end(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, RedirectAttributes redirect) {
		this.links.end(user.id(), parse(id));
		redirect.addFlashAttribute("done", "Done. They can no longer see anything of yours");
		return "redirect:/people-who-help-you";
	}

	@PostMapping("/for-you/suggestions/{id}/dismiss")
	String dismiss(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
		this.links.dismiss(user.id(), parse(id));
		return "redirect:/for-you";
	}

	static UUID parse(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new Links.NoSuchLinkException();
		}
	}

	/** Someone on the page, and the link or request that names them. */
	record Person(UUID id, String description) {

	}

}
