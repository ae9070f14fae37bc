package org.covenantconnects.signatory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.covenantconnects.identity.AccountId;
import org.covenantconnects.signatory.SignatoryId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Colleague invitations, until they are used or 7 days pass. */
@Repository
class ColleagueInvitationRepository {

	private final JdbcClient jdbc;

	ColleagueInvitationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores an invitation, replacing the organisation's earlier one to the same address.
	 */
	void save(ColleagueInvitation invitation, String tokenHash) {
		this.jdbc.sql("""
				insert into colleague_invitation (id, signatory_id, token_hash, display_name, email, invited_by,
				  created_at, expires_at)
				values (:id, :signatory, :hash, :name, :email, :by, :created, :expires)
				on conflict (signatory_id, lower(email)) do update
				  set id = excluded.id, token_hash = excluded.token_hash, display_name = excluded.display_name,
				    email = excluded.email, invited_by = excluded.invited_by, created_at = excluded.created_at,
				    expires_at = excluded.expires_at
				""")
			.param("id", invitation.id())
			.param("signatory", invitation.signatory().value())
			.param("hash", tokenHash)
			.param("name", invitation.displayName())
			.param("email", invitation.email())
			.param("by", invitation.invitedBy().value())
			.param("created", utc(invitation.createdAt()))
			.param("expires", utc(invitation.expiresAt()))
			.update();
	}

	/** Removes the organisation's invitation to the address, if it has one. */
	void withdraw(SignatoryId signatory, String email) {
		this.jdbc
			.sql("delete from colleague_invitation where signatory_id = :signatory and lower(email) = lower(:email)")
			.param("signatory", signatory.value())
			.param("email", email)
			.update();
	}

	Optional<ColleagueInvitation> findUnexpired(String tokenHash, Instant now) {
		return this.jdbc.sql("select * from colleague_invitation where token_hash = :hash and expires_at > :now")
			.param("hash", tokenHash)
			.param("now", utc(now))
			.query(this::invitation)
			.optional();
	}

	void delete(UUID id) {
		this.jdbc.sql("delete from colleague_invitation where id = :id").param("id", id).update();
	}

	/**
	 * Deletes invitations past their time, skipping rows another instance is deleting.
	 */
	int deleteExpired(Instant now) {
		return this.jdbc.sql("""
				delete from colleague_invitation where id in (
				  select id from colleague_invitation where expires_at <= :now for update skip locked)
				""").param("now", utc(now)).update();
	}

	private ColleagueInvitation invitation(ResultSet rs, int row) throws SQLException {
		return new ColleagueInvitation(rs.getObject("id", UUID.class),
				new SignatoryId(rs.getObject("signatory_id", UUID.class)), rs.getString("display_name"),
				rs.getString("email"), new AccountId(rs.getObject("invited_by", UUID.class)),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getObject("expires_at", OffsetDateTime.class).toInstant());
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
