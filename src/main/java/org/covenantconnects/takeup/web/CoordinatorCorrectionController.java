package org.covenantconnects.takeup.web;

import java.util.Optional;
import java.util.UUID;

import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.platform.Choice;
import org.covenantconnects.takeup.TakeUpId;
import org.covenantconnects.takeup.TakeUpStatus;
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
 * A coordinator's view of one young person's take-ups, reached from their audit trail,
 * and correcting the status of one of them with a reason. Each view is audited; an id
 * that is not a young person's, or a take-up that is not theirs, is answered as not
 * found.
 */
@Controller
class CoordinatorCorrectionController {

	private final TakeUps takeUps;

	CoordinatorCorrectionController(TakeUps takeUps) {
		this.takeUps = takeUps;
	}

	@GetMapping("/coordinator/young-people/{id}/take-ups")
	String takeUps(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, Model model) {
		model.addAttribute("person",
				this.takeUps.takeUpsOf(user.id(), careLeaver(id)).orElseThrow(TakeUps.NoSuchTakeUpException::new));
		return "takeup/coordinator-young-person-take-ups";
	}

	@GetMapping("/coordinator/young-people/{id}/take-ups/{takeUp}")
	String correctPage(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, @PathVariable String takeUp,
			Model model) {
		return page(correctable(user, id, takeUp), new CorrectionForm(), model);
	}

	@PostMapping("/coordinator/young-people/{id}/take-ups/{takeUp}")
	String correct(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, @PathVariable String takeUp,
			@ModelAttribute("form") CorrectionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		TakeUps.Correctable correctable = correctable(user, id, takeUp);
		Optional<TakeUpStatus> next = correctable.otherStatuses()
			.stream()
			.filter((status) -> status.name().equals(form.getStatus()))
			.findFirst();
		if (next.isEmpty()) {
			errors.rejectValue("status", "missing", "Select the status it should have");
		}
		String reason = (form.getReason() != null) ? form.getReason().trim() : "";
		if (reason.isEmpty()) {
			errors.rejectValue("reason", "missing", "Enter why you are correcting it");
		}
		else if (reason.length() > TakeUps.MAX_CORRECTION_REASON) {
			errors.rejectValue("reason", "long",
					"The reason must be " + TakeUps.MAX_CORRECTION_REASON + " characters or fewer");
		}
		if (errors.hasErrors()) {
			return page(correctable, form, model);
		}
		try {
			this.takeUps.correct(user.id(), correctable.careLeaver(), correctable.takeUp().takeUp().id(), next.get(),
					reason);
		}
		catch (TakeUps.TakeUpRefusedException refused) {
			errors.reject("refused", "Someone changed it at the same time. Check its status and try again");
			return page(this.takeUps
				.takeUpToCorrect(user.id(), correctable.careLeaver(), correctable.takeUp().takeUp().id())
				.orElseThrow(TakeUps.NoSuchTakeUpException::new), form, model);
		}
		redirect.addFlashAttribute("done", "The status of " + correctable.takeUp().title() + " is now "
				+ next.get().label() + ". We have emailed " + correctable.name());
		return "redirect:/coordinator/young-people/" + correctable.careLeaver() + "/take-ups";
	}

	private String page(TakeUps.Correctable correctable, CorrectionForm form, Model model) {
		model.addAttribute("correctable", correctable);
		model.addAttribute("form", form);
		model.addAttribute("statusChoices",
				correctable.otherStatuses().stream().map((s) -> Choice.of(s.name(), s.label())).toList());
		return "takeup/coordinator-correct-take-up";
	}

	private TakeUps.Correctable correctable(CurrentUser user, String id, String takeUp) {
		return TakeUpId.parse(takeUp)
			.flatMap((found) -> this.takeUps.takeUpToCorrect(user.id(), careLeaver(id), found))
			.orElseThrow(TakeUps.NoSuchTakeUpException::new);
	}

	private static AccountId careLeaver(String id) {
		try {
			return new AccountId(UUID.fromString(id));
		}
		catch (IllegalArgumentException notAnId) {
			throw new TakeUps.NoSuchTakeUpException();
		}
	}

	/** The status a take-up should have, and why. */
	static class CorrectionForm {

		private String status;

		private String reason;

		public String getStatus() {
			return this.status;
		}

		public void setStatus(String status) {
			this.status = status;
		}

		public String getReason() {
			return this.reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

	}

}
