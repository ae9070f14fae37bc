package org.covenantconnects.alert;

import org.covenantconnects.platform.PageLinks;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The delivery log: every email the service has sent or recorded. With no mail server
 * configured this is where the messages are read.
 */
@Controller
class AdminMessagesController {

	private static final int PAGE_SIZE = 20;

	private final Emails emails;

	AdminMessagesController(Emails emails) {
		this.emails = emails;
	}

	@GetMapping("/admin/messages")
	String messages(@RequestParam(defaultValue = "1") int page, Model model) {
		PageLinks pages = PageLinks.of(page, this.emails.count(), PAGE_SIZE, "/admin/messages?page=");
		model.addAttribute("messages", this.emails.recent(pages.offset(PAGE_SIZE), PAGE_SIZE));
		model.addAttribute("pages", pages);
		return "alert/admin-messages";
	}

}
