package org.covenantconnects.event.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.covenantconnects.event.SignUpRequest;
import org.covenantconnects.event.SignUpStatus;
import org.covenantconnects.identity.AccountId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Advisers' requests to sign young people up for events, in
 * {@code event_sign_up_request}.
 */
@Repository
public class SignUpRequestRepository {

	private static final String SELECT = """
			select r.*, e.title, e.starts_at from event_sign_up_request r join event e on e.id = r.event_id
			""";

	private final JdbcClient jdbc;

	SignUpRequestRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records a request; false if one for the same event and young person waits already.
	 */
	public boolean insert(UUID id, UUID event, AccountId youngPerson, AccountId adviser, String adviserName,
			Instant now) {
		return this.jdbc.sql("""
				insert into event_sign_up_request (id, event_id, young_person_account_id, requested_by,
				  requester_name, requested_at)
				values (:id, :event, :young, :adviser, :name, :now)
				on conflict (event_id, young_person_account_id) where answer is null do nothing
				""")
			.param("id", id)
			.param("event", event)
			.param("young", youngPerson.value())
			.param("adviser", adviser.value())
			.param("name", adviserName)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	public Optional<SignUpRequest> find(UUID id) {
		return this.jdbc.sql(SELECT + " where r.id = :id")
			.param("id", id)
			.query(SignUpRequestRepository::request)
			.optional();
	}

	/** Locks the request while it is answered; empty if it is not there. */
	public Optional<SignUpRequest> lock(UUID id) {
		return this.jdbc.sql(SELECT + " where r.id = :id for update of r")
			.param("id", id)
			.query(SignUpRequestRepository::request)
			.optional();
	}

	public void answer(UUID id, SignUpRequest.Answer answer, @Nullable SignUpStatus outcome, Instant now) {
		this.jdbc.sql("""
				update event_sign_up_request set answer = :answer, outcome = :outcome, answered_at = :now
				where id = :id and answer is null
				""")
			.param("id", id)
			.param("answer", answer.name())
			.param("outcome", (outcome != null) ? outcome.name() : null, java.sql.Types.VARCHAR)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** The young person's requests still to answer, soonest event first. */
	public List<SignUpRequest> openFor(AccountId youngPerson) {
		return this.jdbc
			.sql(SELECT + " where r.young_person_account_id = :young and r.answer is null order by e.starts_at")
			.param("young", youngPerson.value())
			.query(SignUpRequestRepository::request)
			.list();
	}

	/** What this adviser asked for this young person, the latest first. */
	public List<SignUpRequest> madeBy(AccountId adviser, AccountId youngPerson) {
		return this.jdbc.sql(SELECT + """
				 where r.requested_by = :adviser and r.young_person_account_id = :young
				order by r.requested_at desc
				""")
			.param("adviser", adviser.value())
			.param("young", youngPerson.value())
			.query(SignUpRequestRepository::request)
			.list();
	}

	/** The requests made for or by the person, for their download. */
	public List<Map<String, Object>> download(AccountId account) {
		return this.jdbc.sql("""
				select e.title, r.requester_name, r.requested_at, r.answer, r.outcome, r.answered_at
				from event_sign_up_request r join event e on e.id = r.event_id
				where r.young_person_account_id = :account or r.requested_by = :account order by r.requested_at
				""").param("account", account.value()).query().listOfRows();
	}

	/**
	 * Erases a person: the requests made for them go; those they made as an adviser stay
	 * for the young person, without their account or name.
	 */
	public void forget(AccountId account) {
		this.jdbc.sql("delete from event_sign_up_request where young_person_account_id = :account")
			.param("account", account.value())
			.update();
		this.jdbc.sql("""
				update event_sign_up_request set requested_by = null, requester_name = null
				where requested_by = :account
				""").param("account", account.value()).update();
	}

	private static SignUpRequest request(ResultSet rs, int row) throws SQLException {
		String requestedBy = rs.getString("requested_by");
		String answer = rs.getString("answer");
		String outcome = rs.getString("outcome");
		Timestamp answeredAt = rs.getTimestamp("answered_at");
		return new SignUpRequest(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class),
				rs.getString("title"), rs.getTimestamp("starts_at").toInstant(),
				new AccountId(rs.getObject("young_person_account_id", UUID.class)),
				(requestedBy != null) ? new AccountId(UUID.fromString(requestedBy)) : null,
				rs.getString("requester_name"), rs.getTimestamp("requested_at").toInstant(),
				(answer != null) ? SignUpRequest.Answer.valueOf(answer) : null,
				(outcome != null) ? SignUpStatus.valueOf(outcome) : null,
				(answeredAt != null) ? answeredAt.toInstant() : null);
	}

}
