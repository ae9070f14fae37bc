package org.covenantconnects.contactlog.internal;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.covenantconnects.contactlog.ContactKind;
import org.covenantconnects.contactlog.ContactLogEntry;
import org.covenantconnects.contactlog.PartnerKind;
import org.covenantconnects.contactlog.PartnerRef;
import org.covenantconnects.identity.AccountId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code contact_log_entry} table. */
@Repository
public class ContactLogRepository {

	private final JdbcClient jdbc;

	ContactLogRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(ContactLogEntry entry) {
		this.jdbc.sql("""
				insert into contact_log_entry (id, partner_kind, partner_id, contact_kind, happened_on, who, summary,
				  next_step, next_step_due, written_by, written_at, attended)
				values (:id, :partnerKind, :partnerId, :contactKind, :happenedOn, :who, :summary, :nextStep,
				  :nextStepDue, :writtenBy, :writtenAt, :attended)
				""")
			.param("id", entry.id())
			.param("partnerKind", entry.partner().kind().name())
			.param("partnerId", entry.partner().id())
			.param("contactKind", entry.kind().name())
			.param("happenedOn", entry.happenedOn())
			.param("who", entry.who())
			.param("summary", entry.summary())
			.param("nextStep", entry.nextStep())
			.param("nextStepDue", entry.nextStepDue())
			.param("writtenBy", (entry.writtenBy() != null) ? entry.writtenBy().value() : null)
			.param("writtenAt", Timestamp.from(entry.writtenAt()))
			.param("attended", entry.attended())
			.update();
	}

	public List<ContactLogEntry> of(PartnerRef partner) {
		return this.jdbc.sql("""
				select id, partner_kind, partner_id, contact_kind, happened_on, who, summary, next_step, next_step_due,
				  written_by, written_at, attended
				from contact_log_entry where partner_kind = :kind and partner_id = :id
				order by happened_on desc, written_at desc
				""")
			.param("kind", partner.kind().name())
			.param("id", partner.id())
			.query((rs, i) -> new ContactLogEntry(rs.getObject("id", UUID.class),
					new PartnerRef(PartnerKind.valueOf(rs.getString("partner_kind")), rs.getString("partner_id")),
					ContactKind.valueOf(rs.getString("contact_kind")), rs.getDate("happened_on").toLocalDate(),
					rs.getString("who"), rs.getString("summary"), rs.getString("next_step"),
					(rs.getDate("next_step_due") != null) ? rs.getDate("next_step_due").toLocalDate() : null,
					(rs.getObject("written_by") != null) ? new AccountId(rs.getObject("written_by", UUID.class)) : null,
					rs.getTimestamp("written_at").toInstant(), (Integer) rs.getObject("attended")))
			.list();
	}

	/**
	 * For each partner of a kind, the latest entry of its log that sets a next step.
	 */
	public List<ContactLogEntry> latestNextSteps(PartnerKind kind) {
		return this.jdbc.sql("""
				select distinct on (partner_id) id, partner_kind, partner_id, contact_kind, happened_on, who, summary,
				  next_step, next_step_due, written_by, written_at, attended
				from contact_log_entry where partner_kind = :kind and next_step is not null
				order by partner_id, happened_on desc, written_at desc
				""")
			.param("kind", kind.name())
			.query((rs, i) -> new ContactLogEntry(rs.getObject("id", UUID.class),
					new PartnerRef(PartnerKind.valueOf(rs.getString("partner_kind")), rs.getString("partner_id")),
					ContactKind.valueOf(rs.getString("contact_kind")), rs.getDate("happened_on").toLocalDate(),
					rs.getString("who"), rs.getString("summary"), rs.getString("next_step"),
					(rs.getDate("next_step_due") != null) ? rs.getDate("next_step_due").toLocalDate() : null,
					(rs.getObject("written_by") != null) ? new AccountId(rs.getObject("written_by", UUID.class)) : null,
					rs.getTimestamp("written_at").toInstant(), (Integer) rs.getObject("attended")))
			.list();
	}

}
