package org.covenantconnects.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.covenantconnects.ConnectsTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The application's database role (ADR 022): it is the embedded default's runtime role,
 * owns nothing and is no superuser; it reads and writes the rows of every ordinary table,
 * only adds to and reads the append-only tables, and cannot change any table's definition
 * or drop a trigger. The whole test suite runs as this role, so a missing grant fails the
 * tests that use the table.
 */
@ConnectsTest
class RuntimeRoleTests {

	/**
	 * The tables whose rows are only ever added and read: the audit trail and the
	 * readings of recorded emails. A new audit table is added here and revoked in a
	 * migration.
	 */
	static final List<String> APPEND_ONLY = List.of("record_view", "email_body_view", "admin_action", "concern_event");

	private static final List<String> ROW_PRIVILEGES = List.of("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE",
			"REFERENCES", "TRIGGER");

	@Autowired
	JdbcClient jdbc;

	@Test
	void theApplicationRunsAsTheRuntimeRoleWhichIsNoSuperuserAndOwnsNothing() {
		assertThat(this.jdbc.sql("select current_user").query(String.class).single())
			.isEqualTo(EmbeddedDatabase.RUNTIME);
		Map<String, Object> role = this.jdbc
			.sql("select rolsuper, rolcreatedb, rolcreaterole, rolbypassrls from pg_roles where rolname = current_user")
			.query()
			.singleRow();
		assertThat(role).containsValues(false).doesNotContainValue(true);
		assertThat(this.jdbc.sql("""
				select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
				where n.nspname = 'public' and c.relowner = current_user::regrole""").query(Long.class).single())
			.isZero();
		assertThat(this.jdbc.sql("select has_schema_privilege('public', 'create')").query(Boolean.class).single())
			.isFalse();
	}

	@Test
	void everyOrdinaryTableIsReadAndWrittenAndEveryAppendOnlyTableOnlyAddedToAndRead() {
		List<String> tables = this.jdbc.sql("""
				select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
				where n.nspname = 'public' and c.relkind in ('r', 'p') and c.relname <> 'flyway_schema_history'
				order by c.relname""").query(String.class).list();
		assertThat(tables).containsAll(APPEND_ONLY).contains("account", "event_publication");
		List<String> wrong = new ArrayList<>();
		for (String table : tables) {
			List<String> expected = APPEND_ONLY.contains(table) ? List.of("SELECT", "INSERT")
					: List.of("SELECT", "INSERT", "UPDATE", "DELETE");
			List<String> granted = ROW_PRIVILEGES.stream()
				.filter((privilege) -> this.jdbc.sql("select has_table_privilege(current_user, :table, :privilege)")
					.param("table", "public." + table)
					.param("privilege", privilege)
					.query(Boolean.class)
					.single())
				.toList();
			if (!granted.equals(expected)) {
				wrong.add(table + " has " + granted + " instead of " + expected);
			}
		}
		assertThat(wrong).isEmpty();
		assertThat(this.jdbc.sql("select has_table_privilege('flyway_schema_history', 'insert, update, delete')")
			.query(Boolean.class)
			.single()).isFalse();
	}

	@Test
	void theAuditTrailRefusesEveryChangeButAnAddition() {
		assertThatThrownBy(() -> this.jdbc.sql("update record_view set what = 'nothing'").update()).rootCause()
			.hasMessageContaining("permission denied for table record_view");
		assertThatThrownBy(() -> this.jdbc.sql("delete from record_view").update()).rootCause()
			.hasMessageContaining("permission denied for table record_view");
		assertThatThrownBy(() -> this.jdbc.sql("truncate record_view").update()).rootCause()
			.hasMessageContaining("permission denied for table record_view");
		assertThatThrownBy(() -> this.jdbc.sql("drop trigger record_view_append_only on record_view").update())
			.rootCause()
			.hasMessageContaining("must be owner of");
		assertThatThrownBy(() -> this.jdbc.sql("alter table record_view disable trigger all").update()).rootCause()
			.hasMessageContaining("must be owner of");
		assertThatThrownBy(() -> this.jdbc.sql("alter table record_view add column note text").update()).rootCause()
			.hasMessageContaining("must be owner of");
		assertThatThrownBy(() -> this.jdbc.sql("drop table record_view").update()).rootCause()
			.hasMessageContaining("must be owner of");
		assertThatThrownBy(() -> this.jdbc.sql("truncate email_body_view").update()).rootCause()
			.hasMessageContaining("permission denied for table email_body_view");
		assertThatThrownBy(() -> this.jdbc.sql("drop trigger email_body_view_append_only on email_body_view").update())
			.rootCause()
			.hasMessageContaining("must be owner of");
		assertThatThrownBy(() -> this.jdbc.sql("create table mine (id int)").update()).rootCause()
			.hasMessageContaining("permission denied for schema public");
	}

	@Test
	void grantsMissingFromTheRuntimeRoleAreGivenAgainByTheNextMigrationRun() throws SQLException {
		String url = this.jdbc
			.sql("select 'jdbc:postgresql://localhost:' || current_setting('port') || '/' || current_database()")
			.query(String.class)
			.single();
		try (Connection owner = DriverManager.getConnection(url, EmbeddedDatabase.OWNER,
				EmbeddedDatabase.OWNER_PASSWORD); Statement statement = owner.createStatement()) {
			// As if the runtime role had been set up after the migrations ran as one
			// user.
			statement.execute("revoke delete on sign_in_failure from " + EmbeddedDatabase.RUNTIME);
			assertThat(this.jdbc.sql("select has_table_privilege('sign_in_failure', 'delete')")
				.query(Boolean.class)
				.single()).isFalse();
			try {
				Flyway.configure()
					.dataSource(url, EmbeddedDatabase.OWNER, EmbeddedDatabase.OWNER_PASSWORD)
					.locations("classpath:db/migration")
					.placeholders(Map.of("runtime_role", EmbeddedDatabase.RUNTIME))
					.load()
					.migrate();
				assertThat(this.jdbc.sql("select has_table_privilege('sign_in_failure', 'delete')")
					.query(Boolean.class)
					.single()).isTrue();
			}
			finally {
				statement.execute("grant delete on sign_in_failure to " + EmbeddedDatabase.RUNTIME);
			}
		}
	}

	@Test
	void tablesAMigrationMakesLaterAreCoveredByTheDefaultPrivileges() {
		List<String> defaults = this.jdbc.sql("""
				select d.defaclobjtype::text from pg_default_acl d
				cross join lateral aclexplode(d.defaclacl) a
				where d.defaclnamespace = 'public'::regnamespace and a.grantee = current_user::regrole
				group by d.defaclobjtype order by 1""").query(String.class).list();
		assertThat(defaults).containsExactly("S", "r");
	}

}
