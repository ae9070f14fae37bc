package org.covenantconnects.generator;

import java.time.Instant;

import org.covenantconnects.platform.Dataset;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The generator at a small scale, for tests that need a believable data set: it empties
 * the shared test database and fills it, inside the caller's transaction, which the
 * caller must roll back (the other tests never see either).
 */
public final class SmallGeneratedData {

	private SmallGeneratedData() {
	}

	/**
	 * Empties the database and generates into it, in the current transaction.
	 * @param opportunities how many opportunities; the other populations stay small
	 */
	public static void fill(ConfigurableApplicationContext context, long seed, int opportunities) {
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		emptyTheDatabase(jdbc);
		GeneratorSettings small = new GeneratorSettings(seed, 300, 30, 200, 3, 2, 300, opportunities,
				Instant.parse("2026-11-01T00:00:00Z"), "covenant-generated");
		NationalData generator = generator(context, small);
		if (!generator.fill(generator.parameters())) {
			throw new IllegalStateException("The emptied database still held generated data");
		}
	}

	static NationalData generator(ConfigurableApplicationContext context, GeneratorSettings settings) {
		return new NationalData(context.getBean(Dataset.class), context.getBean(JdbcClient.class),
				context.getBean(TransactionTemplate.class), context.getBean(PasswordEncoder.class), settings, context);
	}

	/**
	 * Deletes every row the generator refuses to write beside, in the current
	 * transaction.
	 */
	static void emptyTheDatabase(JdbcClient jdbc) {
		// The generator's temporary tables go at commit; the callers never commit.
		jdbc.sql("drop table if exists pg_temp.generated_council_population, pg_temp.generated_council_slot, "
				+ "pg_temp.generated_account, pg_temp.generated_recipient, pg_temp.generated_recipient_count, "
				+ "pg_temp.generated_signatory, pg_temp.generated_offerer, pg_temp.generated_taken, "
				+ "pg_temp.generated_take_up")
			.update();
		jdbc.sql("delete from network_meeting_action").update();
		jdbc.sql("delete from network_meeting_invitee").update();
		jdbc.sql("delete from network_meeting").update();
		jdbc.sql("delete from event_calendar").update();
		jdbc.sql("delete from event_sign_up_request").update();
		jdbc.sql("delete from event_sign_up").update();
		jdbc.sql("delete from event").update();
		jdbc.sql("delete from alert").update();
		jdbc.sql("delete from alert_preference").update();
		jdbc.sql("delete from take_up").update();
		jdbc.sql("delete from care_leaver").update();
		jdbc.sql("delete from opportunity").update();
		jdbc.sql("delete from supporter").update();
		jdbc.sql("delete from signatory_member").update();
		jdbc.sql("delete from signatory").update();
		jdbc.sql("delete from email_message").update();
		jdbc.sql("delete from contact_log_entry").update();
		jdbc.sql("delete from council_lead").update();
		jdbc.sql("delete from council_partnership").update();
		jdbc.sql("update institution set coordinator_account_id = null").update();
		jdbc.sql("delete from give_away_opt_out").update();
		jdbc.sql("delete from give_away_history").update();
		jdbc.sql("delete from give_away_entry").update();
		jdbc.sql("delete from give_away_draw").update();
		jdbc.sql("delete from give_away").update();
		jdbc.sql("delete from dbs_check").update();
		jdbc.sql("delete from account").update();
		jdbc.sql("delete from dataset").update();
	}

}
