package org.covenantconnects.supporter.internal;

import org.covenantconnects.identity.Role;
import org.covenantconnects.identity.UnconfirmedAccountRemoved;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Removes the registration of a supporter whose account is removed because its address
 * was never confirmed (ADR 022), in the same transaction.
 */
@Component
class UnconfirmedSupporters {

	private final JdbcClient jdbc;

	UnconfirmedSupporters(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(UnconfirmedAccountRemoved removed) {
		if (removed.role() == Role.SUPPORTER) {
			this.jdbc.sql("delete from supporter where account_id = :id")
				.param("id", removed.account().value())
				.update();
		}
	}

}
