package org.covenantconnects.signatory.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.covenantconnects.identity.AccountId;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.signatory.InvitationToSign;
import org.covenantconnects.signatory.Sector;
import org.covenantconnects.signatory.SignatoryId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code signing_invitation} table: one invitation per organisation to be. */
@Repository
public class SigningInvitationRepository {

	private final JdbcClient jdbc;

	SigningInvitationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Keeps the invitation, replacing an earlier one to the same organisation. */
	public void save(InvitationToSign invitation, String tokenHash, AccountId invitedBy, Instant now,
			Instant expiresAt) {
		this.jdbc.sql("delete from signing_invitation where signatory_id = :id")
			.param("id", invitation.id().value())
			.update();
		this.jdbc.sql("""
				insert into signing_invitation (signatory_id, token_hash, name, website, sector, region, contact_name,
				  contact_email, invited_by, created_at, expires_at)
				values (:id, :tokenHash, :name, :website, :sector, :region, :contactName, :contactEmail, :invitedBy,
				  :createdAt, :expiresAt)
				""")
			.param("id", invitation.id().value())
			.param("tokenHash", tokenHash)
			.param("name", invitation.name())
			.param("website", invitation.website())
			.param("sector", Optional.ofNullable(invitation.sector()).map(Sector::name).orElse(null))
			.param("region", Optional.ofNullable(invitation.region()).map(RegionCode::value).orElse(null))
			.param("contactName", invitation.contactName())
			.param("contactEmail", invitation.contactEmail())
			.param("invitedBy", (invitedBy != null) ? invitedBy.value() : null)
			.param("createdAt", Timestamp.from(now))
			.param("expiresAt", Timestamp.from(expiresAt))
			.update();
	}

	public Optional<InvitationToSign> findUnexpired(String tokenHash, Instant now) {
		return this.jdbc.sql("""
				select signatory_id, name, website, sector, region, contact_name, contact_email
				from signing_invitation where token_hash = :tokenHash and expires_at > :now
				""")
			.param("tokenHash", tokenHash)
			.param("now", Timestamp.from(now))
			.query((rs, i) -> new InvitationToSign(new SignatoryId(rs.getObject("signatory_id", UUID.class)),
					rs.getString("name"), rs.getString("website"),
					(rs.getString("sector") != null) ? Sector.valueOf(rs.getString("sector")) : null,
					(rs.getString("region") != null) ? new RegionCode(rs.getString("region")) : null,
					rs.getString("contact_name"), rs.getString("contact_email")))
			.optional();
	}

	public void delete(SignatoryId id) {
		this.jdbc.sql("delete from signing_invitation where signatory_id = :id").param("id", id.value()).update();
	}

	public int deleteExpired(Instant now) {
		return this.jdbc.sql("delete from signing_invitation where expires_at <= :now")
			.param("now", Timestamp.from(now))
			.update();
	}

}
