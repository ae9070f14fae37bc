package org.covenantconnects.supporter.internal;

import org.covenantconnects.identity.AccountActivated;
import org.covenantconnects.identity.Role;
import org.covenantconnects.supporter.Supporters;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts a supporter in the coordinators' queue once they have confirmed their email
 * address, so that nobody checks a registration its owner has abandoned. Repeating it
 * changes nothing.
 */
@Component
class AccountActivations {

	private final Supporters supporters;

	AccountActivations(Supporters supporters) {
		this.supporters = supporters;
	}

	@ApplicationModuleListener
	void on(AccountActivated activated) {
		if (activated.role() == Role.SUPPORTER) {
			this.supporters.emailConfirmed(activated.account());
		}
	}

}
