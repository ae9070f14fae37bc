package org.covenantconnects.alert;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The email outbox. {@link #queue(Email)} joins the caller's transaction, so an email
 * exists if and only if the change that caused it was committed; delivery happens
 * afterwards and is retried.
 */
@Service
public class Emails {

	private final JdbcClient jdbc;

	private final Clock clock;

	Emails(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Writes the email to the outbox.
	 * @return the message's id, which becomes its Message-ID when delivered
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public UUID queue(Email email) {
		UUID id = UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		this.jdbc.sql("""
				insert into email_message (id, recipient, subject, text_body, status, next_attempt_at, created_at)
				values (:id, :recipient, :subject, :text, 'PENDING', :now, :now)
				""")
			.param("id", id)
			.param("recipient", email.recipient())
			.param("subject", email.subject())
			.param("text", email.textBody())
			.param("now", now)
			.update();
		return id;
	}

	/** The most recent messages first, for administrators. */
	public List<SentEmail> recent(int offset, int limit) {
		return this.jdbc.sql("""
				select id, recipient, subject, text_body, status, attempts, last_error, created_at, sent_at
				from email_message order by created_at desc, id limit :limit offset :offset
				""")
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, i) -> new SentEmail(rs.getObject("id", UUID.class), rs.getString("recipient"),
					rs.getString("subject"), rs.getString("text_body"), rs.getString("status"), rs.getInt("attempts"),
					rs.getString("last_error"), rs.getObject("created_at", OffsetDateTime.class),
					rs.getObject("sent_at", OffsetDateTime.class)))
			.list();
	}

	/**
	 * Every email written to the address (case ignored), oldest first: for a person's
	 * download of their own data.
	 */
	public List<SentEmail> sentTo(String recipient) {
		return this.jdbc.sql("""
				select id, recipient, subject, text_body, status, attempts, last_error, created_at, sent_at
				from email_message where lower(recipient) = lower(:recipient) order by created_at, id
				""")
			.param("recipient", recipient)
			.query((rs, i) -> new SentEmail(rs.getObject("id", UUID.class), rs.getString("recipient"),
					rs.getString("subject"), rs.getString("text_body"), rs.getString("status"), rs.getInt("attempts"),
					rs.getString("last_error"), rs.getObject("created_at", OffsetDateTime.class),
					rs.getObject("sent_at", OffsetDateTime.class)))
			.list();
	}

	/**
	 * Removes every email written to the address, sent or not, for a person who deleted
	 * their account.
	 * @return how many were removed
	 */
	@Transactional
	public int forget(String recipient) {
		return this.jdbc.sql("delete from email_message where lower(recipient) = lower(:recipient)")
			.param("recipient", recipient)
			.update();
	}

	public long count() {
		return this.jdbc.sql("select count(*) from email_message").query(Long.class).single();
	}

	/** An email as the outbox holds it. */
	public record SentEmail(UUID id, String recipient, String subject, String textBody, String status, int attempts,
			String lastError, OffsetDateTime createdAt, OffsetDateTime sentAt) {

	}

}
