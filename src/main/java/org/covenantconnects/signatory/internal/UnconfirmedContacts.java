package org.covenantconnects.signatory.internal;

import org.covenantconnects.identity.Role;
import org.covenantconnects.identity.UnconfirmedAccountRemoved;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An organisation's user whose account is removed because its address was never confirmed
 * (ADR 022) stops being a member; an organisation that only expressed interest through
 * them, and has nobody else, goes with them. In the same transaction.
 */
@Component
class UnconfirmedContacts {

	private final JdbcClient jdbc;

	UnconfirmedContacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(UnconfirmedAccountRemoved removed) {
		if (removed.role() != Role.SIGNATORY) {
			return;
		}
		this.jdbc
			.sql("""
					delete from signatory s where s.stage = 'INTERESTED'
					and exists (select 1 from signatory_member m where m.signatory_id = s.id and m.account_id = :id)
					and not exists (select 1 from signatory_member m where m.signatory_id = s.id and m.account_id <> :id)""")
			.param("id", removed.account().value())
			.update();
		this.jdbc.sql("delete from signatory_member where account_id = :id")
			.param("id", removed.account().value())
			.update();
	}

}
