package org.covenantconnects.identity;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.identity.internal.FirstAdministrator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** The first administrator comes from configuration, once. */
@ConnectsTest
@Transactional
class FirstAdministratorTests {

	@Autowired
	private Accounts accounts;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theConfiguredAdministratorIsCreatedOnlyWhenThereIsNone() {
		this.jdbc.sql("delete from account where role = 'ADMIN'").update();
		new FirstAdministrator(this.accounts, "first.admin@example.org", "kettle orbit lantern").createIfConfigured();
		new FirstAdministrator(this.accounts, "second.admin@example.org", "kettle orbit lantern").createIfConfigured();

		assertThat(this.jdbc.sql("select email from account where role = 'ADMIN'").query(String.class).list())
			.containsExactly("first.admin@example.org");
		assertThat(this.jdbc.sql("select status from account where role = 'ADMIN'").query(String.class).single())
			.isEqualTo("ACTIVE");
	}

	@Test
	void nothingHappensWithoutConfiguration() {
		this.jdbc.sql("delete from account where role = 'ADMIN'").update();
		new FirstAdministrator(this.accounts, "", "").createIfConfigured();
		assertThat(this.accounts.anyWithRole(Role.ADMIN)).isFalse();
	}

}
