package org.covenantconnects.email.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records GOV.UK Notify's delivery receipts on the outbox. A receipt names the email by
 * the reference the service gave Notify when sending it, which is the outbox row's id. A
 * permanent failure is handled as a mail server's hard refusal over SMTP: the email ends
 * {@code FAILED} with the reason, and its address is marked undeliverable, so that later
 * emails to it are not sent and the person is asked to correct it.
 */
@Service
public class DeliveryReceipts {

	static final String PERMANENT_FAILURE_REASON = "GOV.UK Notify: the recipient's mail server refused it for good "
			+ "(permanent failure)";

	private final JdbcClient jdbc;

	private final Clock clock;

	DeliveryReceipts(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records what Notify reported about the email with this reference.
	 * @return whether there is such an email
	 */
	@Transactional
	public boolean record(UUID reference, Delivery delivery) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		if (delivery != Delivery.PERMANENT_FAILURE) {
			return this.jdbc
				.sql("update email_message set delivery = :delivery, delivery_reported_at = :now where id = :id")
				.param("delivery", delivery.name())
				.param("now", now)
				.param("id", reference)
				.update() == 1;
		}
		return this.jdbc.sql("""
				update email_message set delivery = :delivery, delivery_reported_at = :now, status = 'FAILED',
				  claim = null, last_error = :error
				where id = :id returning recipient
				""")
			.param("delivery", delivery.name())
			.param("now", now)
			.param("error", "The address is undeliverable: " + PERMANENT_FAILURE_REASON)
			.param("id", reference)
			.query(String.class)
			.optional()
			.map((recipient) -> {
				this.jdbc.sql("""
						insert into email_undeliverable (address, reason, since) values (lower(:address), :reason, :now)
						on conflict (address) do nothing
						""")
					.param("address", recipient)
					.param("reason", PERMANENT_FAILURE_REASON)
					.param("now", now)
					.update();
				return true;
			})
			.orElse(false);
	}

}
