package org.covenantconnects.concern.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.covenantconnects.concern.About;
import org.covenantconnects.concern.ConcernEvent;
import org.covenantconnects.concern.ConcernId;
import org.covenantconnects.concern.ConcernKind;
import org.covenantconnects.concern.ConcernOutcome;
import org.covenantconnects.concern.ConcernStatus;
import org.covenantconnects.concern.ConcernView;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.signatory.SignatoryId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The module's only SQL: concerns and their append-only history. */
@Repository
public class ConcernRepository {

	/** What the history calls each kind of entry. */
	public enum What {

		REPORTED("Reported"), STATUS_CHANGED("Status changed"), NOTE("Note"), CLOSED("Closed"),
		REPLY_SENT("Reply sent to the reporter"), OPPORTUNITY_TAKEN_DOWN("Opportunity taken down"),
		OPPORTUNITY_PUT_BACK("Opportunity put back");

		private final String label;

		What(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	private static final String COLUMNS = """
			id, opportunity_id, signatory_id, about_title, kind, description, reporter_account_id, reporter_email,
			status, outcome, reported_at, closed_at
			""";

	private final JdbcClient jdbc;

	ConcernRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(ConcernId id, About about, ConcernKind kind, String description, AccountId reporter,
			String reporterEmail, ConcernStatus status, Instant now, boolean demo) {
		this.jdbc.sql("""
				insert into concern (id, opportunity_id, signatory_id, about_title, kind, description,
				  reporter_account_id, reporter_email, status, reported_at, demo)
				values (:id, :opportunity, :signatory, :title, :kind, :description, :account, :email, :status, :now,
				  :demo)
				""")
			.param("id", id.value())
			.param("opportunity", (about.opportunity() != null) ? about.opportunity().value() : null)
			.param("signatory", about.signatory().value())
			.param("title", about.title())
			.param("kind", kind.name())
			.param("description", description)
			.param("account", (reporter != null) ? reporter.value() : null)
			.param("email", reporterEmail)
			.param("status", status.name())
			.param("now", utc(now))
			.param("demo", demo)
			.update();
	}

	public Optional<ConcernView> find(ConcernId id) {
		return this.jdbc.sql("select " + COLUMNS + " from concern where id = :id")
			.param("id", id.value())
			.query(this::map)
			.optional();
	}

	/**
	 * Oldest first, so the longest waiting are dealt with first; closed ones newest
	 * first.
	 */
	public List<ConcernView> withStatus(ConcernStatus status, int offset, int limit) {
		String order = (status == ConcernStatus.CLOSED) ? "closed_at desc, id" : "reported_at, id";
		return this.jdbc
			.sql("select " + COLUMNS + " from concern where status = :status order by " + order
					+ " limit :limit offset :offset")
			.param("status", status.name())
			.param("limit", limit)
			.param("offset", offset)
			.query(this::map)
			.list();
	}

	public long count(ConcernStatus status) {
		return this.jdbc.sql("select count(*) from concern where status = :status")
			.param("status", status.name())
			.query(Long.class)
			.single();
	}

	public void setStatus(ConcernId id, ConcernStatus status) {
		this.jdbc.sql("update concern set status = :status where id = :id")
			.param("id", id.value())
			.param("status", status.name())
			.update();
	}

	public void close(ConcernId id, ConcernOutcome outcome, Instant now) {
		this.jdbc.sql("update concern set status = 'CLOSED', outcome = :outcome, closed_at = :now where id = :id")
			.param("id", id.value())
			.param("outcome", outcome.name())
			.param("now", utc(now))
			.update();
	}

	/** Forgets the reporters of concerns closed before the cut-off. */
	public int forgetReporters(Instant closedBefore) {
		return this.jdbc.sql("""
				update concern set reporter_email = null, reporter_account_id = null
				where closed_at < :cutoff and (reporter_email is not null or reporter_account_id is not null)
				""").param("cutoff", utc(closedBefore)).update();
	}

	public void record(ConcernId id, Instant at, AccountId by, String byName, What what, String detail) {
		this.jdbc.sql("""
				insert into concern_event (concern_id, at, by_account_id, by_name, what, detail)
				values (:id, :at, :by, :byName, :what, :detail)
				""")
			.param("id", id.value())
			.param("at", utc(at))
			.param("by", (by != null) ? by.value() : null)
			.param("byName", byName)
			.param("what", what.name())
			.param("detail", detail)
			.update();
	}

	public List<ConcernEvent> history(ConcernId id) {
		return this.jdbc.sql("select at, by_name, what, detail from concern_event where concern_id = :id order by id")
			.param("id", id.value())
			.query((rs, row) -> new ConcernEvent(rs.getTimestamp("at").toInstant(), rs.getString("by_name"),
					What.valueOf(rs.getString("what")).label(), rs.getString("detail")))
			.list();
	}

	private ConcernView map(ResultSet rs, int row) throws SQLException {
		UUID opportunity = rs.getObject("opportunity_id", UUID.class);
		UUID account = rs.getObject("reporter_account_id", UUID.class);
		String outcome = rs.getString("outcome");
		return new ConcernView(new ConcernId(rs.getObject("id", UUID.class)),
				(opportunity != null) ? new OpportunityId(opportunity) : null,
				new SignatoryId(rs.getObject("signatory_id", UUID.class)), rs.getString("about_title"),
				ConcernKind.valueOf(rs.getString("kind")), rs.getString("description"),
				(account != null) ? new AccountId(account) : null, rs.getString("reporter_email"),
				ConcernStatus.valueOf(rs.getString("status")),
				(outcome != null) ? ConcernOutcome.valueOf(outcome) : null, instant(rs.getTimestamp("reported_at")),
				instant(rs.getTimestamp("closed_at")));
	}

	private static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : null;
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
