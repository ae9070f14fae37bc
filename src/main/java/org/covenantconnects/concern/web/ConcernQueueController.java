package org.covenantconnects.concern.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.covenantconnects.concern.ConcernId;
import org.covenantconnects.concern.ConcernOutcome;
import org.covenantconnects.concern.ConcernStatus;
import org.covenantconnects.concern.ConcernView;
import org.covenantconnects.concern.Concerns;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.opportunity.OpportunityView;
import org.covenantconnects.platform.Choice;
import org.covenantconnects.platform.PageLinks;
import org.covenantconnects.signatory.Signatories;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinators' queue of concerns: new, in triage and closed; each concern's page
 * with its history, triage, outcome and reply, and taking its opportunity down or putting
 * it back. Administrators may read.
 */
@Controller
class ConcernQueueController {

	private static final int LONGEST_REASON = 1000;

	private final Concerns concerns;

	private final Opportunities opportunities;

	private final Signatories signatories;

	private final Accounts accounts;

	ConcernQueueController(Concerns concerns, Opportunities opportunities, Signatories signatories, Accounts accounts) {
		this.concerns = concerns;
		this.opportunities = opportunities;
		this.signatories = signatories;
		this.accounts = accounts;
	}

	@GetMapping("/coordinator/concerns")
	String queue(@RequestParam(defaultValue = "NEW") String status, @RequestParam(defaultValue = "1") String page,
			Model model) {
		ConcernStatus shown = Arrays.stream(ConcernStatus.values())
			.filter((s) -> s.name().equals(status))
			.findFirst()
			.orElse(ConcernStatus.NEW);
		int number;
		try {
			number = Integer.parseInt(page.trim());
		}
		catch (NumberFormatException ex) {
			number = 1;
		}
		Map<ConcernStatus, Long> counts = new LinkedHashMap<>();
		for (ConcernStatus s : ConcernStatus.values()) {
			counts.put(s, this.concerns.count(s));
		}
		PageLinks links = PageLinks.of(number, counts.get(shown), PageLinks.DEFAULT_SIZE,
				"/coordinator/concerns?status=" + shown.name() + "&page=");
		model.addAttribute("shown", shown);
		model.addAttribute("counts", counts);
		model.addAttribute("concerns",
				this.concerns.withStatus(shown, links.offset(PageLinks.DEFAULT_SIZE), PageLinks.DEFAULT_SIZE));
		model.addAttribute("pages", links);
		return "concern/queue";
	}

	@GetMapping("/coordinator/concerns/{id}")
	String concern(@PathVariable String id, Model model) {
		ConcernView concern = load(id);
		if (!model.containsAttribute("triageForm")) {
			TriageForm triage = new TriageForm();
			triage
				.setStatus((concern.status() == ConcernStatus.NEW ? ConcernStatus.IN_TRIAGE : concern.status()).name());
			model.addAttribute("triageForm", triage);
		}
		if (!model.containsAttribute("closeForm")) {
			model.addAttribute("closeForm", new CloseForm());
		}
		if (!model.containsAttribute("takeDownForm")) {
			model.addAttribute("takeDownForm", new TakeDownForm());
		}
		Optional<OpportunityView> opportunity = Optional.ofNullable(concern.opportunity())
			.flatMap(this.opportunities::find);
		model.addAttribute("concern", concern);
		model.addAttribute("opportunity", opportunity.orElse(null));
		model.addAttribute("organisation", this.signatories.find(concern.signatory()).orElse(null));
		model.addAttribute("reporter",
				Optional.ofNullable(concern.reporterAccount())
					.flatMap(this.accounts::find)
					.map((a) -> a.displayName() + " (" + a.role().label() + ", " + a.email() + ")")
					.orElse(null));
		model.addAttribute("history", this.concerns.history(concern.id()));
		model.addAttribute("statuses", List.of(Choice.of(ConcernStatus.NEW.name(), ConcernStatus.NEW.label()),
				Choice.of(ConcernStatus.IN_TRIAGE.name(), ConcernStatus.IN_TRIAGE.label())));
		model.addAttribute("outcomes",
				Arrays.stream(ConcernOutcome.values()).map((o) -> Choice.of(o.name(), o.label())).toList());
		return "concern/concern";
	}

