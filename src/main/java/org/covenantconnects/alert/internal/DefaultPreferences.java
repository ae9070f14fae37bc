package org.covenantconnects.alert.internal;

import org.covenantconnects.alert.Subscriptions;
import org.covenantconnects.identity.AccountActivated;
import org.covenantconnects.identity.Role;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Gives every care leaver and supporter alert preferences made from their profile: when
 * their account is activated, and at start-up for anyone without (accounts made before
 * alerts existed, demo accounts). The person's own page makes them too, if still missing.
 */
@Component
class DefaultPreferences {

	private final Subscriptions subscriptions;

	DefaultPreferences(Subscriptions subscriptions) {
		this.subscriptions = subscriptions;
	}

	@ApplicationModuleListener
	void on(AccountActivated activated) {
		if (activated.role() == Role.CARE_LEAVER || activated.role() == Role.SUPPORTER) {
			this.subscriptions.createDefaults(activated.account());
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void fillGaps() {
		this.subscriptions.createMissingDefaults();
	}

}
