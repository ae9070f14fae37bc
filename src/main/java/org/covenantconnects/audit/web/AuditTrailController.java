package org.covenantconnects.audit.web;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.covenantconnects.audit.AuditTrail;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.AccountSummary;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Coordinators and administrators read the audit trail of one young person, found by
 * their email address.
 */
@Controller
class AuditTrailController {

	private final AuditTrail auditTrail;

	private final Accounts accounts;

	AuditTrailController(AuditTrail auditTrail, Accounts accounts) {
		this.auditTrail = auditTrail;
		this.accounts = accounts;
	}

	@GetMapping("/coordinator/audit-trail")
	String auditTrail(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") AuditForm form, Model model) {
		model.addAttribute("searched", form.getEmail() != null && !form.getEmail().isBlank());
		Optional<AccountSummary> careLeaver = Optional.ofNullable(form.getEmail())
			.filter((email) -> !email.isBlank())
			.flatMap((email) -> this.accounts.idOf(email.trim()))
			.flatMap(this.accounts::find)
			.filter((account) -> account.role() == Role.CARE_LEAVER);
		model.addAttribute("careLeaver", careLeaver.orElse(null));
		model.addAttribute("mayCorrect", user.is(Role.COORDINATOR));
		careLeaver.ifPresent((account) -> {
			List<AuditTrail.RecordView> views = this.auditTrail.trailOf(user.id(), user.role(), account.id());
			model.addAttribute("views", views);
			model.addAttribute("viewers",
					views.stream()
						.map(AuditTrail.RecordView::viewer)
						.distinct()
						.collect(Collectors.toMap((id) -> id, this::describe)));
		});
		return "audit/audit-trail";
	}

	private String describe(AccountId id) {
		if (id == null) {
			return "A deleted account";
		}
		return this.accounts.find(id).map((a) -> a.displayName() + " (" + a.email() + ")").orElse("A deleted account");
	}

	/** Whose audit trail to read. */
	static class AuditForm {

		private String email;

		public String getEmail() {
			return this.email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

	}

}
