package org.covenantconnects.supporter.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.covenantconnects.identity.AccountId;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.supporter.NewSupporter;
import org.covenantconnects.supporter.OrganisationType;
import org.covenantconnects.supporter.SupporterProfile;
import org.covenantconnects.supporter.SupporterRole;
import org.covenantconnects.supporter.Verification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The supporter module's tables: profiles, allowed email domains and shares. */
@Repository
public class SupporterRepository {

	private static final String COLUMNS = """
			account_id, role, organisation_type, organisation_name, local_authority_id, email_domain,
			verification, decided_by, declined_reason, email_confirmed_at, registered_at
			""";

	private final JdbcClient jdbc;

	SupporterRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(AccountId account, NewSupporter supporter, String emailDomain, Verification verification,
			Instant emailConfirmedAt, boolean demo, Instant now) {
		this.jdbc.sql("""
				insert into supporter (account_id, role, organisation_type, organisation_name, local_authority_id,
				  email_domain, verification, decided_at, email_confirmed_at, registered_at, demo)
				values (:account, :role, :type, :name, :council, :domain, :verification, :decidedAt, :confirmedAt, :now,
				  :demo)
				""")
			.param("account", account.value())
			.param("role", supporter.role().name())
			.param("type", supporter.organisationType().name())
			.param("name", supporter.organisationName())
			.param("council", supporter.council().value())
			.param("domain", emailDomain)
			.param("verification", verification.name())
			.param("decidedAt", (verification == Verification.VERIFIED) ? utc(now) : null)
			.param("confirmedAt", utc(emailConfirmedAt))
			.param("now", utc(now))
			.param("demo", demo)
			.update();
	}

	public Optional<SupporterProfile> find(AccountId account) {
		return this.jdbc.sql("select " + COLUMNS + " from supporter where account_id = :account")
			.param("account", account.value())
			.query(this::map)
			.optional();
	}

	public void confirmEmail(AccountId account, Instant now) {
		this.jdbc.sql("""
				update supporter set email_confirmed_at = coalesce(email_confirmed_at, :now) where account_id = :account
				""").param("account", account.value()).param("now", utc(now)).update();
	}

	/**
	 * Records a coordinator's decision on a pending supporter.
	 * @return false if the supporter was not pending (someone decided first)
	 */
	public boolean decide(AccountId account, Verification verification, String declinedReason, AccountId by,
			Instant now) {
		return this.jdbc.sql("""
				update supporter set verification = :verification, declined_reason = :reason, decided_by = :by,
				  decided_at = :now
				where account_id = :account and verification = 'PENDING'
				""")
			.param("verification", verification.name())
			.param("reason", declinedReason)
			.param("by", by.value())
			.param("now", utc(now))
			.param("account", account.value())
			.update() == 1;
	}

	public List<SupporterProfile> awaitingVerification(int offset, int limit) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from supporter where verification = 'PENDING' and email_confirmed_at is not null
				order by registered_at, account_id limit :limit offset :offset
				""").param("limit", limit).param("offset", offset).query(this::map).list();
	}

	public long countAwaitingVerification() {
		return this.jdbc
			.sql("select count(*) from supporter where verification = 'PENDING' and email_confirmed_at is not null")
			.query(Long.class)
			.single();
	}

	public List<String> domainsOf(LocalAuthorityId council) {
		return this.jdbc
			.sql("select domain from council_email_domain where local_authority_id = :council order by domain")
			.param("council", council.value())
			.query(String.class)
			.list();
	}

	public boolean isAllowed(LocalAuthorityId council, String domain) {
		return this.jdbc
			.sql("select exists (select 1 from council_email_domain where local_authority_id = :council"
					+ " and domain = :domain)")
			.param("council", council.value())
			.param("domain", domain)
			.query(Boolean.class)
			.single();
	}

	/** Every council's allowed domains, for councils that have any. */
	public Map<LocalAuthorityId, List<String>> allDomains() {
		Map<LocalAuthorityId, List<String>> domains = new LinkedHashMap<>();
		this.jdbc.sql("select local_authority_id, domain from council_email_domain order by domain").query((rs) -> {
			domains
				.computeIfAbsent(new LocalAuthorityId(rs.getInt("local_authority_id")),
						(id) -> new java.util.ArrayList<>())
				.add(rs.getString("domain"));
		});
		return domains;
	}

	/**
	 * @return false if the council already had the domain
	 */
	public boolean addDomain(LocalAuthorityId council, String domain, AccountId by, Instant now) {
		return this.jdbc.sql("""
				insert into council_email_domain (local_authority_id, domain, added_by, added_at)
				values (:council, :domain, :by, :now) on conflict do nothing
				""")
			.param("council", council.value())
			.param("domain", domain)
			.param("by", (by != null) ? by.value() : null)
			.param("now", utc(now))
			.update() == 1;
	}

	public boolean removeDomain(LocalAuthorityId council, String domain) {
		return this.jdbc
			.sql("delete from council_email_domain where local_authority_id = :council and domain = :domain")
			.param("council", council.value())
			.param("domain", domain)
			.update() == 1;
	}

	public void recordShare(AccountId supporter, UUID opportunity, Instant now) {
		this.jdbc.sql("""
				insert into opportunity_share (id, supporter_account_id, opportunity_id, shared_at)
				values (:id, :supporter, :opportunity, :now)
				""")
			.param("id", UUID.randomUUID())
			.param("supporter", supporter.value())
			.param("opportunity", opportunity)
			.param("now", utc(now))
			.update();
	}

	private SupporterProfile map(ResultSet rs, int row) throws SQLException {
		Verification verification = Verification.valueOf(rs.getString("verification"));
		return new SupporterProfile(new AccountId(rs.getObject("account_id", UUID.class)),
				SupporterRole.valueOf(rs.getString("role")),
				OrganisationType.valueOf(rs.getString("organisation_type")), rs.getString("organisation_name"),
				new LocalAuthorityId(rs.getInt("local_authority_id")), rs.getString("email_domain"), verification,
				verification == Verification.VERIFIED && rs.getObject("decided_by") == null,
				rs.getString("declined_reason"), rs.getTimestamp("email_confirmed_at") != null,
				instant(rs.getTimestamp("registered_at")));
	}

	private static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : null;
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/** Verified personal advisers who work for a council. */
	public long countVerifiedAdvisersAt(LocalAuthorityId council) {
		return this.jdbc.sql("""
				select count(*) from supporter where local_authority_id = :council and organisation_type = 'COUNCIL'
				  and role = 'PERSONAL_ADVISER' and verification = 'VERIFIED'
				""").param("council", council.value()).query(Long.class).single();
	}

	/**
	 * Verified personal advisers who work for a council, by council; councils with none
	 * are left out.
	 */
	public Map<LocalAuthorityId, Long> verifiedCouncilAdvisersByCouncil() {
		Map<LocalAuthorityId, Long> counts = new LinkedHashMap<>();
		this.jdbc
			.sql("select local_authority_id, count(*) as advisers from supporter where role = 'PERSONAL_ADVISER' "
					+ "and organisation_type = 'COUNCIL' and verification = 'VERIFIED' group by local_authority_id")
			.query((rs) -> {
				counts.put(new LocalAuthorityId(rs.getInt("local_authority_id")), rs.getLong("advisers"));
			});
		return counts;
	}

}
