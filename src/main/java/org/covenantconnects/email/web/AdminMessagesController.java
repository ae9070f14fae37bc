package org.covenantconnects.email.web;

import java.security.Principal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.covenantconnects.email.Emails;
import org.covenantconnects.email.internal.Delivery;
import org.covenantconnects.platform.PageLinks;
import org.covenantconnects.platform.SummaryRow;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The delivery log: every email the service has sent, recorded, is still trying to send,
 * or gave up on, with the reason; who each is to and what about, never what it says. With
 * no mail server configured and fictional data only (a demo), a recorded email is read on
 * a page of its own, and each reading is recorded.
 */
@Controller
class AdminMessagesController {

	private static final int PAGE_SIZE = 20;

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK)
		.withZone(ZoneId.of("Europe/London"));

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

	@GetMapping("/admin/messages/{id}")
	String message(@PathVariable UUID id, Principal reader, Model model) {
		Emails.RecordedEmail message = this.emails.read(id, reader.getName())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("message", message);
		model.addAttribute("rows", List.of(SummaryRow.of("To", message.recipient()),
				SummaryRow.of("Recorded", WHEN.format(message.recordedAt()))));
		return "email/admin-message";
	}

}
