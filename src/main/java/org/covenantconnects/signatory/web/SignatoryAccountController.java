package org.covenantconnects.signatory.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.covenantconnects.identity.AccountData;
import org.covenantconnects.identity.AccountSummary;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.platform.Choice;
import org.covenantconnects.platform.SummaryRow;
import org.covenantconnects.signatory.Signatories;
import org.covenantconnects.signatory.SignatorySummary;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A signatory user's own account: their details, downloading everything held about them,
 * and deleting their account after a confirmation page. Deleting it never deletes the
 * organisation; the last user of an organisation is told what that leaves. Every request
 * acts only on the signed-in user's own account.
 */
@Controller
class SignatoryAccountController {

	private final Signatories signatories;

	private final Accounts accounts;

	private final AccountData accountData;

	SignatoryAccountController(Signatories signatories, Accounts accounts, AccountData accountData) {
		this.signatories = signatories;
		this.accounts = accounts;
		this.accountData = accountData;
	}

	@GetMapping("/organisation/account")
	String account(@AuthenticationPrincipal CurrentUser user, Model model) {
		AccountSummary account = this.accounts.find(user.id()).orElseThrow(AccountData.NoSuchAccountException::new);
		List<SummaryRow> rows = new ArrayList<>();
		rows.add(SummaryRow.of("Name", account.displayName()));
		rows.add(SummaryRow.of("Email address", account.email()));
		this.signatories.ofMember(user.id())
			.ifPresent((organisation) -> rows.add(SummaryRow.of("You act for", organisation.name())));
		model.addAttribute("rows", rows);
		return "signatory/account";
	}

	@GetMapping("/organisation/account/data")
	ResponseEntity<Map<String, Object>> download(@AuthenticationPrincipal CurrentUser user) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("my-covenant-connects-data.json").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(this.accountData.download(user.id()));
	}

	@GetMapping("/organisation/account/delete")
	String deletePage(@AuthenticationPrincipal CurrentUser user, Model model) {
		return deletePage(user, new ConfirmDeletionForm(), model);
	}

	@PostMapping("/organisation/account/delete")
	String delete(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") ConfirmDeletionForm form,
			BindingResult errors, Model model, HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) {
		if (!form.getConfirmed().equals(List.of("yes"))) {
			errors.rejectValue("confirmed", "missing", "Select that you understand your account will be deleted");
		}
		if (form.getCurrentPassword() == null || form.getCurrentPassword().isEmpty()) {
			errors.rejectValue("currentPassword", "missing", "Enter your password");
		}
		else if (!this.accounts.passwordMatches(user.id(), form.getCurrentPassword())) {
			errors.rejectValue("currentPassword", "wrong", "Your password is not right. Try again");
		}
		if (errors.hasErrors()) {
			form.setCurrentPassword(null);
			return deletePage(user, form, model);
		}
		this.accountData.erase(user.id());
		new SecurityContextLogoutHandler().logout(request, response, authentication);
		return "redirect:/account-deleted";
	}

	private String deletePage(CurrentUser user, ConfirmDeletionForm form, Model model) {
		Optional<SignatorySummary> organisation = this.signatories.ofMember(user.id());
		model.addAttribute("form", form);
		model.addAttribute("organisation", organisation.map(SignatorySummary::name).orElse(null));
		model.addAttribute("lastUser",
				organisation.map((o) -> this.signatories.members(o.id()).size() <= 1).orElse(false));
		model.addAttribute("confirmation",
				List.of(Choice.of("yes", "I understand that my account and my details will be deleted for good")));
		return "signatory/delete-account";
	}

	/** The box that confirms deleting an account, and the password asked again. */
	public static class ConfirmDeletionForm {

		private List<String> confirmed = new ArrayList<>();

		private String currentPassword;

		public String getCurrentPassword() {
			return this.currentPassword;
		}

		public void setCurrentPassword(String currentPassword) {
			this.currentPassword = currentPassword;
		}

		public List<String> getConfirmed() {
			return this.confirmed;
		}

		public void setConfirmed(List<String> confirmed) {
			this.confirmed = (confirmed != null) ? confirmed : new ArrayList<>();
		}

	}

}
