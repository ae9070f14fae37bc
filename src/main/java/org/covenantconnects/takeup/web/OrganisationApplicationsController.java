package org.covenantconnects.takeup.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.platform.Choice;
import org.covenantconnects.platform.SummaryRow;
import org.covenantconnects.takeup.TakeUp;
import org.covenantconnects.takeup.TakeUpId;
import org.covenantconnects.takeup.TakeUpReason;
import org.covenantconnects.takeup.TakeUpStatus;
import org.covenantconnects.takeup.TakeUps;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A signatory user's applications: those made to their own organisation's opportunities,
 * each showing only what the young person chose to share, and moving each one on. An
 * application to another organisation answers "page not found"; the users of a lapsed
 * organisation are told they can no longer see any.
 */
@Controller
class OrganisationApplicationsController {

	private static final String NOT_SHARED = "Not shared";

	private final TakeUps takeUps;

	OrganisationApplicationsController(TakeUps takeUps) {
		this.takeUps = takeUps;
	}

	@GetMapping("/organisation/applications")
	String list(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("filter") Filter filter, Model model) {
		OpportunityId opportunity = OpportunityId.parse(filter.getOpportunity()).orElse(null);
		TakeUpStatus status = Arrays.stream(TakeUpStatus.values())
			.filter((s) -> s.name().equals(filter.getStatus()))
			.findFirst()
			.orElse(null);
		TakeUps.Applications applications = this.takeUps.applicationsFor(user.id(), opportunity, status);
		List<Choice> opportunities = new ArrayList<>();
		applications.titles().forEach((id, title) -> opportunities.add(Choice.of(id.toString(), title)));
		model.addAttribute("applications", applications);
		model.addAttribute("opportunityChoices", opportunities);
		model.addAttribute("statusChoices",
				Arrays.stream(TakeUpStatus.values())
					.filter((s) -> s != TakeUpStatus.INTERESTED && s != TakeUpStatus.CLAIMED)
					.map((s) -> Choice.of(s.name(), s.label()))
					.toList());
		model.addAttribute("filtered", opportunity != null || status != null);
		return "takeup/organisation-applications";
	}

	@GetMapping("/organisation/applications/{id}")
	String view(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, Model model) {
		TakeUps.Application application = this.takeUps.application(user.id(), parse(id));
		return page(application, new MoveForm(), model);
	}

	@PostMapping("/organisation/applications/{id}")
	String move(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@ModelAttribute("form") MoveForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		TakeUpId takeUpId = parse(id);
		TakeUps.Application application = this.takeUps.application(user.id(), takeUpId);
		TakeUpStatus next = application.nextSteps()
			.stream()
			.filter((s) -> s.name().equals(form.getNext()))
			.findFirst()
			.orElse(null);
		TakeUpReason reason = null;
		if (next == null) {
			errors.rejectValue("next", "missing", "Select what has happened");
		}
		else if (next.needsReason()) {
			reason = TakeUpReason.explaining(next)
				.stream()
				.filter((r) -> r.name().equals(form.getReason()))
				.findFirst()
				.orElse(null);
			if (reason == null) {
				errors.rejectValue("reason", "missing", "Select why it ended: \"" + next.label().toLowerCase(Locale.UK)
						+ "\" needs one of the reasons listed");
			}
		}
		if (errors.hasErrors()) {
			return page(application, form, model);
		}
		this.takeUps.move(user.id(), takeUpId, next, reason);
		redirect.addFlashAttribute("done", "Updated to \"" + next.label() + "\". We have emailed the young person.");
		return "redirect:/organisation/applications/" + takeUpId;
	}

	private String page(TakeUps.Application application, MoveForm form, Model model) {
		TakeUp takeUp = application.takeUp();
		model.addAttribute("item", application);
		model.addAttribute("form", form);
		model.addAttribute("shared", List.of(SummaryRow.of("Applied for", application.title()),
				SummaryRow.of("Name", (takeUp.sharedName() != null) ? takeUp.sharedName() : NOT_SHARED),
				SummaryRow.of("Email address", (takeUp.sharedEmail() != null) ? takeUp.sharedEmail() : NOT_SHARED),
				SummaryRow.of("What they are doing now",
						(takeUp.sharedSituation() != null) ? takeUp.sharedSituation().label() : NOT_SHARED),
				SummaryRow.of("Their message", (takeUp.message() != null) ? takeUp.message() : "No message")));
		model.addAttribute("nextChoices",
				application.nextSteps().stream().map((s) -> Choice.of(s.name(), nextStepLabel(s))).toList());
		model.addAttribute("reasonChoices",
				application.nextSteps()
					.stream()
					.filter(TakeUpStatus::needsReason)
					.flatMap((s) -> TakeUpReason.explaining(s).stream())
					.map((r) -> Choice.of(r.name(), r.label()))
					.toList());
		return "takeup/organisation-application";
	}

	@ExceptionHandler(TakeUps.OrganisationLapsedException.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String lapsed() {
		return "takeup/organisation-lapsed";
	}

	private static String nextStepLabel(TakeUpStatus status) {
		return switch (status) {
			case OFFERED -> "We have offered them a place";
			case UNSUCCESSFUL -> "We are not offering them a place";
			case STARTED -> "They have started";
			case DECLINED -> "They turned down our offer";
			case COMPLETED -> "They have completed it";
			case SUSTAINED -> "They are still with us";
			case WITHDRAWN -> "They have left";
			default -> status.label();
		};
	}

	private static TakeUpId parse(String id) {
		return TakeUpId.parse(id).orElseThrow(TakeUps.NoSuchTakeUpException::new);
	}

	/** The filters of the list of applications. */
	static class Filter {

		private String opportunity;

		private String status;

		public String getOpportunity() {
			return this.opportunity;
		}

		public void setOpportunity(String opportunity) {
			this.opportunity = opportunity;
		}

		public String getStatus() {
			return this.status;
		}

		public void setStatus(String status) {
			this.status = status;
		}

	}

	/** What has happened with an application, and why if it ended early. */
	static class MoveForm {

		private String next;

		private String reason;

		public String getNext() {
			return this.next;
		}

		public void setNext(String next) {
			this.next = next;
		}

		public String getReason() {
			return this.reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

	}

}
