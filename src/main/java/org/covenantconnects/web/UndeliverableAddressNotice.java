package org.covenantconnects.web;

import org.covenantconnects.email.Emails;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * When mail servers have refused a signed-in person's email address for good, every page
 * they visit asks them to correct it (the outbox sends nothing more to it until then).
 */
@ControllerAdvice(annotations = Controller.class)
class UndeliverableAddressNotice {

	private final Accounts accounts;

	private final Emails emails;

	UndeliverableAddressNotice(Accounts accounts, Emails emails) {
		this.accounts = accounts;
		this.emails = emails;
	}

	/** The notice, or {@code null} when there is nothing to say. */
	@ModelAttribute("undeliverableAddress")
	Notice undeliverableAddress(@AuthenticationPrincipal CurrentUser user) {
		if (user == null) {
			return null;
		}
		return this.accounts.find(user.id())
			.filter((account) -> this.emails.isUndeliverable(account.email()))
			.map((account) -> new Notice("We cannot send emails to " + account.email(),
					(user.role() == Role.CARE_LEAVER) ? "/my-account/email" : null,
					(user.role() == Role.CARE_LEAVER) ? "Change your email address"
							: "Ask the Covenant team to change your email address, so you do not miss anything."))
			.orElse(null);
	}

	/**
	 * @param link where to change the address, or {@code null} when only the Covenant
	 * team can
	 */
	record Notice(String heading, String link, String advice) {
	}

}
