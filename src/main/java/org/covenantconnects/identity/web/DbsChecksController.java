package org.covenantconnects.identity.web;

import java.time.LocalDate;
import java.util.UUID;

import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.AccountSummary;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.DbsCheck;
import org.covenantconnects.identity.Role;
import org.covenantconnects.identity.StaffChecks;
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
 * Administrators see every coordinator's enhanced DBS check and record new ones. Each
 * recording is written to the admin audit log.
 */
@Controller
class DbsChecksController {

	private final StaffChecks checks;

	private final Accounts accounts;

	DbsChecksController(StaffChecks checks, Accounts accounts) {
		this.checks = checks;
		this.accounts = accounts;
	}

	@GetMapping("/admin/dbs-checks")
	String list(Model model) {
		model.addAttribute("coordinators", this.checks.coordinators());
		return "identity/admin-dbs-checks";
	}

	@GetMapping("/admin/dbs-checks/{id}")
	String form(@PathVariable UUID id, Model model) {
		AccountSummary coordinator = coordinator(id);
		CheckForm form = new CheckForm();
		this.checks.of(coordinator.id()).ifPresent((check) -> {
			form.setIssued(DateAnswer.of(check.issuedOn()));
			form.setCertificateReference(check.certificateReference());
			form.setRenewal(DateAnswer.of(check.renewalDue()));
		});
		model.addAttribute("form", form);
		model.addAttribute("coordinator", coordinator);
		return "identity/admin-dbs-check";
	}

	@PostMapping("/admin/dbs-checks/{id}")
	String record(@PathVariable UUID id, @ModelAttribute("form") CheckForm form, BindingResult errors, Model model,
			@AuthenticationPrincipal CurrentUser admin, RedirectAttributes redirect) {
		AccountSummary coordinator = coordinator(id);
		int thisYear = this.checks.today().getYear();
		DateAnswer.Reading issued = form.getIssued()
			.read("Date of issue", "Enter the date the certificate was issued", thisYear);
		if (!issued.isValid()) {
			reject(errors, "issued", issued.problem());
		}
		else if (issued.date().isAfter(this.checks.today())) {
			errors.rejectValue("issued", "future", "Date of issue must be today or in the past");
		}
		String reference = (form.getCertificateReference() != null) ? form.getCertificateReference().replace(" ", "")
				: "";
		if (reference.isEmpty()) {
			errors.rejectValue("certificateReference", "missing", "Enter the certificate number");
		}
		else if (!reference.matches("\\d{12}")) {
			errors.rejectValue("certificateReference", "format",
					"Certificate number must be the 12 numbers printed on the certificate");
		}
		LocalDate renewal = null;
		if (!form.getRenewal().isEmpty()) {
			DateAnswer.Reading read = form.getRenewal().read("Renewal date", "Enter the renewal date", thisYear + 3);
			if (!read.isValid()) {
				reject(errors, "renewal", read.problem());
			}
			else if (issued.isValid() && !read.date().isAfter(issued.date())) {
				errors.rejectValue("renewal", "before", "Renewal date must be after the date of issue");
			}
			renewal = read.date();
		}
		if (errors.hasErrors()) {
			model.addAttribute("coordinator", coordinator);
			return "identity/admin-dbs-check";
		}
		LocalDate due = (renewal != null) ? renewal : StaffChecks.defaultRenewal(issued.date());
		this.checks.record(admin.id(), coordinator.id(), issued.date(), reference, due);
		redirect.addFlashAttribute("recorded", coordinator.displayName());
		return "redirect:/admin/dbs-checks";
	}

	private static void reject(BindingResult errors, String field, DateAnswer.Problem problem) {
		errors.rejectValue((problem.part() != null) ? field + "." + problem.part() : field, "date", problem.message());
	}

	private AccountSummary coordinator(UUID id) {
		return this.accounts.find(new AccountId(id))
			.filter((account) -> account.role() == Role.COORDINATOR)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** A check as typed. */
	public static class CheckForm {

		private DateAnswer issued = new DateAnswer();

		private String certificateReference;

		private DateAnswer renewal = new DateAnswer();

		public DateAnswer getIssued() {
			return this.issued;
		}

		public void setIssued(DateAnswer issued) {
			this.issued = issued;
		}

		public String getCertificateReference() {
			return this.certificateReference;
		}

		public void setCertificateReference(String certificateReference) {
			this.certificateReference = certificateReference;
		}

		public DateAnswer getRenewal() {
			return this.renewal;
		}

		public void setRenewal(DateAnswer renewal) {
			this.renewal = renewal;
		}

		/** The default renewal, for the hint. */
		public int defaultYears() {
			return DbsCheck.DEFAULT_YEARS;
		}

	}

}
