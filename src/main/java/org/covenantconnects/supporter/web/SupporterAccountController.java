package org.covenantconnects.supporter.web;

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
import org.covenantconnects.supporter.SupporterProfile;
import org.covenantconnects.supporter.Supporters;

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
 * A supporter's own account, verified or not: their details, downloading everything held
 * about them, and deleting their account after a confirmation page. Every request acts
 * only on the signed-in supporter's own account.
 */
@Controller
class SupporterAccountController {

	private final Supporters supporters;

	private final Accounts accounts;

	private final AccountData accountData;

	SupporterAccountController(Supporters supporters, Accounts accounts, AccountData accountData) {
		this.supporters = supporters;
		this.accounts = accounts;
		this.accountData = accountData;
	}

	@GetMapping("/supporter/account")
	String account(@AuthenticationPrincipal CurrentUser user, Model model) {
		AccountSummary account = this.accounts.find(user.id()).orElseThrow(AccountData.NoSuchAccountException::new);
		Optional<SupporterProfile> profile = this.supporters.find(user.id());
		List<SummaryRow> rows = new ArrayList<>();
		rows.add(SummaryRow.of("Name", account.displayName()));
		rows.add(SummaryRow.of("Email address", account.email()));
		profile.ifPresent((supporter) -> {
			rows.add(SummaryRow.of("Where you work", this.supporters.organisationOf(supporter)));
			rows.add(SummaryRow.of("Your role", supporter.role().label()));
		});
		model.addAttribute("rows", rows);
		return "supporter/account";
	}

	@GetMapping("/supporter/account/data")
	ResponseEntity<Map<String, Object>> download(@AuthenticationPrincipal CurrentUser user) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("my-covenant-connects-data.json").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(this.accountData.download(user.id()));
	}

	@GetMapping("/supporter/account/delete")
	String deletePage(@AuthenticationPrincipal CurrentUser user, Model model) {
		return deletePage(user, new ConfirmDeletionForm(), model);
	}

	@PostMapping("/supporter/account/delete")
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
		model.addAttribute("form", form);
		model.addAttribute("confirmation",
				List.of(Choice.of("yes", "I understand that my account and my details will be deleted for good")));
		return "supporter/delete-account";
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
