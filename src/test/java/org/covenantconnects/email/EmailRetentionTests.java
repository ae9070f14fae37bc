package org.covenantconnects.email;

import java.util.Map;
import java.util.UUID;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.email.internal.EmailRetention;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an email said is blanked 30 days after it was delivered or given up on (ADR 022),
 * and the row stays as the delivery log; an email not yet delivered keeps its body.
 */
@ConnectsTest
class EmailRetentionTests {

	@Autowired
	EmailRetention retention;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theBodyOfAnEmailDeliveredMoreThanThirtyDaysAgoIsBlankedAndItsLogKept() {
		UUID sentLongAgo = email("SENT", "now() - interval '31 days'", "now() - interval '31 days'");
		UUID recordedLongAgo = email("RECORDED", "now() - interval '40 days'", "now() - interval '40 days'");
		UUID failedLongAgo = email("FAILED", "now() - interval '31 days'", "null");
		UUID sentRecently = email("SENT", "now() - interval '40 days'", "now() - interval '29 days'");
		UUID stillBeingSent = email("SENDING", "now() - interval '40 days'", "null");

		assertThat(this.retention.run()).isGreaterThanOrEqualTo(3);

		for (UUID blanked : new UUID[] { sentLongAgo, recordedLongAgo, failedLongAgo }) {
			Map<String, Object> row = row(blanked);
			assertThat(row.get("text_body")).isEqualTo("");
			assertThat(row.get("html_body")).isNull();
			assertThat(row.get("secret")).isNull();
			assertThat(row.get("recipient")).isEqualTo("retention@example.com");
			assertThat(row.get("subject")).isEqualTo("Kept in the log");
		}
		for (UUID kept : new UUID[] { sentRecently, stillBeingSent }) {
			Map<String, Object> row = row(kept);
			assertThat(row.get("text_body")).isEqualTo("What the email said");
			assertThat(row.get("html_body")).isEqualTo("<p>What the email said</p>");
			assertThat(row.get("secret")).isEqualTo("a-secret");
		}
	}

	private UUID email(String status, String created, String sent) {
		UUID id = UUID.randomUUID();
		// An email being sent whose lease lasts another day: no sender claims it
		// meanwhile.
		this.jdbc
			.sql("""
					insert into email_message (id, recipient, subject, text_body, html_body, secret, status,
					  next_attempt_at, created_at, sent_at)
					values (:id, 'retention@example.com', 'Kept in the log', 'What the email said',
					  '<p>What the email said</p>', 'a-secret', :status, now() + interval '1 day', %s, %s)"""
				.formatted(created, sent))
			.param("id", id)
			.param("status", status)
			.update();
		return id;
	}

	private Map<String, Object> row(UUID id) {
		return this.jdbc
			.sql("select recipient, subject, text_body, html_body, secret from email_message where id = :id")
			.param("id", id)
			.query()
			.singleRow();
	}

}
