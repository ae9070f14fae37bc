package org.covenantconnects.council.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.covenantconnects.council.CouncilLead;
import org.covenantconnects.council.PartnershipChange;
import org.covenantconnects.council.PartnershipDetails;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.places.LocalAuthorityId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tables {@code council_partnership}, {@code council_lead} and
 * {@code council_partnership_change}.
 */
@Repository
public class CouncilRepository {

	private final JdbcClient jdbc;

	CouncilRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Map<LocalAuthorityId, PartnershipDetails> all() {
		Map<LocalAuthorityId, PartnershipDetails> all = new HashMap<>();
		this.jdbc
			.sql("select local_authority_id, partner, partner_since, account_manager, local_offer_url "
					+ "from council_partnership")
			.query((rs) -> {
				all.put(new LocalAuthorityId(rs.getInt("local_authority_id")), details(rs));
			});
		return all;
	}

	public Optional<PartnershipDetails> of(LocalAuthorityId council) {
		return this.jdbc
			.sql("select partner, partner_since, account_manager, local_offer_url from council_partnership "
					+ "where local_authority_id = :id for update")
			.param("id", council.value())
			.query((rs, i) -> details(rs))
			.optional();
	}

	public void save(LocalAuthorityId council, PartnershipDetails details, Instant now) {
		this.jdbc.sql("""
				insert into council_partnership (local_authority_id, partner, partner_since, account_manager,
				  local_offer_url, updated_at)
				values (:id, :partner, :since, :manager, :offer, :now)
				on conflict (local_authority_id) do update set partner = excluded.partner,
				  partner_since = excluded.partner_since, account_manager = excluded.account_manager,
				  local_offer_url = excluded.local_offer_url, updated_at = excluded.updated_at
				""")
			.param("id", council.value())
			.param("partner", details.partner())
			.param("since", details.since())
			.param("manager", (details.accountManager() != null) ? details.accountManager().value() : null)
			.param("offer", details.localOffer())
			.param("now", Timestamp.from(now))
			.update();
	}

	public List<CouncilLead> leads(LocalAuthorityId council) {
		return this.jdbc.sql(
				"select id, name, role, email from council_lead where local_authority_id = :id order by added_at, name")
			.param("id", council.value())
			.query((rs, i) -> new CouncilLead(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("role"), rs.getString("email")))
			.list();
	}

	public void addLead(LocalAuthorityId council, CouncilLead lead, Instant now) {
		this.jdbc
			.sql("insert into council_lead (id, local_authority_id, name, role, email, added_at) "
					+ "values (:id, :council, :name, :role, :email, :now)")
			.param("id", lead.id())
			.param("council", council.value())
			.param("name", lead.name())
			.param("role", lead.role())
			.param("email", lead.email())
			.param("now", Timestamp.from(now))
			.update();
	}

	public Optional<CouncilLead> removeLead(LocalAuthorityId council, UUID lead) {
		return this.jdbc
			.sql("delete from council_lead where local_authority_id = :council and id = :id "
					+ "returning id, name, role, email")
			.param("council", council.value())
			.param("id", lead)
			.query((rs, i) -> new CouncilLead(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("role"), rs.getString("email")))
			.optional();
	}

	public void recordChange(LocalAuthorityId council, AccountId by, String what, Instant now) {
		this.jdbc
			.sql("insert into council_partnership_change (local_authority_id, changed_by, changed_at, what) "
					+ "values (:council, :by, :now, :what)")
			.param("council", council.value())
			.param("by", (by != null) ? by.value() : null)
			.param("now", Timestamp.from(now))
			.param("what", what)
			.update();
	}

	public List<PartnershipChange> changes(LocalAuthorityId council) {
		return this.jdbc
			.sql("select changed_at, changed_by, what from council_partnership_change "
					+ "where local_authority_id = :council order by changed_at desc, id desc")
			.param("council", council.value())
			.query((rs, i) -> new PartnershipChange(rs.getTimestamp("changed_at").toInstant(),
					(rs.getObject("changed_by") != null) ? new AccountId(rs.getObject("changed_by", UUID.class)) : null,
					rs.getString("what")))
			.list();
	}

	private static PartnershipDetails details(java.sql.ResultSet rs) throws java.sql.SQLException {
		java.sql.Date since = rs.getDate("partner_since");
		UUID manager = rs.getObject("account_manager", UUID.class);
		LocalDate sinceDate = (since != null) ? since.toLocalDate() : null;
		return new PartnershipDetails(rs.getBoolean("partner"), sinceDate,
				(manager != null) ? new AccountId(manager) : null, rs.getString("local_offer_url"));
	}

}
