package org.covenantconnects.adviserlink.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.covenantconnects.identity.AccountId;
import org.covenantconnects.places.LocalAuthorityId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Care leavers registered on their behalf, until they claim the account or 30 days pass.
 */
@Repository
class InvitationRepository {

	private final JdbcClient jdbc;

	InvitationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores an invitation, replacing any earlier one to the same address. */
	void insert(Invitation invitation, String tokenHash) {
		this.jdbc.sql("delete from care_leaver_invitation where lower(email) = lower(:email)")
			.param("email", invitation.email())
			.update();
		this.jdbc.sql("""
				insert into care_leaver_invitation (id, token_hash, full_name, email, date_of_birth, local_authority_id,
				  institution, invited_by, invited_by_supporter, created_at, expires_at)
				values (:id, :hash, :name, :email, :dob, :council, :institution, :by, :bySupporter, :created, :expires)
				""")
			.param("id", invitation.id())
			.param("hash", tokenHash)
			.param("name", invitation.fullName())
			.param("email", invitation.email())
			.param("dob", invitation.dateOfBirth())
			.param("council", invitation.council().value())
			.param("institution", invitation.institution())
			.param("by", invitation.invitedBy().value())
			.param("bySupporter", invitation.invitedBySupporter())
			.param("created", utc(invitation.createdAt()))
			.param("expires", utc(invitation.expiresAt()))
			.update();
	}

	Optional<Invitation> findUnexpired(String tokenHash, Instant now) {
		return this.jdbc.sql("select * from care_leaver_invitation where token_hash = :hash and expires_at > :now")
			.param("hash", tokenHash)
			.param("now", utc(now))
			.query(this::invitation)
			.optional();
	}

	boolean delete(UUID id) {
		return this.jdbc.sql("delete from care_leaver_invitation where id = :id").param("id", id).update() == 1;
	}

	/**
	 * Deletes invitations past their time, skipping rows another instance is deleting.
	 */
	int deleteExpired(Instant now) {
		return this.jdbc.sql("""
				delete from care_leaver_invitation where id in (
				  select id from care_leaver_invitation where expires_at <= :now for update skip locked)
				""").param("now", utc(now)).update();
	}

	private Invitation invitation(ResultSet rs, int row) throws SQLException {
		return new Invitation(rs.getObject("id", UUID.class), rs.getString("full_name"), rs.getString("email"),
				rs.getObject("date_of_birth", java.time.LocalDate.class),
				new LocalAuthorityId(rs.getInt("local_authority_id")), rs.getString("institution"),
				new AccountId(rs.getObject("invited_by", UUID.class)), rs.getBoolean("invited_by_supporter"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getObject("expires_at", OffsetDateTime.class).toInstant());
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
