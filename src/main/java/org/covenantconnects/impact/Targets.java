package org.covenantconnects.impact;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.covenantconnects.audit.AdminAuditLog;
import org.covenantconnects.identity.AccountId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/**
 * Each fiscal year's target for each goal and KPI. A year whose targets no administrator
 * has set has each measure's default; setting them is written to the admin audit log.
 */
@Service
public class Targets {

	/** The largest target there can be. */
	public static final int MAX = 10_000_000;

	private final JdbcClient jdbc;

	private final AdminAuditLog auditLog;

	private final Clock clock;

	Targets(JdbcClient jdbc, AdminAuditLog auditLog, Clock clock) {
		this.jdbc = jdbc;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** The year's target for every measure. */
	public Map<Measure, Integer> of(FiscalYear year) {
		Map<Measure, Integer> targets = new EnumMap<>(Measure.class);
		for (Measure measure : Measure.values()) {
			targets.put(measure, measure.defaultTarget());
		}
		this.jdbc.sql("select measure, target from impact_target where fiscal_year = :year")
			.param("year", year.startYear())
			.query((rs) -> {
				for (Measure measure : Measure.values()) {
					if (measure.name().equals(rs.getString("measure"))) {
						targets.put(measure, rs.getInt("target"));
					}
				}
			});
		return targets;
	}

	/**
	 * Sets a year's targets, writing those that changed to the admin audit log.
	 * @param by the administrator, or {@code null} for demo data
	 * @return whether any changed
	 */
	@Transactional
	public boolean set(FiscalYear year, Map<Measure, Integer> targets, @Nullable AccountId by) {
		Map<Measure, Integer> before = of(year);
		List<String> changed = new ArrayList<>();
		for (Map.Entry<Measure, Integer> entry : targets.entrySet()) {
			int target = entry.getValue();
			Assert.isTrue(target >= 0 && target <= MAX, "a target is a whole number from 0 to " + MAX);
			if (before.get(entry.getKey()) != target) {
				changed.add(entry.getKey().shortName() + " " + before.get(entry.getKey()) + " to " + target);
			}
			this.jdbc.sql("""
					insert into impact_target (fiscal_year, measure, target, set_by, set_at)
					values (:year, :measure, :target, :by, :at)
					on conflict (fiscal_year, measure) do update
					  set target = excluded.target, set_by = excluded.set_by, set_at = excluded.set_at
					  where impact_target.target <> excluded.target
					""")
				.param("year", year.startYear())
				.param("measure", entry.getKey().name())
				.param("target", target)
				.param("by", (by != null) ? by.value() : null, java.sql.Types.OTHER)
				.param("at", OffsetDateTime.now(this.clock.withZone(ZoneOffset.UTC)))
				.update();
		}
		if (changed.isEmpty()) {
			return false;
		}
		if (by != null) {
			this.auditLog.record(by, "Set the impact targets for " + year.shortLabel(), null,
					String.join("; ", changed), this.clock.instant());
		}
		return true;
	}

}
