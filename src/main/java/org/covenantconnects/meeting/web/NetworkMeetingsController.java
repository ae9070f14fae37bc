package org.covenantconnects.meeting.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.meeting.MeetingAction;
import org.covenantconnects.meeting.NetworkMeeting;
import org.covenantconnects.meeting.NetworkMeetings;
import org.covenantconnects.meeting.OpenAction;
import org.covenantconnects.meeting.PartnerContact;
import org.covenantconnects.platform.Choice;
import org.covenantconnects.platform.DateAnswer;

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
 * A coordinator's network meeting: the partner contacts invited, the agenda before it,
 * the notes, who came and the actions after it; and every open action of every meeting,
 * overdue first. An event that is not a network meeting has none of these pages (not
 * found).
 */
@Controller
class NetworkMeetingsController {

	private final NetworkMeetings meetings;

	NetworkMeetingsController(NetworkMeetings meetings) {
		this.meetings = meetings;
	}

	@GetMapping("/coordinator/events/{id}/meeting")
	String meeting(@PathVariable UUID id, Model model) {
		NetworkMeeting meeting = load(id);
		LocalDate today = this.meetings.today();
		model.addAttribute("meeting", meeting);
		model.addAttribute("event", meeting.event());
		model.addAttribute("started", this.meetings.hasStarted(meeting));
		model.addAttribute("agenda", lines(meeting.agenda()));
		model.addAttribute("notes", lines(meeting.notes()));
		model.addAttribute("today", today);
		return "meeting/meeting";
	}

	@GetMapping("/coordinator/events/{id}/meeting/invitations")
	String invitations(@PathVariable UUID id, Model model) {
		NetworkMeeting meeting = load(id);
		model.addAttribute("form", new MeetingForms.Invitations());
		return invitationsPage(meeting, model);
	}

	@PostMapping("/coordinator/events/{id}/meeting/invitations")
	String invite(@PathVariable UUID id, @ModelAttribute("form") MeetingForms.Invitations form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		NetworkMeeting meeting = load(id);
		List<String> chosen = Optional.ofNullable(form.getContacts()).orElse(List.of());
		int invited = 0;
		if (chosen.isEmpty()) {
			errors.rejectValue("contacts", "required", "Select the people to invite");
		}
		else {
			try {
				invited = this.meetings.invite(id, chosen);
			}
			catch (NetworkMeetings.MeetingStartedException ex) {
				errors.rejectValue("contacts", "started",
						"The meeting has started or is cancelled: no one more can be invited");
			}
		}
		if (errors.hasErrors()) {
			return invitationsPage(meeting, model);
		}
		redirect.addFlashAttribute("done", (invited == 1) ? "1 person is invited and has been emailed the invitation"
				: invited + " people are invited and have been emailed the invitation");
		return "redirect:/coordinator/events/" + id + "/meeting";
	}

	@GetMapping("/coordinator/events/{id}/meeting/agenda")
	String agenda(@PathVariable UUID id, Model model) {
		NetworkMeeting meeting = load(id);
		MeetingForms.Agenda form = new MeetingForms.Agenda();
		form.setAgenda(meeting.agenda());
		model.addAttribute("form", form);
		model.addAttribute("meeting", meeting);
		return "meeting/agenda";
	}

	@PostMapping("/coordinator/events/{id}/meeting/agenda")
	String writeAgenda(@PathVariable UUID id, @ModelAttribute("form") MeetingForms.Agenda form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		NetworkMeeting meeting = load(id);
		String agenda = strip(form.getAgenda());
		if (agenda.isEmpty()) {
			errors.rejectValue("agenda", "required", "Enter the agenda");
		}
		else if (agenda.length() > NetworkMeetings.LONGEST_AGENDA) {
			errors.rejectValue("agenda", "long",
					"The agenda must be " + NetworkMeetings.LONGEST_AGENDA + " characters or fewer");
		}
		else {
			try {
				this.meetings.writeAgenda(id, agenda);
			}
			catch (NetworkMeetings.MeetingStartedException ex) {
				errors.rejectValue("agenda", "started",
						"The meeting has started or is cancelled: write the notes instead");
			}
		}
		if (errors.hasErrors()) {
			model.addAttribute("meeting", meeting);
			return "meeting/agenda";
		}
		redirect.addFlashAttribute("done", "The agenda is saved and emailed to the " + meeting.invitees().size()
				+ ((meeting.invitees().size() == 1) ? " person" : " people") + " invited");
		return "redirect:/coordinator/events/" + id + "/meeting";
	}

	@GetMapping("/coordinator/events/{id}/meeting/notes")
	String notes(@PathVariable UUID id, Model model) {
		NetworkMeeting meeting = load(id);
		MeetingForms.Notes form = new MeetingForms.Notes();
		form.setNotes(meeting.notes());
		form.setCame(meeting.invitees().stream().filter((i) -> i.came()).map((i) -> i.id().toString()).toList());
		model.addAttribute("form", form);
		return notesPage(meeting, model);
	}

