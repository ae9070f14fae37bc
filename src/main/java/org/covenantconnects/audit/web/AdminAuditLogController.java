package org.covenantconnects.audit.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.covenantconnects.audit.AdminAuditLog;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.platform.PageLinks;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrators read what administrators did, newest first, a page at a time. */
@Controller
class AdminAuditLogController {

	private final AdminAuditLog log;

	private final Accounts accounts;

	AdminAuditLogController(AdminAuditLog log, Accounts accounts) {
		this.log = log;
		this.accounts = accounts;
	}

	@GetMapping("/admin/audit-log")
	String log(@RequestParam(defaultValue = "1") int page, Model model) {
		PageLinks pages = PageLinks.of(page, this.log.count(), PageLinks.DEFAULT_SIZE, "/admin/audit-log?page=");
		List<AdminAuditLog.Entry> entries = this.log.page(pages.offset(PageLinks.DEFAULT_SIZE), PageLinks.DEFAULT_SIZE);
		Map<AccountId, String> names = new HashMap<>();
		entries.stream()
			.flatMap((entry) -> Stream.of(entry.admin(), entry.subject()))
			.filter((id) -> id != null)
			.distinct()
			.forEach((id) -> names.put(id, describe(id)));
		model.addAttribute("entries", entries);
		model.addAttribute("names", names);
		model.addAttribute("pages", pages);
		return "audit/admin-audit-log";
	}

	private String describe(AccountId id) {
		return this.accounts.find(id).map((a) -> a.displayName() + " (" + a.email() + ")").orElse("A deleted account");
	}

}
