package org.covenantconnects.signatory.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.validation.Valid;

import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.platform.Choice;
import org.covenantconnects.platform.DateAnswer;
import org.covenantconnects.platform.SummaryRow;
import org.covenantconnects.platform.TaskItem;
import org.covenantconnects.signatory.Signatories;
import org.covenantconnects.signatory.internal.Signatory;
import org.covenantconnects.signatory.web.SignatoryForms.ColleagueForm;
import org.covenantconnects.signatory.web.SignatoryForms.IntentForm;
import org.covenantconnects.signatory.web.SignatoryForms.ProformaForm;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A signatory user's own organisation: the task list that takes it from interest to
 * signed, and its colleagues. Every page acts on the signed-in user's own organisation
 * only.
 */
@Controller
class OrganisationController {

	private static final List<Choice> CONFIRMATION = List
		.of(Choice.of("true", "I confirm the senior leader agreed to this statement on behalf of the organisation"));

	private final Signatories signatories;

	private final Accounts accounts;

	private final Clock clock;

	OrganisationController(Signatories signatories, Accounts accounts, Clock clock) {
		this.signatories = signatories;
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping("/organisation")
	String tasks(@AuthenticationPrincipal CurrentUser user, Model model) {
		Signatory organisation = own(user);
		model.addAttribute("organisation", organisation);
		model.addAttribute("tasks", tasks(organisation));
		return "signatory/organisation";
	}

	private static List<TaskItem> tasks(Signatory organisation) {
		boolean editable = organisation.isEditable();
		boolean intentSigned = organisation.intentSignedOn != null;
		boolean proformaDone = organisation.proformaOffer != null;
		return List.of(
				new TaskItem("Tell us about your organisation", null, "You did this when you joined", "Completed",
						true),
				new TaskItem("Sign the statement of intent", editable ? "/organisation/statement-of-intent" : null,
						"A senior leader commits your organisation to the Covenant",
						intentSigned ? "Completed" : "Incomplete", intentSigned),
				new TaskItem("Describe your offer (proforma)",
						(editable && intentSigned) ? "/organisation/proforma" : null,
						"What you will offer care leavers, and your first opportunities",
						proformaDone ? "Completed" : (intentSigned ? "Incomplete" : "Cannot start yet"), proformaDone),
				new TaskItem("Send for review", organisation.isReadyToSubmit() ? "/organisation/submit" : null,
						"The Covenant team checks your answers", switch (organisation.stage) {
							case PROFORMA_SUBMITTED -> "Waiting for review";
							case SIGNED, LAPSED -> "Approved";
							default -> organisation.isReadyToSubmit() ? "Ready to send" : "Cannot start yet";
						}, !editable));
	}

	@GetMapping("/organisation/statement-of-intent")
	String intentForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		Signatory organisation = editable(user);
		IntentForm form = new IntentForm();
		form.setLeaderName(organisation.intentLeaderName);
		form.setLeaderRole(organisation.intentLeaderRole);
		form.setSignedOn(DateAnswer.of(organisation.intentSignedOn));
		form.setConfirmed(organisation.intentSignedOn != null);
		model.addAttribute("form", form);
		model.addAttribute("organisation", organisation);
		model.addAttribute("confirmation", CONFIRMATION);
		return "signatory/statement-of-intent";
	}

	@PostMapping("/organisation/statement-of-intent")
	String signIntent(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") IntentForm form,
			BindingResult errors, Model model) {
		Signatory organisation = editable(user);
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/London")));
		LocalDate signedOn = null;
		if (form.getSignedOn().isEmpty()) {
			errors.rejectValue("signedOn", "required", "Enter the date the statement of intent was signed");
		}
		else {
			signedOn = form.getSignedOn().toDate().orElse(null);
			if (signedOn == null) {
				errors.rejectValue("signedOn", "invalid", "The date the statement was signed must be a real date");
			}
			else if (signedOn.isAfter(today)) {
				errors.rejectValue("signedOn", "future",
						"The date the statement was signed must be today or in the past");
			}
			else if (signedOn.isBefore(LocalDate.of(2015, 1, 1))) {
				errors.rejectValue("signedOn", "past",
						"The date the statement was signed must be after 1 January 2015");
			}
		}
		if (errors.hasErrors()) {
			model.addAttribute("organisation", organisation);
			model.addAttribute("confirmation", CONFIRMATION);
			return "signatory/statement-of-intent";
		}
		this.signatories.signStatementOfIntent(user.id(), form.getLeaderName().trim(), form.getLeaderRole().trim(),
				signedOn);
		return "redirect:/organisation";
	}

