package org.covenantconnects.audit.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.covenantconnects.audit.AuditTrail.RecordView;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the audit trail, the {@code record_view} table. */
@Repository
public class RecordViews {

	/** The most entries read back at once. */
	private static final int MOST = 1000;

	private final JdbcClient jdbc;

	RecordViews(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(AccountId viewer, Role role, Collection<AccountId> careLeavers, String what, Instant at) {
		this.jdbc.sql("""
				insert into record_view (viewer_account_id, viewer_role, care_leaver_account_id, what, viewed_at)
				select :viewer, :role, person, :what, :at from unnest(:people) as person
				""")
			.param("viewer", viewer.value())
			.param("role", role.name())
			.param("people", careLeavers.stream().map(AccountId::value).toArray(UUID[]::new))
			.param("what", what)
			.param("at", utc(at))
			.update();
	}

	public void insertForTakeUps(AccountId viewer, Role role, Map<UUID, AccountId> takeUps, String what, Instant at) {
		List<UUID> ids = new ArrayList<>();
		List<UUID> people = new ArrayList<>();
		takeUps.forEach((takeUp, person) -> {
			ids.add(takeUp);
			people.add((person != null) ? person.value() : null);
		});
		this.jdbc.sql("""
				insert into record_view (viewer_account_id, viewer_role, care_leaver_account_id, take_up_id, what,
				  viewed_at)
				select :viewer, :role, person, take_up, :what, :at from unnest(:people, :ids) as v (person, take_up)
				""")
			.param("viewer", viewer.value())
			.param("role", role.name())
			.param("people", people.toArray(UUID[]::new))
			.param("ids", ids.toArray(UUID[]::new))
			.param("what", what)
			.param("at", utc(at))
			.update();
	}

	public List<RecordView> of(AccountId careLeaver) {
		return this.jdbc.sql("""
				select viewer_account_id, viewer_role, take_up_id, what, viewed_at from record_view
				where care_leaver_account_id = :careLeaver order by viewed_at desc, id desc limit :most
				""")
			.param("careLeaver", careLeaver.value())
			.param("most", MOST)
			.query((rs, i) -> new RecordView(accountOrNull(rs.getObject("viewer_account_id", UUID.class)),
					Role.valueOf(rs.getString("viewer_role")), rs.getObject("take_up_id", UUID.class),
					rs.getString("what"), rs.getTimestamp("viewed_at").toInstant()))
			.list();
	}

	/** The viewer's account, or null for a viewer whose account was erased. */
	private static AccountId accountOrNull(UUID id) {
		return (id != null) ? new AccountId(id) : null;
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