	@PostMapping("/coordinator/events/{id}/meeting/notes")
	String writeNotes(@PathVariable UUID id, @ModelAttribute("form") MeetingForms.Notes form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		NetworkMeeting meeting = load(id);
		String notes = strip(form.getNotes());
		if (notes.isEmpty()) {
			errors.rejectValue("notes", "required", "Enter the notes of the meeting");
		}
		else if (notes.length() > NetworkMeetings.LONGEST_NOTES) {
			errors.rejectValue("notes", "long",
					"The notes must be " + NetworkMeetings.LONGEST_NOTES + " characters or fewer");
		}
		else {
			List<UUID> came = Optional.ofNullable(form.getCame())
				.orElse(List.of())
				.stream()
				.flatMap((value) -> parse(value).stream())
				.toList();
			try {
				this.meetings.writeNotes(id, notes, came, user.id());
			}
			catch (NetworkMeetings.MeetingNotStartedException ex) {
				errors.rejectValue("notes", "early", "Write the notes once the meeting has started");
			}
		}
		if (errors.hasErrors()) {
			return notesPage(meeting, model);
		}
		redirect.addFlashAttribute("done",
				"The notes are saved and emailed to everyone invited; the partners who came have it in their contact log");
		return "redirect:/coordinator/events/" + id + "/meeting";
	}

	@GetMapping("/coordinator/events/{id}/meeting/actions/new")
	String newAction(@PathVariable UUID id, Model model) {
		NetworkMeeting meeting = load(id);
		model.addAttribute("form", new MeetingForms.Action());
		return actionPage(meeting, model);
	}

	@PostMapping("/coordinator/events/{id}/meeting/actions/new")
	String addAction(@PathVariable UUID id, @ModelAttribute("form") MeetingForms.Action form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		NetworkMeeting meeting = load(id);
		String what = strip(form.getWhat());
		if (what.isEmpty()) {
			errors.rejectValue("what", "required", "Enter the action");
		}
		else if (what.length() > MeetingAction.LONGEST) {
			errors.rejectValue("what", "long", "The action must be " + MeetingAction.LONGEST + " characters or fewer");
		}
		boolean knownOwner = this.meetings.ownersOf(meeting)
			.stream()
			.anyMatch((owner) -> owner.key().equals(form.getOwner()));
		if (!knownOwner) {
			errors.rejectValue("owner", "required", "Select who owns the action");
		}
		DateAnswer.Reading due = Optional.ofNullable(form.getDue())
			.orElseGet(DateAnswer::new)
			.read("The due date", "Enter the date the action is due", this.meetings.today().getYear());
		if (!due.isValid()) {
			errors.rejectValue((due.problem().part() != null) ? "due." + due.problem().part() : "due", "invalid",
					due.problem().message());
		}
		if (errors.hasErrors()) {
			return actionPage(meeting, model);
		}
		this.meetings.addAction(id, what, form.getOwner(), due.date());
		redirect.addFlashAttribute("done", "The action is added");
		return "redirect:/coordinator/events/" + id + "/meeting";
	}

	@PostMapping("/coordinator/events/{id}/meeting/actions/{action}/done")
	String done(@PathVariable UUID id, @PathVariable UUID action, RedirectAttributes redirect) {
		load(id);
		if (!this.meetings.markDone(id, action)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("done", "The action is marked done");
		return "redirect:/coordinator/events/" + id + "/meeting";
	}

	@GetMapping("/coordinator/meeting-actions")
	String openActions(Model model) {
		LocalDate today = this.meetings.today();
		List<OpenAction> open = this.meetings.openActions();
		model.addAttribute("overdue", open.stream().filter((a) -> a.action().isOverdue(today)).toList());
		model.addAttribute("open", open.stream().filter((a) -> !a.action().isOverdue(today)).toList());
		return "meeting/actions";
	}

	private String invitationsPage(NetworkMeeting meeting, Model model) {
		List<String> invited = meeting.invitees()
			.stream()
			.map((i) -> i.email().toLowerCase(java.util.Locale.ROOT))
			.toList();
		List<PartnerContact> contacts = this.meetings.contactsToInvite(meeting.event())
			.stream()
			.filter((c) -> !invited.contains(c.email().toLowerCase(java.util.Locale.ROOT)))
			.toList();
		model.addAttribute("meeting", meeting);
		model.addAttribute("contactChoices",
				contacts.stream().map((c) -> new Choice(c.key(), c.describe(), c.partnerName())).toList());
		return "meeting/invitations";
	}

	private String notesPage(NetworkMeeting meeting, Model model) {
		model.addAttribute("meeting", meeting);
		model.addAttribute("fields", List.of("notes", "came"));
		model.addAttribute("cameChoices",
				meeting.invitees()
					.stream()
					.map((i) -> new Choice(i.id().toString(), i.name() + ((i.role() != null) ? ", " + i.role() : ""),
							i.partnerName()))
					.toList());
		return "meeting/notes";
	}

	private String actionPage(NetworkMeeting meeting, Model model) {
		model.addAttribute("meeting", meeting);
		model.addAttribute("fields", List.of("what", "owner", "due"));
		model.addAttribute("ownerChoices",
				this.meetings.ownersOf(meeting).stream().map((o) -> new Choice(o.key(), o.name(), o.of())).toList());
		return "meeting/action";
	}

	/** Text as lines to show, blank lines left out. */
	static List<String> lines(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("\\R")).map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

	private NetworkMeeting load(UUID id) {
		return this.meetings.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String strip(String value) {
		return (value != null) ? value.strip() : "";
	}

	private static Optional<UUID> parse(String value) {
		try {
			return Optional.of(UUID.fromString(value));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
