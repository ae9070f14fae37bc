package org.covenantconnects.alert;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.covenantconnects.identity.AccountId;
import org.covenantconnects.opportunity.Category;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.places.RegionCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's alert preferences and their in-app notifications. Every method acts only
 * on the account it is given: nobody reads or changes another's.
 */
@Service
public class Subscriptions {

	/**
	 * Default preferences, made from the care leaver's profile: everything open to them
	 * where they live (their age and council always count), in a weekly email and in the
	 * service. Their interests put opportunities first in For you but hide none, and
	 * alerts start the same way (ADR 014).
	 */
	static final String CARE_LEAVER_DEFAULTS = """
			insert into alert_preference (account_id, audience, by_email, in_app, frequency, categories, types, regions,
			  updated_at)
			select c.account_id, 'CARE_LEAVER', true, true, 'WEEKLY', '{}', '{}', array[c.region_code]::varchar(9)[], now()
			from care_leaver c
			""";

	/** Default preferences of a supporter: everything in the region of their council. */
	static final String SUPPORTER_DEFAULTS = """
			insert into alert_preference (account_id, audience, by_email, in_app, frequency, categories, types, regions,
			  updated_at)
			select s.account_id, 'SUPPORTER', true, true, 'WEEKLY', '{}', '{}', array[la.region_code]::varchar(9)[], now()
			from supporter s join local_authority la on la.id = s.local_authority_id
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	Subscriptions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The person's preferences, made from their profile the first time they are asked
	 * for; empty for an account with no care leaver or supporter profile.
	 */
	@Transactional
	public Optional<AlertPreferences> preferencesOf(AccountId account) {
		createDefaults(account);
		return this.jdbc.sql(
				"select by_email, in_app, frequency, categories, types, regions from alert_preference where account_id = :id")
			.param("id", account.value())
			.query((rs, i) -> preferences(rs))
			.optional();
	}

	/**
	 * Makes default preferences for the person from their profile, unless they have some
	 * already.
	 */
	@Transactional
	public void createDefaults(AccountId account) {
		this.jdbc.sql(CARE_LEAVER_DEFAULTS + " where c.account_id = :id on conflict (account_id) do nothing")
			.param("id", account.value())
			.update();
		this.jdbc.sql(SUPPORTER_DEFAULTS + " where s.account_id = :id on conflict (account_id) do nothing")
			.param("id", account.value())
			.update();
	}

	/**
	 * Makes default preferences for everyone with a profile and none yet, in one
	 * statement for each kind of person.
	 * @return how many were made
	 */
	@Transactional
	public int createMissingDefaults() {
		return this.jdbc.sql(CARE_LEAVER_DEFAULTS + " on conflict (account_id) do nothing").update()
				+ this.jdbc.sql(SUPPORTER_DEFAULTS + " on conflict (account_id) do nothing").update();
	}

	/**
	 * A care leaver moved from one region to another: where their chosen alert regions
	 * named the old one, they now name the new one, so that they keep hearing about
	 * regional opportunities where they live (alerts only reach them for what fits them,
	 * and that follows where they live).
	 */
	@Transactional
	public void moved(AccountId careLeaver, RegionCode from, RegionCode to) {
		this.jdbc.sql("""
				update alert_preference
				set regions = array(select distinct r from unnest(array_replace(regions, :from, :to)) as r order by r),
				  updated_at = now()
				where account_id = :id and audience = 'CARE_LEAVER' and :from = any(regions)
				""").param("id", careLeaver.value()).param("from", from.value()).param("to", to.value()).update();
	}

	/**
	 * Replaces the person's preferences. Alerts already made keep the way they were to be
	 * sent, except that alerts waiting for a digest are not emailed once email is off.
	 * @throws IllegalStateException if the person has no preferences (no profile)
	 */
	@Transactional
	public void change(AccountId account, AlertPreferences preferences) {
		createDefaults(account);
		int changed = this.jdbc.sql("""
				update alert_preference set by_email = :byEmail, in_app = :inApp, frequency = :frequency,
				  categories = :categories::text[], types = :types::text[], regions = :regions::varchar(9)[],
				  updated_at = :now
				where account_id = :id
				""")
			.param("id", account.value())
			.param("byEmail", preferences.byEmail())
			.param("inApp", preferences.inApp())
			.param("frequency", preferences.frequency().name())
			.param("categories", array(preferences.categories().stream().map(Enum::name).toList()))
			.param("types", array(preferences.types().stream().map(Enum::name).toList()))
			.param("regions", array(preferences.regions().stream().map(RegionCode::value).toList()))
			.param("now", OffsetDateTime.now(this.clock))
			.update();
		if (changed == 0) {
			throw new IllegalStateException("No alert preferences for this account");
		}
		// Alerts waiting for a digest go in the digest now chosen (the next weekly one
		// for
		// someone who now wants emails at once), or are not emailed at all.
		String waiting = !preferences.byEmail() ? "NONE" : switch (preferences.frequency()) {
			case WEEKLY, INSTANT -> "WEEKLY";
			case MONTHLY -> "MONTHLY";
			case OFF -> "NONE";
		};
		this.jdbc.sql("""
				update alert set email = :email
				where account_id = :id and emailed_at is null and email in ('WEEKLY', 'MONTHLY')
				""").param("email", waiting).param("id", account.value()).update();
	}

	/**
	 * Stops every alert email to the person (from an unsubscribe link); notifications in
	 * the service carry on as they chose.
	 * @return whether they had preferences to change
	 */
	@Transactional
	public boolean unsubscribe(AccountId account) {
		int changed = this.jdbc
			.sql("update alert_preference set by_email = false, updated_at = :now where account_id = :id")
			.param("id", account.value())
			.param("now", OffsetDateTime.now(this.clock))
			.update();
		stopWaitingEmails(account);
		return changed > 0;
	}

	private void stopWaitingEmails(AccountId account) {
		this.jdbc.sql("update alert set email = 'NONE' where account_id = :id and emailed_at is null")
			.param("id", account.value())
			.update();
	}

	/** One page of the person's notifications in the service, newest first. */
	public List<Notification> notifications(AccountId account, int offset, int limit) {
		return this.jdbc.sql("""
				select id, opportunity_id, created_at, read_at from alert
				where account_id = :id and in_app order by created_at desc, id desc limit :limit offset :offset
				""")
			.param("id", account.value())
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, i) -> new Notification(rs.getLong("id"), new OpportunityId(rs.getObject(2, UUID.class)),
					rs.getObject(3, OffsetDateTime.class), rs.getObject(4, OffsetDateTime.class)))
			.list();
	}

	/** How many notifications the person has in the service, read or not. */
	public long notificationCount(AccountId account) {
		return this.jdbc.sql("select count(*) from alert where account_id = :id and in_app")
			.param("id", account.value())
			.query(Long.class)
			.single();
	}

	public long unreadCount(AccountId account) {
		return this.jdbc.sql("select count(*) from alert where account_id = :id and in_app and read_at is null")
			.param("id", account.value())
			.query(Long.class)
			.single();
	}

	/**
	 * Marks one of the person's notifications read.
	 * @return its opportunity, or empty if the person has no such notification
	 */
	@Transactional
	public Optional<OpportunityId> open(AccountId account, long notification) {
		return this.jdbc.sql("""
				update alert set read_at = coalesce(read_at, :now)
				where id = :alert and account_id = :id and in_app returning opportunity_id
				""")
			.param("alert", notification)
			.param("id", account.value())
			.param("now", OffsetDateTime.now(this.clock))
			.query((rs, i) -> new OpportunityId(rs.getObject(1, UUID.class)))
			.optional();
	}

	/** Marks all the person's notifications read. */
	@Transactional
	public void markAllRead(AccountId account) {
		this.jdbc.sql("update alert set read_at = :now where account_id = :id and in_app and read_at is null")
			.param("id", account.value())
			.param("now", OffsetDateTime.now(this.clock))
			.update();
	}

	/** Removes everything kept about the person's alerts, for a deleted account. */
	@Transactional
	public void forget(AccountId account) {
		for (String table : List.of("alert", "alert_digest", "closing_reminder", "alert_preference")) {
			this.jdbc.sql("delete from " + table + " where account_id = :id").param("id", account.value()).update();
		}
	}

	private static String array(Collection<String> values) {
		return values.stream().sorted().collect(Collectors.joining(",", "{", "}"));
	}

	private static AlertPreferences preferences(ResultSet rs) throws SQLException {
		return new AlertPreferences(rs.getBoolean("by_email"), rs.getBoolean("in_app"),
				Frequency.valueOf(rs.getString("frequency")),
				strings(rs.getArray("categories")).stream().map(Category::valueOf).collect(Collectors.toSet()),
				strings(rs.getArray("types")).stream().map(OpportunityType::valueOf).collect(Collectors.toSet()),
				strings(rs.getArray("regions")).stream().map(RegionCode::new).collect(Collectors.toSet()));
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

	/** An alert shown in the service. */
	public record Notification(long id, OpportunityId opportunity, OffsetDateTime createdAt, OffsetDateTime readAt) {

		public boolean isUnread() {
			return this.readAt == null;
		}

	}

}
