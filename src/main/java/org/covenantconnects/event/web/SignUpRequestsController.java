package org.covenantconnects.event.web;

import java.util.UUID;

import org.covenantconnects.event.Event;
import org.covenantconnects.event.Events;
import org.covenantconnects.event.SignUpRequest;
import org.covenantconnects.event.SignUpRequests;
import org.covenantconnects.event.SignUpStatus;
import org.covenantconnects.identity.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where a young person answers an adviser who asked to sign them up for an event: yes (a
 * place, or the waiting list when it is full) or no thanks. Only their own requests; any
 * other answers "not found". The address in the email works only signed in.
 */
@Controller
class SignUpRequestsController {

	private final SignUpRequests requests;

	private final Events events;

	SignUpRequestsController(SignUpRequests requests, Events events) {
		this.requests = requests;
		this.events = events;
	}

	@GetMapping("/event-requests/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, Model model,
			RedirectAttributes redirect) {
		SignUpRequest request = mine(user, id);
		if (!request.isOpen()) {
			redirect.addFlashAttribute("done", "You have already answered this");
			return "redirect:/my-events";
		}
		Event event = this.events.find(request.event()).orElseThrow(this::notFound);
		model.addAttribute("request", request);
		model.addAttribute("event", event);
		model.addAttribute("metaDescription", "Say yes or no thanks to being signed up for an event.");
		return "event/sign-up-request";
	}

	@PostMapping("/event-requests/{id}/yes")
	String yes(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, RedirectAttributes redirect) {
		SignUpRequest request = mine(user, id);
		try {
			SignUpStatus status = this.requests.yes(user.id(), request.id());
			redirect.addFlashAttribute("done", (status == SignUpStatus.PLACE) ? "You said yes: you have a place"
					: "You said yes. The event is full, so you are on the waiting list");
			return "redirect:/events/" + request.event();
		}
		catch (SignUpRequests.AlreadyAnsweredException ex) {
			redirect.addFlashAttribute("done", "You have already answered this");
		}
		catch (Events.SignUpClosedException | Events.NotForYouException ex) {
			redirect.addFlashAttribute("done", "Signing up to this event has closed");
		}
		return "redirect:/my-events";
	}

	@PostMapping("/event-requests/{id}/no")
	String no(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, RedirectAttributes redirect) {
		SignUpRequest request = mine(user, id);
		try {
			this.requests.no(user.id(), request.id());
			redirect.addFlashAttribute("done", "You said no thanks. You are not signed up");
		}
		catch (SignUpRequests.AlreadyAnsweredException ex) {
			redirect.addFlashAttribute("done", "You have already answered this");
		}
		return "redirect:/my-events";
	}

	/** The young person's own request; anyone else's, or none, is not found. */
	private SignUpRequest mine(CurrentUser user, String id) {
		UUID parsed;
		try {
			parsed = UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw notFound();
		}
		return this.requests.of(user.id(), parsed).orElseThrow(this::notFound);
	}

	private ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
