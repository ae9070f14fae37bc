package org.covenantconnects.meeting.web;

import java.util.List;
import java.util.UUID;

import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.meeting.InvitedMeeting;
import org.covenantconnects.meeting.NetworkMeetings;

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
 * The network meetings a partner contact is invited to, for a verified supporter whose
 * confirmed address is the one invited (ADR 054): each meeting's time and place, agenda,
 * notes after it, and the actions they own, which they may mark done. Any meeting they
 * are not invited to is not found.
 */
@Controller
class InvitedMeetingsController {

	private final NetworkMeetings meetings;

	InvitedMeetingsController(NetworkMeetings meetings) {
		this.meetings = meetings;
	}

	@GetMapping("/supporter/meetings")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<InvitedMeeting> invited = this.meetings.invitedTo(user.id());
		model.addAttribute("coming", invited.stream().filter((m) -> !m.started()).toList());
		model.addAttribute("past", invited.stream().filter(InvitedMeeting::started).toList());
		model.addAttribute("verified", this.meetings.contactAddressOf(user.id()).isPresent());
		model.addAttribute("today", this.meetings.today());
		model.addAttribute("metaDescription",
				"The network meetings of the Care Leaver Covenant you are invited to as a council's or college's contact.");
		return "meeting/invited";
	}

	@GetMapping("/supporter/meetings/{id}")
	String meeting(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
		InvitedMeeting invited = this.meetings.invitedMeeting(user.id(), id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("invited", invited);
		model.addAttribute("event", invited.meeting().event());
		model.addAttribute("agenda", NetworkMeetingsController.lines(invited.meeting().agenda()));
		model.addAttribute("notes", NetworkMeetingsController.lines(invited.meeting().notes()));
		model.addAttribute("today", this.meetings.today());
		model.addAttribute("metaDescription",
				"A network meeting you are invited to: when and where, its agenda, notes and your actions.");
		return "meeting/invited-meeting";
	}

	@PostMapping("/supporter/meetings/{id}/actions/{action}/done")
	String done(@PathVariable UUID id, @PathVariable UUID action, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		if (!this.meetings.markDoneByOwner(user.id(), id, action)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("done", "Your action is marked done: the Covenant team can see it");
		return "redirect:/supporter/meetings/" + id;
	}

}
