package org.covenantconnects.signatory.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.covenantconnects.identity.AccountSummary;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.RateLimits;
import org.covenantconnects.platform.Choice;
import org.covenantconnects.platform.DateAnswer;
import org.covenantconnects.platform.SummaryRow;
import org.covenantconnects.platform.TaskItem;
import org.covenantconnects.signatory.Signatories;
import org.covenantconnects.signatory.internal.Colleagues;
import org.covenantconnects.signatory.internal.Signatory;
import org.covenantconnects.signatory.web.SignatoryForms.ColleagueForm;
import org.covenantconnects.signatory.web.SignatoryForms.IntentForm;
import org.covenantconnects.signatory.web.SignatoryForms.ProformaForm;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A signatory user's own organisation: the task list that takes it from interest to
 * signed, and its colleagues. Every page acts on the signed-in user's own organisation
 * only; someone who acts for none (a colleague removed them) is told so.
 */
@Controller
class OrganisationController {

	private static final List<Choice> CONFIRMATION = List
		.of(Choice.of("true", "I confirm the senior leader agreed to this statement on behalf of the organisation"));

	private final Signatories signatories;

	private final Colleagues colleagues;

	private final RateLimits rateLimits;

	private final Clock clock;

	OrganisationController(Signatories signatories, Colleagues colleagues, RateLimits rateLimits, Clock clock) {
		this.signatories = signatories;
		this.colleagues = colleagues;
		this.rateLimits = rateLimits;
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
		return colleaguesPage(own(user), user, model);
	}

	@PostMapping("/organisation/colleagues")
	String invite(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") ColleagueForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Signatory organisation = own(user);
		if (!errors.hasErrors()
				&& !this.rateLimits.tryAcquire(RateLimits.Action.COLLEAGUE_INVITATION, user.id().toString())) {
			errors.rejectValue("email", "rate",
					"You have sent " + this.rateLimits.capacity(RateLimits.Action.COLLEAGUE_INVITATION)
							+ " invitations in the last hour. Try again later");
		}
		if (errors.hasErrors()) {
			return colleaguesPage(organisation, user, model);
		}
		this.colleagues.invite(user.id(), form.getName().trim(), form.getEmail().trim());
		// The same words whether or not the address already has an account.
		redirect.addFlashAttribute("invited", form.getEmail().trim());
		return "redirect:/organisation/colleagues";
	}

	@GetMapping("/organisation/colleagues/{id}/remove")
	String confirmRemoval(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, Model model) {
		Signatory organisation = own(user);
		List<AccountSummary> people = this.colleagues.of(user.id());
		return removalPage(organisation, colleague(people, id), people.size() == 1, user, model);
	}

	@PostMapping("/organisation/colleagues/{id}/remove")
	String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, Model model,
			RedirectAttributes redirect, Authentication authentication, HttpServletRequest request,
			HttpServletResponse response) {
		Signatory organisation = own(user);
		List<AccountSummary> people = this.colleagues.of(user.id());
		AccountSummary colleague = colleague(people, id);
		try {
			this.colleagues.remove(user.id(), colleague.id());
		}
		catch (Colleagues.LastColleagueException last) {
			return removalPage(organisation, colleague, true, user, model);
		}
		if (colleague.id().equals(user.id())) {
			new SecurityContextLogoutHandler().logout(request, response, authentication);
			return "redirect:/signed-out";
		}
		redirect.addFlashAttribute("removed", colleague.displayName());
		return "redirect:/organisation/colleagues";
	}

	private String colleaguesPage(Signatory organisation, CurrentUser user, Model model) {
		List<AccountSummary> people = this.colleagues.of(user.id());
		model.addAttribute("organisation", organisation);
		model.addAttribute("people", people.stream().map((person) -> {
			boolean you = person.id().equals(user.id());
			String name = you ? person.displayName() + " (you)" : person.displayName();
			if (you && people.size() == 1) {
				// Nobody may remove the only person who acts for an organisation.
				return SummaryRow.of(name, person.email());
			}
			return SummaryRow.withAction(name, person.email(), "Remove",
					"/organisation/colleagues/" + person.id() + "/remove", person.displayName());
		}).toList());
		return "signatory/colleagues";
	}

	private String removalPage(Signatory organisation, AccountSummary colleague, boolean onlyOne, CurrentUser user,
			Model model) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("colleague", colleague);
		model.addAttribute("yourself", colleague.id().equals(user.id()));
		model.addAttribute("onlyOne", onlyOne);
		return "signatory/remove-colleague";
	}

	/** One of the people who act for the organisation, or "page not found". */
	private static AccountSummary colleague(List<AccountSummary> people, String id) {
		return people.stream()
			.filter((person) -> person.id().toString().equals(id))
			.findFirst()
			.orElseThrow(Colleagues.NoSuchColleagueException::new);
	}

	private Signatory own(CurrentUser user) {
		return this.signatories.detailOf(user.id()).orElseThrow(NoOrganisationException::new);
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

	/**
	 * Someone a colleague removed still has their account; if they sign in again, they
	 * learn why there is nothing here for them.
	 */
	@ExceptionHandler(NoOrganisationException.class)
	String noOrganisation() {
		return "signatory/no-organisation";
	}

	static class AnswersLockedException extends RuntimeException {

	}

	static class NoOrganisationException extends RuntimeException {

	}

}
