package org.covenantconnects.email.web;

import java.util.Map;

import org.covenantconnects.email.Emails;
import org.covenantconnects.email.internal.Delivery;
import org.covenantconnects.platform.PageLinks;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The delivery log: every email the service has sent, recorded, is still trying to send,
 * or gave up on, with the reason. With no mail server configured this is where the
 * messages are read.
 */
@Controller
class AdminMessagesController {

	private static final int PAGE_SIZE = 20;

	/** What each status is called on the page, and the colour of its tag. */
	private static final Map<String, String> STATUS_NAMES = Map.of("PENDING", "Waiting", "SENDING", "Sending", "SENT",
			"Sent", "RECORDED", "Recorded", "FAILED", "Failed", "SUPPRESSED", "Not sent");

	private static final Map<String, String> STATUS_COLOURS = Map.of("PENDING", "grey", "SENDING", "blue", "SENT",
			"green", "RECORDED", "green", "FAILED", "red", "SUPPRESSED", "orange");

	/**
	 * What GOV.UK Notify's delivery receipt said, in words, and the colour of its tag.
	 */
	private static final Map<Delivery, String> DELIVERY_NAMES = Map.of(Delivery.DELIVERED, "Delivered",
			Delivery.PERMANENT_FAILURE, "Address refused it for good", Delivery.TEMPORARY_FAILURE,
			"Not delivered: inbox full or server busy", Delivery.TECHNICAL_FAILURE,
			"Not delivered: a fault at GOV.UK Notify");

	private static final Map<Delivery, String> DELIVERY_COLOURS = Map.of(Delivery.DELIVERED, "green",
			Delivery.PERMANENT_FAILURE, "red", Delivery.TEMPORARY_FAILURE, "orange", Delivery.TECHNICAL_FAILURE, "red");

	private final Emails emails;

	AdminMessagesController(Emails emails) {
		this.emails = emails;
	}

	@GetMapping("/admin/messages")
	String messages(@RequestParam(defaultValue = "1") int page, Model model) {
		PageLinks pages = PageLinks.of(page, this.emails.count(), PAGE_SIZE, "/admin/messages?page=");
		model.addAttribute("messages", this.emails.recent(pages.offset(PAGE_SIZE), PAGE_SIZE));
		model.addAttribute("pages", pages);
		model.addAttribute("statusNames", STATUS_NAMES);
		model.addAttribute("statusColours", STATUS_COLOURS);
		model.addAttribute("deliveryNames", DELIVERY_NAMES);
		model.addAttribute("deliveryColours", DELIVERY_COLOURS);
		return "email/admin-messages";
	}

}
