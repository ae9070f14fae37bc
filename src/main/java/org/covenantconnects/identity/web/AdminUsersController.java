package org.covenantconnects.identity.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.covenantconnects.identity.internal.Account;
import org.covenantconnects.identity.web.AccountForms.InviteForm;
import org.covenantconnects.platform.Choice;
import org.covenantconnects.platform.PageLinks;

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
 * Administrators see the staff's accounts (coordinators and administrators), find anyone
 * else's only by their whole email address, invite staff, and lock or unlock accounts.
 * Searches, invitations, locks and unlocks are written to the admin audit log.
 */
@Controller
class AdminUsersController {

	private static final List<Choice> STAFF_ROLES = Arrays.stream(Role.values())
		.filter(Role::isStaff)
		.map((role) -> Choice.of(role.name(), role.label()))
		.toList();

	private final Accounts accounts;

	AdminUsersController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/admin/users")
	String list(@RequestParam(defaultValue = "1") int page, @ModelAttribute("search") SearchForm search,
			@AuthenticationPrincipal CurrentUser admin, Model model) {
		String email = search.getEmail();
		PageLinks pages = PageLinks.of(page, this.accounts.countStaff(), PageLinks.DEFAULT_SIZE, "/admin/users?page=");
		model.addAttribute("accounts",
				this.accounts.staff(pages.offset(PageLinks.DEFAULT_SIZE), PageLinks.DEFAULT_SIZE));
		model.addAttribute("pages", pages);
		boolean searched = email != null && !email.isBlank();
		model.addAttribute("searched", searched);
		if (searched) {
			model.addAttribute("found", this.accounts.searchByExactEmail(admin.id(), email).orElse(null));
		}
		return "identity/admin-users";
	}

	@GetMapping("/admin/users/invite")
	String inviteForm(@ModelAttribute("form") InviteForm form, Model model) {
		model.addAttribute("roles", STAFF_ROLES);
		return "identity/admin-invite";
	}

	@PostMapping("/admin/users/invite")
	String invite(@Valid @ModelAttribute("form") InviteForm form, BindingResult errors, Model model,
			@AuthenticationPrincipal CurrentUser admin, RedirectAttributes redirect) {
		Role role = STAFF_ROLES.stream()
			.filter((choice) -> choice.value().equals(form.getRole()))
			.map((choice) -> Role.valueOf(choice.value()))
			.findFirst()
			.orElse(null);
		if (role == null && !errors.hasFieldErrors("role")) {
			errors.rejectValue("role", "unknown", "Select a role");
		}
		if (!errors.hasErrors()) {
			try {
				this.accounts.invite(form.getDisplayName(), form.getEmail(), role, admin.id());
				redirect.addFlashAttribute("invited", form.getEmail().trim());
				return "redirect:/admin/users";
			}
			catch (Accounts.EmailAlreadyUsedException used) {
				errors.rejectValue("email", "used", "An account already uses this email address");
			}
		}
		model.addAttribute("roles", STAFF_ROLES);
		return "identity/admin-invite";
	}

	@PostMapping("/admin/users/{id}/lock")
	String lock(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser admin, RedirectAttributes redirect) {
		if (admin.id().value().equals(id)) {
			redirect.addFlashAttribute("problem", "You cannot lock your own account");
			return "redirect:/admin/users";
		}
		this.accounts.lock(new AccountId(id), admin.id());
		redirect.addFlashAttribute("changed", "Account locked");
		return "redirect:/admin/users";
	}

	@PostMapping("/admin/users/{id}/unlock")
	String unlock(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser admin, RedirectAttributes redirect) {
		this.accounts.unlock(new AccountId(id), admin.id());
		redirect.addFlashAttribute("changed", "Account unlocked");
		return "redirect:/admin/users";
	}

	/** The whole email address of the account looked for. */
	public static class SearchForm {

		private String email;

		public String getEmail() {
			return this.email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

	}

}
