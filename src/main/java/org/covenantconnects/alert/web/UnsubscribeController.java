package org.covenantconnects.alert.web;

import org.covenantconnects.alert.Subscriptions;
import org.covenantconnects.alert.internal.UnsubscribeLinks;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * One-click unsubscribe from alert emails, without signing in. The GET only asks (mail
 * scanners follow links); the POST unsubscribes, whether from the page's button or from a
 * mail client's RFC 8058 one-click request, which carries no CSRF token.
 */
@Controller
class UnsubscribeController {

	private final UnsubscribeLinks links;

	private final Subscriptions subscriptions;

	UnsubscribeController(UnsubscribeLinks links, Subscriptions subscriptions) {
		this.links = links;
		this.subscriptions = subscriptions;
	}

	@GetMapping("/alerts/unsubscribe/{token}")
	ModelAndView confirm(@PathVariable String token, Model model) {
		UnsubscribeLinks.Verdict verdict = this.links.check(token);
		if (verdict.account().isEmpty()) {
			return refused(verdict);
		}
		model.addAttribute("token", token);
		return new ModelAndView("alert/unsubscribe", model.asMap());
	}

	@PostMapping("/alerts/unsubscribe/{token}")
	ModelAndView unsubscribe(@PathVariable String token) {
		UnsubscribeLinks.Verdict verdict = this.links.check(token);
		if (verdict.account().isEmpty()) {
			return refused(verdict);
		}
		this.subscriptions.unsubscribe(verdict.account().get());
		return new ModelAndView("alert/unsubscribed");
	}

	private static ModelAndView refused(UnsubscribeLinks.Verdict verdict) {
		ModelAndView page = new ModelAndView("alert/unsubscribe-refused", HttpStatus.BAD_REQUEST);
		page.addObject("expired", verdict.expired());
		return page;
	}

}
