package org.covenantconnects.concern.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.covenantconnects.identity.AccountSummary;
import org.covenantconnects.identity.PersonalData;
import org.covenantconnects.platform.PersonalColumns;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Concerns' personal data, found by account id: the concerns a signed-in person reported,
 * and those reported signed out from the address their account now has. Erasing them
 * removes who reported it and keeps the concern, which is about an organisation and its
 * opportunity and may have led to a take-down. The history of each concern names no
 * reporter, only the coordinators who acted, whose accounts are not erased by their
 * holders.
 */
@Component
@Order(80)
class ConcernPersonalData implements PersonalData, PersonalColumns {

	private final JdbcClient jdbc;

	ConcernPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String module() {
		return "concern";
	}

	@Override
	public List<Column> columns() {
		return List.of(Column.both("concern", "reporter_account_id", Erased.BLANKED),
				Column.both("concern", "reporter_email", Erased.BLANKED));
	}

	@Override
	public String part() {
		return "concernsYouReported";
	}

	@Override
	public Object download(AccountSummary account) {
		List<Reported> reported = this.jdbc.sql("""
				select about_title, kind, description, status, reported_at from concern
				where reporter_account_id = :account or lower(reporter_email) = lower(:email)
				order by reported_at, id
				""")
			.param("account", account.id().value())
			.param("email", account.email())
			.query((rs, row) -> new Reported(rs.getString("about_title"), rs.getString("kind"),
					rs.getString("description"), rs.getString("status"),
					rs.getObject("reported_at", OffsetDateTime.class).toInstant()))
			.list();
		return reported.isEmpty() ? null : reported;
	}

	@Override
	public void erase(AccountSummary account) {
		this.jdbc.sql("""
				update concern set reporter_account_id = null, reporter_email = null
				where reporter_account_id = :account or lower(reporter_email) = lower(:email)
				""").param("account", account.id().value()).param("email", account.email()).update();
	}

	record Reported(String about, String kind, String description, String status, Instant reportedAt) {

	}

}