	@PostMapping("/coordinator/concerns/{id}/triage")
	String triage(@PathVariable String id, @ModelAttribute("triageForm") TriageForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		ConcernView concern = load(id);
		if (concern.status() == ConcernStatus.CLOSED) {
			redirect.addFlashAttribute("problem", "This concern is closed");
			return "redirect:/coordinator/concerns/" + concern.id();
		}
		ConcernStatus status = ("NEW".equals(form.getStatus()) || "IN_TRIAGE".equals(form.getStatus()))
				? ConcernStatus.valueOf(form.getStatus()) : null;
		String note = (form.getNote() != null) ? form.getNote().trim() : "";
		if (status == null) {
			errors.rejectValue("status", "missing", "Select where the concern is");
		}
		else if (status == concern.status() && note.isEmpty()) {
			errors.rejectValue("note", "missing", "Write a note, or move the concern to another status");
		}
		if (note.length() > Concerns.LONGEST_TEXT) {
			errors.rejectValue("note", "long", "The note must be " + Concerns.LONGEST_TEXT + " characters or fewer");
		}
		if (errors.hasErrors()) {
			return concern(id, model);
		}
		this.concerns.triage(concern.id(), status, note, user);
		redirect.addFlashAttribute("changed", "Concern updated");
		return "redirect:/coordinator/concerns/" + concern.id();
	}

	@PostMapping("/coordinator/concerns/{id}/close")
	String close(@PathVariable String id, @ModelAttribute("closeForm") CloseForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		ConcernView concern = load(id);
		if (concern.status() == ConcernStatus.CLOSED) {
			redirect.addFlashAttribute("problem", "This concern is closed already");
			return "redirect:/coordinator/concerns/" + concern.id();
		}
		ConcernOutcome outcome = Arrays.stream(ConcernOutcome.values())
			.filter((o) -> o.name().equals(form.getOutcome()))
			.findFirst()
			.orElse(null);
		String reply = (form.getReply() != null) ? form.getReply().trim() : "";
		if (outcome == null) {
			errors.rejectValue("outcome", "missing", "Select the outcome");
		}
		if (reply.length() > Concerns.LONGEST_TEXT) {
			errors.rejectValue("reply", "long", "The reply must be " + Concerns.LONGEST_TEXT + " characters or fewer");
		}
		if (errors.hasErrors()) {
			return concern(id, model);
		}
		boolean replied = this.concerns.close(concern.id(), outcome, reply, user);
		redirect.addFlashAttribute("changed",
				replied ? "Concern closed, and the reply sent to the reporter" : "Concern closed");
		return "redirect:/coordinator/concerns/" + concern.id();
	}

	@PostMapping("/coordinator/concerns/{id}/take-down")
	String takeDown(@PathVariable String id, @ModelAttribute("takeDownForm") TakeDownForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		ConcernView concern = load(id);
		String reason = (form.getReason() != null) ? form.getReason().trim() : "";
		if (reason.isEmpty()) {
			errors.rejectValue("reason", "missing", "Enter why it is being taken down");
		}
		else if (reason.length() > LONGEST_REASON) {
			errors.rejectValue("reason", "long", "The reason must be " + LONGEST_REASON + " characters or fewer");
		}
		if (errors.hasErrors()) {
			return concern(id, model);
		}
		try {
			this.concerns.takeDownOpportunity(concern.id(), reason, user);
		}
		catch (IllegalStateException ex) {
			redirect.addFlashAttribute("problem", "Only a published or closed opportunity can be taken down");
			return "redirect:/coordinator/concerns/" + concern.id();
		}
		redirect.addFlashAttribute("changed", "Opportunity taken down, and its organisation told why");
		return "redirect:/coordinator/concerns/" + concern.id();
	}

	@PostMapping("/coordinator/concerns/{id}/put-back")
	String putBack(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		ConcernView concern = load(id);
		try {
			this.concerns.putBackOpportunity(concern.id(), user);
		}
		catch (IllegalStateException ex) {
			redirect.addFlashAttribute("problem", "Only an opportunity that was taken down can be put back");
			return "redirect:/coordinator/concerns/" + concern.id();
		}
		redirect.addFlashAttribute("changed", "Opportunity put back, and its organisation told");
		return "redirect:/coordinator/concerns/" + concern.id();
	}

	private ConcernView load(String id) {
		return ConcernId.parse(id).flatMap(this.concerns::find).orElseThrow(Concerns.NoSuchConcernException::new);
	}

	/** Moving a concern between new and in triage, with a note. */
	public static class TriageForm {

		private String status;

		private String note;

		public String getStatus() {
			return this.status;
		}

		public void setStatus(String status) {
			this.status = status;
		}

		public String getNote() {
			return this.note;
		}

		public void setNote(String note) {
			this.note = note;
		}

	}

	/** Closing a concern with its outcome, and the reply to the reporter. */
	public static class CloseForm {

		private String outcome;

		private String reply;

		public String getOutcome() {
			return this.outcome;
		}

		public void setOutcome(String outcome) {
			this.outcome = outcome;
		}

		public String getReply() {
			return this.reply;
		}

		public void setReply(String reply) {
			this.reply = reply;
		}

	}

	/** Taking the concern's opportunity down, with the reason its organisation sees. */
	public static class TakeDownForm {

		private String reason;

		public String getReason() {
			return this.reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

	}

}
