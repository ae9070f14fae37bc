package org.covenantconnects.email.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Blanks what an email said once it has been delivered (or given up on) for long enough
 * (ADR 022). The row stays as the delivery log: recipient, subject, status and times. One
 * statement bounded by time, the same however often and on however many instances it
 * runs.
 */
@Component
public class EmailRetention {

	private static final Log log = LogFactory.getLog(EmailRetention.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration bodies;

	EmailRetention(JdbcClient jdbc, Clock clock, @Value("${connects.retention.email-bodies}") Duration bodies) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.bodies = bodies;
	}

	/**
	 * @return how many emails' bodies were blanked
	 */
	@Scheduled(cron = "${connects.retention.cron}", zone = "Europe/London")
	public int run() {
		int blanked = this.jdbc.sql("""
				update email_message set text_body = '', html_body = null, secret = null
				where text_body <> '' and status not in ('PENDING', 'SENDING')
				and coalesce(sent_at, created_at) < :before""")
			.param("before", OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC).minus(this.bodies))
			.update();
		// A sender lets go of its claim on delivered rows, and forgets their secrets,
		// when
		// its batch ends; one that died first leaves that to this run.
		int released = this.jdbc.sql("""
				update email_message set claim = null, secret = null
				where status = 'SENT' and claim is not null and sent_at < :before""")
			.param("before", OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC).minusHours(1))
			.update();
		if (released > 0) {
			log.info(
					"Retention, email: let go of the claims of " + released + " delivered emails whose sender stopped");
		}
		log.info("Retention, email: blanked the bodies of " + blanked + " emails delivered more than "
				+ this.bodies.toDays() + " days ago");
		return blanked;
	}

}