	@GetMapping("/organisation/proforma")
	String proformaForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		Signatory organisation = editable(user);
		if (organisation.intentSignedOn == null) {
			return "redirect:/organisation/statement-of-intent";
		}
		ProformaForm form = new ProformaForm();
		form.setOffer((organisation.proformaOffer != null) ? organisation.proformaOffer : organisation.couldOffer);
		form.setFirstOpportunities(organisation.proformaFirstOpportunities);
		form.setContactPhone(organisation.proformaContactPhone);
		model.addAttribute("form", form);
		return "signatory/proforma";
	}

	@PostMapping("/organisation/proforma")
	String describeOffer(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") ProformaForm form,
			BindingResult errors) {
		Signatory organisation = editable(user);
		if (organisation.intentSignedOn == null) {
			return "redirect:/organisation/statement-of-intent";
		}
		if (errors.hasErrors()) {
			return "signatory/proforma";
		}
		this.signatories.describeOffer(user.id(), form.getOffer().trim(), form.getFirstOpportunities().trim(),
				(form.getContactPhone() == null || form.getContactPhone().isBlank()) ? null
						: form.getContactPhone().trim());
		return "redirect:/organisation";
	}

	@GetMapping("/organisation/submit")
	String checkAnswers(@AuthenticationPrincipal CurrentUser user, Model model) {
		Signatory organisation = editable(user);
		if (!organisation.isReadyToSubmit()) {
			return "redirect:/organisation";
		}
		model.addAttribute("organisation", organisation);
		model.addAttribute("rows", ReviewRows.of(organisation, false));
		return "signatory/submit";
	}

	@PostMapping("/organisation/submit")
	String submit(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Signatory organisation = editable(user);
		if (!organisation.isReadyToSubmit()) {
			return "redirect:/organisation";
		}
		this.signatories.submitForReview(user.id());
		redirect.addFlashAttribute("submitted", true);
		return "redirect:/organisation";
	}

	@GetMapping("/organisation/colleagues")
	String colleagues(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") ColleagueForm form,
			Model model) {
		return colleaguesPage(own(user), model);
	}

	@PostMapping("/organisation/colleagues")
	String invite(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") ColleagueForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Signatory organisation = own(user);
		if (!errors.hasErrors()) {
			try {
				this.signatories.inviteColleague(user.id(), form.getName().trim(), form.getEmail().trim());
				redirect.addFlashAttribute("invited", form.getEmail().trim());
				return "redirect:/organisation/colleagues";
			}
			catch (Accounts.EmailAlreadyUsedException used) {
				errors.rejectValue("email", "used",
						"This email address already has a Covenant Connects account. Ask the Covenant team to move it to your organisation");
			}
		}
		return colleaguesPage(organisation, model);
	}

	private String colleaguesPage(Signatory organisation, Model model) {
		List<SummaryRow> people = this.signatories.members(organisation.id())
			.stream()
			.map(this.accounts::find)
			.flatMap(java.util.Optional::stream)
			.map((account) -> SummaryRow.of(account.displayName(), account.email()))
			.toList();
		model.addAttribute("organisation", organisation);
		model.addAttribute("people", people);
		return "signatory/colleagues";
	}

	private Signatory own(CurrentUser user) {
		return this.signatories.detailOf(user.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** Answers can only change before submission, or after the proforma was returned. */
	private Signatory editable(CurrentUser user) {
		Signatory organisation = own(user);
		if (!organisation.isEditable()) {
			throw new AnswersLockedException();
		}
		return organisation;
	}

	/**
	 * While a coordinator reviews the proforma, the task list explains why nothing can
	 * change.
	 */
	@ExceptionHandler(AnswersLockedException.class)
	String answersLocked() {
		return "redirect:/organisation";
	}

	static class AnswersLockedException extends RuntimeException {

	}

}
