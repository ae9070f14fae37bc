package org.covenantconnects.careleaver.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.covenantconnects.careleaver.CareExperience.Confirmer;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.places.LocalAuthorityId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of confirmations of care experience. */
@Repository
public class CareExperienceRepository {

	private final JdbcClient jdbc;

	CareExperienceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Holds the young person's profile row until the transaction ends. */
	public void lockYoungPerson(AccountId youngPerson) {
		this.jdbc.sql("select account_id from care_leaver where account_id = :account for update")
			.param("account", youngPerson.value())
			.query(UUID.class)
			.optional();
	}

	public void insert(AccountId youngPerson, LocalAuthorityId council, Confirmer confirmer, AccountId by, Instant at,
			String correctionReason) {
		this.jdbc.sql("""
				insert into care_experience_confirmation (id, account_id, local_authority_id, confirmer,
				  confirmed_by_account_id, confirmed_at, correction_reason)
				values (:id, :account, :council, :confirmer, :by, :at, :reason)
				""")
			.param("id", UUID.randomUUID())
			.param("account", youngPerson.value())
			.param("council", (council != null) ? council.value() : null)
			.param("confirmer", confirmer.name())
			.param("by", (by != null) ? by.value() : null)
			.param("at", CareLeaverRepository.utc(at))
			.param("reason", correctionReason)
			.update();
	}

	/**
	 * Sets where their care experience stands on the profile: confirmed since a time,
	 * with the council that looked after them, or not confirmed.
	 */
	public void setStanding(AccountId youngPerson, LocalAuthorityId council, Instant confirmedAt) {
		this.jdbc.sql("""
				update care_leaver set care_experience_confirmed_at = :at,
				  local_authority_id = coalesce(:council, local_authority_id), updated_at = :now
				where account_id = :account
				""")
			.param("at", CareLeaverRepository.utc(confirmedAt))
			.param("council", (council != null) ? council.value() : null)
			.param("now", CareLeaverRepository.utc((confirmedAt != null) ? confirmedAt : Instant.now()))
			.param("account", youngPerson.value())
			.update();
	}

	/** The first confirmation, if any. */
	public Optional<Row> first(AccountId youngPerson) {
		return this.jdbc.sql("""
				select * from care_experience_confirmation where account_id = :account and correction_reason is null
				""").param("account", youngPerson.value()).query(this::row).optional();
	}

	/** Every confirmation and correction, oldest first. */
	public List<Row> historyOf(AccountId youngPerson) {
		return this.jdbc.sql("""
				select * from care_experience_confirmation where account_id = :account
				order by confirmed_at, (correction_reason is not null), id
				""").param("account", youngPerson.value()).query(this::row).list();
	}

	/** Forgets who confirmed, for someone erasing their account. */
	public void forgetConfirmer(AccountId by) {
		this.jdbc.sql("""
				update care_experience_confirmation set confirmed_by_account_id = null
				where confirmed_by_account_id = :by
				""").param("by", by.value()).update();
	}

	/** Removes every confirmation of the young person. */
	public void erase(AccountId youngPerson) {
		this.jdbc.sql("delete from care_experience_confirmation where account_id = :account")
			.param("account", youngPerson.value())
			.update();
	}

	private Row row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
		Integer council = rs.getObject("local_authority_id", Integer.class);
		UUID by = rs.getObject("confirmed_by_account_id", UUID.class);
		return new Row((council != null) ? new LocalAuthorityId(council) : null,
				Confirmer.valueOf(rs.getString("confirmer")), (by != null) ? new AccountId(by) : null,
				rs.getTimestamp("confirmed_at").toInstant(), rs.getString("correction_reason"));
	}

	/** One confirmation or correction as kept. */
	public record Row(LocalAuthorityId council, Confirmer confirmer, AccountId by, Instant at,
			String correctionReason) {

	}

}
