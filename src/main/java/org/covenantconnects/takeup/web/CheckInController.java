package org.covenantconnects.takeup.web;

import java.util.Arrays;

import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.platform.Choice;
import org.covenantconnects.takeup.TakeUpId;
import org.covenantconnects.takeup.TakeUpReason;
import org.covenantconnects.takeup.TakeUps;

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
 * The young person answers a check-in about something they started: the page the check-in
 * email links to. Only their own take-ups, and only once started.
 */
@Controller
class CheckInController {

	private final TakeUps takeUps;

	CheckInController(TakeUps takeUps) {
		this.takeUps = takeUps;
	}

	@GetMapping("/my-opportunities/{id}/check-in")
	String form(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, Model model) {
		return page(checkIn(user, id), new CheckInForm(), model);
	}

	@PostMapping("/my-opportunities/{id}/check-in")
	String answer(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@ModelAttribute("form") CheckInForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		TakeUps.CheckIn checkIn = checkIn(user, id);
		TakeUps.CheckInAnswer answer = Arrays.stream(TakeUps.CheckInAnswer.values())
			.filter((a) -> a.name().equals(form.getAnswer()))
			.findFirst()
			.orElse(null);
		TakeUpReason reason = TakeUpReason.forLeaving()
			.stream()
			.filter((r) -> r.name().equals(form.getReason()))
			.findFirst()
			.orElse(null);
		if (answer == null) {
			errors.rejectValue("answer", "missing", "Select whether you are still there");
		}
		else if (answer == TakeUps.CheckInAnswer.LEFT && reason == null) {
			errors.rejectValue("reason", "missing", "Select why you left, or \"Prefer not to say\"");
		}
		if (errors.hasErrors()) {
			return page(checkIn, form, model);
		}
		this.takeUps.answerCheckIn(user.id(), checkIn.takeUp().id(), answer, reason);
		redirect.addFlashAttribute("done", "Thank you for telling us");
		return "redirect:/my-opportunities";
	}

	private TakeUps.CheckIn checkIn(CurrentUser user, String id) {
		TakeUpId takeUp = TakeUpId.parse(id).orElseThrow(TakeUps.NoSuchTakeUpException::new);
		return this.takeUps.checkIn(user.id(), takeUp).orElseThrow(TakeUps.NoSuchTakeUpException::new);
	}

	private String page(TakeUps.CheckIn checkIn, CheckInForm form, Model model) {
		model.addAttribute("checkIn", checkIn);
		model.addAttribute("form", form);
		model.addAttribute("answerChoices",
				Arrays.stream(TakeUps.CheckInAnswer.values()).map((a) -> Choice.of(a.name(), a.label())).toList());
		model.addAttribute("reasonChoices",
				TakeUpReason.forLeaving().stream().map((r) -> Choice.of(r.name(), r.label())).toList());
		return "takeup/check-in";
	}

	/** A young person's answer to a check-in. */
	static class CheckInForm {

		private String answer;

		private String reason;

		public String getAnswer() {
			return this.answer;
		}

		public void setAnswer(String answer) {
			this.answer = answer;
		}

		public String getReason() {
			return this.reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

	}

}
