package org.covenantconnects.audit.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.covenantconnects.identity.AccountSummary;
import org.covenantconnects.identity.PersonalData;
import org.covenantconnects.identity.Role;
import org.covenantconnects.platform.PersonalColumns;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit trail's personal data, found by account id. The trail stays append-only: an
 * erased person's account id leaves every row that names them, as the one who looked or
 * the young person looked at, and what was looked at, by which role and when stays (the
 * one change the table's trigger allows).
 */
@Component
@Order(70)
class AuditPersonalData implements PersonalData, PersonalColumns {

	private final JdbcClient jdbc;

	AuditPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String module() {
		return "audit";
	}

	@Override
	public List<Column> columns() {
		return List.of(Column.both("record_view", "viewer_account_id", Erased.BLANKED),
				Column.both("record_view", "care_leaver_account_id", Erased.BLANKED),
				Column.erasedOnly("admin_action", "subject_account_id", Erased.BLANKED,
						"what an administrator did about the person stays in the admin audit log, without whom it was about"));
	}

	@Override
	public String part() {
		return "youngPeoplesRecordsYouLookedAt";
	}

	/**
	 * What a member of staff, adviser or organisation looked at; a young person's own
	 * trail is in their download already.
	 */
	@Override
	public Object download(AccountSummary account) {
		if (account.role() == Role.CARE_LEAVER) {
			return null;
		}
		List<Looked> looked = this.jdbc.sql("""
				select what, viewed_at from record_view where viewer_account_id = :account order by viewed_at, id
				""")
			.param("account", account.id().value())
			.query((rs, row) -> new Looked(rs.getString("what"),
					rs.getObject("viewed_at", OffsetDateTime.class).toInstant()))
			.list();
		return looked.isEmpty() ? null : looked;
	}

	@Override
	public void erase(AccountSummary account) {
		// The runtime role cannot change audit rows; this function, run with the owner's
		// rights,
		// blanks the erased person's account id and can do nothing else.
		this.jdbc.sql("select erase_from_record_view(:account)")
			.param("account", account.id().value())
			.query()
			.singleRow();
	}

	record Looked(String what, Instant when) {

	}

}
