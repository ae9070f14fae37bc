package org.covenantconnects.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.covenantconnects.identity.AccountId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators did: who, what, about whose account, and when. The only way to
 * write the {@code admin_action} table; entries are never changed or removed (the table
 * refuses it). The identity module's administrator actions reach it as
 * {@link org.covenantconnects.identity.AdminAction} events, heard in the transaction of
 * the action itself.
 */
@Service
public class AdminAuditLog {

	private final JdbcClient jdbc;

	AdminAuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public void record(AccountId admin, String action, @Nullable AccountId subject, @Nullable String detail,
			Instant at) {
		this.jdbc.sql("""
				insert into admin_action (admin_account_id, action, subject_account_id, detail, acted_at)
				values (:admin, :action, :subject, :detail, :at)
				""")
			.param("admin", admin.value())
			.param("action", action)
			.param("subject", (subject != null) ? subject.value() : null, java.sql.Types.OTHER)
			.param("detail", detail)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update();
	}

	/** Entries, newest first. */
	public List<Entry> page(int offset, int limit) {
		return this.jdbc.sql("""
				select admin_account_id, action, subject_account_id, detail, acted_at from admin_action
				order by acted_at desc, id desc limit :limit offset :offset
				""").param("limit", limit).param("offset", offset).query((row, number) -> {
			UUID subject = row.getObject("subject_account_id", UUID.class);
			return new Entry(new AccountId(row.getObject("admin_account_id", UUID.class)), row.getString("action"),
					(subject != null) ? new AccountId(subject) : null, row.getString("detail"),
					row.getObject("acted_at", OffsetDateTime.class).toInstant());
		}).list();
	}

	public long count() {
		return this.jdbc.sql("select count(*) from admin_action").query(Long.class).single();
	}

	/** One thing an administrator did. */
	public record Entry(AccountId admin, String action, @Nullable AccountId subject, @Nullable String detail,
			Instant at) {

	}

}
