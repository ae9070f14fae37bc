package org.covenantconnects.identity.internal;

import org.covenantconnects.identity.Accounts;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Creates the first administrator from {@code CONNECTS_FIRST_ADMIN_EMAIL} and
 * {@code CONNECTS_FIRST_ADMIN_PASSWORD} when the service has none; every other member of
 * staff is invited by an administrator.
 */
@Component
public class FirstAdministrator {

	private final Accounts accounts;

	private final String email;

	private final String password;

	public FirstAdministrator(Accounts accounts, @Value("${connects.first-admin.email:}") String email,
			@Value("${connects.first-admin.password:}") String password) {
		this.accounts = accounts;
		this.email = email;
		this.password = password;
	}

	@EventListener(ApplicationReadyEvent.class)
	public void createIfConfigured() {
		if (StringUtils.hasText(this.email) && StringUtils.hasText(this.password)) {
			this.accounts.ensureFirstAdministrator(this.email, this.password);
		}
	}

}
