package org.covenantconnects.platform;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes a listener safe to run twice for the same event. Work left unfinished by an
 * instance that died is run again by another (ADR 035), and a run whose changes were
 * committed just before its instance died runs again too: a listener whose effect is not
 * already idempotent (an email, a note in a contact log) asks {@link #firstTime} in its
 * own transaction and does nothing when the answer is no. The mark and the listener's
 * changes commit together, so either both happened or neither did; two runs at once wait
 * on each other's mark, and the second then does nothing.
 */
@Service
public class HandledEvents {

	private final JdbcClient jdbc;

	HandledEvents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Marks the event as handled by the listener, in the caller's transaction.
	 * @param listener names the listener, for example {@code "adviser alerts: check-in"}
	 * @param event what tells this event apart from every other one the listener hears,
	 * for example the take-up and the month of a check-in
	 * @return whether this is the first time; if not, the listener does nothing
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean firstTime(String listener, String event) {
		return this.jdbc
			.sql("""
					insert into handled_event (listener, event_key, handled_at) values (:listener, :event, clock_timestamp())
					on conflict (listener, event_key) do nothing
					""")
			.param("listener", listener)
			.param("event", event)
			.update() == 1;
	}

	/**
	 * Forgets marks older than 90 days: long after any run again, automatic (within the
	 * hour) or by an administrator from the stuck work page.
	 */
	@Scheduled(cron = "${connects.retention.cron}", zone = "Europe/London")
	@Transactional
	public int forgetOld() {
		return this.jdbc.sql("delete from handled_event where handled_at < clock_timestamp() - interval '90 days'")
			.update();
	}

}
