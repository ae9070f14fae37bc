package org.covenantconnects.alert;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers queued emails. Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so
 * several instances can run this at once without sending any message twice. A failed
 * attempt is retried with exponential backoff, up to {@value #MAX_ATTEMPTS} attempts.
 */
@Component
class EmailDispatcher {

	static final int MAX_ATTEMPTS = 8;

	private static final Log log = LogFactory.getLog(EmailDispatcher.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final EmailDelivery delivery;

	private final Clock clock;

	EmailDispatcher(JdbcClient jdbc, TransactionTemplate transactions, EmailDelivery delivery, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.delivery = delivery;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${connects.mail.dispatch-interval:2s}")
	void dispatchDue() {
		int sent;
		do {
			sent = dispatchBatch(50);
		}
		while (sent == 50);
	}

	/** Delivers up to {@code size} due messages; returns how many were attempted. */
	int dispatchBatch(int size) {
		Integer attempted = this.transactions.execute((status) -> {
			OffsetDateTime now = OffsetDateTime.now(this.clock);
			List<Due> due = this.jdbc.sql("""
					select id, recipient, subject, text_body, attempts from email_message
					where status = 'PENDING' and next_attempt_at <= :now
					order by next_attempt_at limit :size for update skip locked
					""")
				.param("now", now)
				.param("size", size)
				.query((rs, i) -> new Due(rs.getObject("id", UUID.class),
						new Email(rs.getString("recipient"), rs.getString("subject"), rs.getString("text_body")),
						rs.getInt("attempts")))
				.list();
			for (Due message : due) {
				deliver(message, now);
			}
			return due.size();
		});
		return (attempted != null) ? attempted : 0;
	}

	private void deliver(Due message, OffsetDateTime now) {
		try {
			String outcome = this.delivery.deliver(message.id(), message.email()).name();
			this.jdbc
				.sql("update email_message set status = :status, attempts = attempts + 1, sent_at = :now, "
						+ "last_error = null where id = :id")
				.param("status", outcome)
				.param("now", now)
				.param("id", message.id())
				.update();
		}
		catch (RuntimeException ex) {
			int attempts = message.attempts() + 1;
			boolean giveUp = attempts >= MAX_ATTEMPTS;
			log.warn("Email " + message.id() + " not delivered (attempt " + attempts + ")", ex);
			this.jdbc
				.sql("update email_message set status = :status, attempts = :attempts, "
						+ "next_attempt_at = :next, last_error = :error where id = :id")
				.param("status", giveUp ? "FAILED" : "PENDING")
				.param("attempts", attempts)
				.param("next", now.plus(Duration.ofSeconds(15L << Math.min(attempts, 10))))
				.param("error", String.valueOf(ex.getMessage()))
				.param("id", message.id())
				.update();
		}
	}

	private record Due(UUID id, Email email, int attempts) {

	}

}
