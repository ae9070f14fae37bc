package org.covenantconnects.email;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads an outbox in tests, and waits for it, without ever asserting how long it took.
 */
record Outbox(JdbcClient jdbc) {

	record Row(UUID id, String recipient, String status, int attempts, String lastError) {

	}

	Row row(UUID id) {
		return this.jdbc.sql("select id, recipient, status, attempts, last_error from email_message where id = :id")
			.param("id", id)
			.query((rs, i) -> new Row(rs.getObject("id", UUID.class), rs.getString("recipient"), rs.getString("status"),
					rs.getInt("attempts"), rs.getString("last_error")))
			.single();
	}

	/** How many rows are still waiting or being sent. */
	long unfinished() {
		return this.jdbc.sql("select count(*) from email_message where status in ('PENDING', 'SENDING')")
			.query(Long.class)
			.single();
	}

	/** Waits until the message has the status, for at most a generous minute. */
	Row await(UUID id, String status) {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
		Row row = row(id);
		while (!row.status().equals(status)) {
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("Expected email " + id + " to become " + status + " but it is " + row);
			}
			pause(50);
			row = row(id);
		}
		return row;
	}

	/**
	 * Waits until the message is delivered and its secret forgotten, which its sender
	 * does once its batch ends, for at most a generous minute.
	 */
	Row awaitSentAndForgotten(UUID id) {
		Row row = await(id, "SENT");
		Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
		while (this.jdbc.sql("select secret is not null from email_message where id = :id")
			.param("id", id)
			.query(Boolean.class)
			.single()) {
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("Email " + id + " was delivered but still holds its secret");
			}
			pause(50);
		}
		return row(id);
	}

	/** Waits until nothing is waiting or being sent, for at most the given time. */
	void awaitAllFinished(Duration atMost) {
		Instant deadline = Instant.now().plus(atMost);
		while (unfinished() > 0) {
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError(unfinished() + " email(s) still unfinished: "
						+ this.jdbc.sql("select status, count(*) from email_message group by status")
							.query((rs, i) -> rs.getString(1) + "=" + rs.getLong(2))
							.list());
			}
			pause(100);
		}
	}

	List<UUID> ids() {
		return this.jdbc.sql("select id from email_message").query(UUID.class).list();
	}

	static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
