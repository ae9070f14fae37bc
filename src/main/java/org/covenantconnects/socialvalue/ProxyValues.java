package org.covenantconnects.socialvalue;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;

import org.covenantconnects.audit.AdminAuditLog;
import org.covenantconnects.identity.AccountId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/**
 * The proxy values administrators keep, one for each outcome. Connects ships defaults,
 * labelled as such until an administrator sets a value; each change is written to the
 * admin audit log with the value, source and year before and after.
 */
@Service
public class ProxyValues {

	/** The largest value of one unit, in pence: one million pounds. */
	public static final long MAX_PENCE = 100_000_000L;

	/** The longest source. */
	public static final int MAX_SOURCE = 300;

	/** The earliest year a value can be for. */
	public static final int FIRST_YEAR = 2000;

	private final JdbcClient jdbc;

	private final AdminAuditLog auditLog;

	private final Clock clock;

	ProxyValues(JdbcClient jdbc, AdminAuditLog auditLog, Clock clock) {
		this.jdbc = jdbc;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** Every outcome's proxy value, in the order of {@link Outcome}. */
	public Map<Outcome, ProxyValue> all() {
		Map<Outcome, ProxyValue> values = new EnumMap<>(Outcome.class);
		this.jdbc.sql("select outcome, unit, value_pence, source, year, is_default from social_value_proxy")
			.query((rs) -> {
				Outcome outcome = Outcome.valueOf(rs.getString("outcome"));
				values.put(outcome, new ProxyValue(outcome, rs.getString("unit"), rs.getLong("value_pence"),
						rs.getString("source"), rs.getInt("year"), rs.getBoolean("is_default")));
			});
		Assert.state(values.size() == Outcome.values().length, "every outcome has a proxy value");
		return values;
	}

	public ProxyValue of(Outcome outcome) {
		return all().get(outcome);
	}

	/**
	 * Sets an outcome's value, source and year, writing the change to the admin audit
	 * log; the value is then no longer a default.
	 * @return whether anything changed
	 */
	@Transactional
	public boolean set(Outcome outcome, long pence, String source, int year, AccountId by) {
		Assert.isTrue(pence >= 0 && pence <= MAX_PENCE, "a value is from £0 to £1,000,000");
		Assert.isTrue(!source.isBlank() && source.length() <= MAX_SOURCE, "a source has 1 to 300 characters");
		Assert.isTrue(year >= FIRST_YEAR && year <= 2100, "a year from 2000");
		ProxyValue before = of(outcome);
		if (before.pence() == pence && before.source().equals(source) && before.year() == year && !before.isDefault()) {
			return false;
		}
		this.jdbc.sql("""
				update social_value_proxy set value_pence = :pence, source = :source, year = :year, is_default = false,
				  changed_at = :at
				where outcome = :outcome
				""")
			.param("pence", pence)
			.param("source", source)
			.param("year", year)
			.param("at", OffsetDateTime.now(this.clock.withZone(ZoneOffset.UTC)))
			.param("outcome", outcome.name())
			.update();
		this.auditLog.record(
				by, "Set the social value proxy: " + outcome.title(), null, describe(before) + " to "
						+ ProxyValue.pounds(pence) + " a " + before.unit() + " (" + source + ", " + year + ")",
				this.clock.instant());
		return true;
	}

	private static String describe(ProxyValue value) {
		return value.pounds() + " a " + value.unit() + " (" + value.source() + ", " + value.year()
				+ (value.isDefault() ? ", the default" : "") + ")";
	}

}
