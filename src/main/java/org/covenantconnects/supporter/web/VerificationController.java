package org.covenantconnects.supporter.web;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.AccountSummary;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.AdminAction;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.Places;
import org.covenantconnects.platform.PageLinks;
import org.covenantconnects.platform.SummaryRow;
import org.covenantconnects.supporter.CouncilEmailDomains;
import org.covenantconnects.supporter.OrganisationType;
import org.covenantconnects.supporter.SupporterProfile;
import org.covenantconnects.supporter.Supporters;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinators' queue of supporters waiting to be verified, and the decision on each.
 */
@Controller
class VerificationController {

	private static final int PAGE_SIZE = 25;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
		.withZone(ZoneId.of("Europe/London"));

	private final Supporters supporters;

	private final CouncilEmailDomains domains;

	private final Accounts accounts;

	private final Places places;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	VerificationController(Supporters supporters, CouncilEmailDomains domains, Accounts accounts, Places places,
			ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.clock = clock;
		this.supporters = supporters;
		this.domains = domains;
		this.accounts = accounts;
		this.places = places;
	}

	@GetMapping("/coordinator/supporters")
	String queue(@RequestParam(defaultValue = "1") int page, Model model) {
		PageLinks pages = PageLinks.of(page, this.supporters.countAwaitingVerification(), PAGE_SIZE,
				"/coordinator/supporters?page=");
		List<QueueRow> rows = this.supporters.awaitingVerification(pages.offset(PAGE_SIZE), PAGE_SIZE)
			.stream()
			.map((supporter) -> {
				AccountSummary account = this.accounts.find(supporter.account()).orElseThrow();
				return new QueueRow(supporter.account().value(), account.displayName(), supporter.role().label(),
						this.supporters.organisationOf(supporter), DATE.format(supporter.registeredAt()));
			})
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("total", this.supporters.countAwaitingVerification());
		model.addAttribute("pages", pages);
		return "supporter/queue";
	}

	@GetMapping("/coordinator/supporters/{id}")
	String review(@PathVariable String id, Model model) {
		model.addAttribute("form", new DeclineForm());
		return reviewPage(load(id), model);
	}

	@PostMapping("/coordinator/supporters/{id}/verify")
	String verify(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		SupporterProfile supporter = load(id);
		String name = nameOf(supporter);
		if (!this.supporters.verify(supporter.account(), user.id())) {
			redirect.addFlashAttribute("problem", "Only a supporter waiting to be verified can be verified");
			return "redirect:/coordinator/supporters/" + supporter.account();
		}
		auditIfAdministrator(user, "Verified a supporter", supporter.account());
		redirect.addFlashAttribute("done", name + " is verified. We have emailed them to say so.");
		return "redirect:/coordinator/supporters";
	}

	@PostMapping("/coordinator/supporters/{id}/decline")
	String decline(@PathVariable String id, @ModelAttribute("form") DeclineForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		SupporterProfile supporter = load(id);
		String reason = (form.getReason() != null) ? form.getReason().trim() : "";
		if (reason.isEmpty()) {
			errors.rejectValue("reason", "required", "Enter why you are declining them: they will see what you write");
		}
		else if (reason.length() > 1000) {
			errors.rejectValue("reason", "long", "Reason must be 1,000 characters or fewer");
		}
		if (errors.hasErrors()) {
			return reviewPage(supporter, model);
		}
		String name = nameOf(supporter);
		if (!this.supporters.decline(supporter.account(), user.id(), reason)) {
			redirect.addFlashAttribute("problem", "Only a supporter waiting to be verified can be declined");
			return "redirect:/coordinator/supporters/" + supporter.account();
		}
		auditIfAdministrator(user, "Declined a supporter", supporter.account());
		redirect.addFlashAttribute("done", name + " is declined. We have emailed them your reason.");
		return "redirect:/coordinator/supporters";
	}

	/** An administrator's decision goes in the admin audit log too. */
	private void auditIfAdministrator(CurrentUser user, String action, AccountId supporter) {
		if (user.is(Role.ADMIN)) {
			this.events.publishEvent(new AdminAction(user.id(), action, supporter, null, this.clock.instant()));
		}
	}

	private String reviewPage(SupporterProfile supporter, Model model) {
		AccountSummary account = this.accounts.find(supporter.account()).orElseThrow();
		LocalAuthority council = this.places.localAuthority(supporter.council()).orElseThrow();
		List<SummaryRow> rows = new ArrayList<>();
		rows.add(SummaryRow.of("Name", account.displayName()));
		rows.add(SummaryRow.of("Work email address", account.email()));
		rows.add(SummaryRow.of("Email address confirmed", supporter.emailConfirmed() ? "Yes" : "Not yet"));
		rows.add(SummaryRow.of("Role", supporter.role().label()));
		rows.add(SummaryRow.of("Organisation", this.supporters.organisationOf(supporter)));
		if (supporter.organisationType() != OrganisationType.COUNCIL) {
			rows.add(SummaryRow.of("Council area", council.name()));
		}
		else {
			List<String> allowed = this.domains.of(council.id());
			rows.add(SummaryRow.of("Council's allowed email domains",
					allowed.isEmpty() ? "None yet" : String.join(", ", allowed)));
		}
		rows.add(SummaryRow.of("Registered", DATE.format(supporter.registeredAt())));
		rows.add(SummaryRow.of("Status", switch (supporter.verification()) {
			case PENDING -> "Waiting to be verified";
			case VERIFIED ->
				supporter.verifiedByDomain() ? "Verified by their organisation's email domain" : "Verified";
			case DECLINED -> "Declined: " + supporter.declinedReason();
		}));
		model.addAttribute("name", account.displayName());
		model.addAttribute("supporter", supporter);
		model.addAttribute("rows", rows);
		return "supporter/review";
	}

	private String nameOf(SupporterProfile supporter) {
		return this.accounts.find(supporter.account()).map(AccountSummary::displayName).orElse("The supporter");
	}

	private SupporterProfile load(String id) {
		try {
			return this.supporters.find(new AccountId(UUID.fromString(id)))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	record QueueRow(UUID id, String name, String role, String organisation, String registered) {

	}

	/** The reason a coordinator gives for declining a supporter. */
	static class DeclineForm {

		private String reason;

		public String getReason() {
			return this.reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

	}

}
