package org.covenantconnects.prospect.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.covenantconnects.identity.AccountId;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.prospect.Prospect;
import org.covenantconnects.signatory.Sector;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code prospect} table. */
@Repository
public class ProspectRepository {

	private static final String COLUMNS = """
			id, name, website, sector, region, contact_name, contact_email, recommended_by_council, recommended_by,
			recorded_by, recorded_at, invited_at""";

	private final JdbcClient jdbc;

	ProspectRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(Prospect prospect, String nameKey, String emailDomain) {
		this.jdbc.sql("""
				insert into prospect (id, name, name_key, website, sector, region, contact_name, contact_email,
				  email_domain, recommended_by_council, recommended_by, recorded_by, recorded_at)
				values (:id, :name, :nameKey, :website, :sector, :region, :contactName, :contactEmail, :emailDomain,
				  :council, :recommendedBy, :recordedBy, :recordedAt)
				""")
			.param("id", prospect.id())
			.param("name", prospect.name())
			.param("nameKey", nameKey)
			.param("website", prospect.website())
			.param("sector", Optional.ofNullable(prospect.sector()).map(Sector::name).orElse(null))
			.param("region", Optional.ofNullable(prospect.region()).map(RegionCode::value).orElse(null))
			.param("contactName", prospect.contactName())
			.param("contactEmail", prospect.contactEmail())
			.param("emailDomain", emailDomain)
			.param("council",
					Optional.ofNullable(prospect.recommendedByCouncil()).map(LocalAuthorityId::value).orElse(null))
			.param("recommendedBy", prospect.recommendedBy())
			.param("recordedBy", Optional.ofNullable(prospect.recordedBy()).map(AccountId::value).orElse(null))
			.param("recordedAt", Timestamp.from(prospect.recordedAt()))
			.update();
	}

	public Optional<Prospect> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from prospect where id = :id")
			.param("id", id)
			.query(ProspectRepository::prospect)
			.optional();
	}

	/** Every prospect, the latest recorded first. */
	public List<Prospect> all() {
		return this.jdbc.sql("select " + COLUMNS + " from prospect order by recorded_at desc, name")
			.query(ProspectRepository::prospect)
			.list();
	}

	public Optional<Prospect> withNameKey(String nameKey) {
		return this.jdbc.sql("select " + COLUMNS + " from prospect where name_key = :key")
			.param("key", nameKey)
			.query(ProspectRepository::prospect)
			.optional();
	}

	/** A prospect whose contact's address is at one of these domains. */
	public Optional<Prospect> withEmailDomain(Collection<String> domains) {
		if (domains.isEmpty()) {
			return Optional.empty();
		}
		return this.jdbc.sql("select " + COLUMNS + " from prospect where email_domain in (:domains) limit 1")
			.param("domains", domains)
			.query(ProspectRepository::prospect)
			.optional();
	}

	public void invited(UUID id, Instant at) {
		this.jdbc.sql("update prospect set invited_at = :at where id = :id")
			.param("id", id)
			.param("at", Timestamp.from(at))
			.update();
	}

	private static Prospect prospect(ResultSet rs, int row) throws SQLException {
		Timestamp invited = rs.getTimestamp("invited_at");
		int council = rs.getInt("recommended_by_council");
		boolean byCouncil = !rs.wasNull();
		return new Prospect(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("website"),
				(rs.getString("sector") != null) ? Sector.valueOf(rs.getString("sector")) : null,
				(rs.getString("region") != null) ? new RegionCode(rs.getString("region")) : null,
				rs.getString("contact_name"), rs.getString("contact_email"),
				byCouncil ? new LocalAuthorityId(council) : null, rs.getString("recommended_by"),
				(rs.getObject("recorded_by") != null) ? new AccountId(rs.getObject("recorded_by", UUID.class)) : null,
				rs.getTimestamp("recorded_at").toInstant(), (invited != null) ? invited.toInstant() : null);
	}

}
