package org.covenantconnects.impact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.covenantconnects.audit.AdminAuditLog;
import org.covenantconnects.event.EventKind;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.opportunity.Orientation;
import org.covenantconnects.platform.CountsAsOf;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/**
 * The KPIs administrators define (ADR 052): defining one, giving it a year's own target,
 * and retiring it, each written to the admin audit log. None is ever removed.
 */
@Service
public class DefinedKpis {

	/** The longest name. */
	public static final int LONGEST_NAME = 80;

	/** The longest written definition. */
	public static final int LONGEST_DEFINITION = 1000;

	private final JdbcClient jdbc;

	private final AdminAuditLog auditLog;

	private final Clock clock;

	DefinedKpis(JdbcClient jdbc, AdminAuditLog auditLog, Clock clock) {
		this.jdbc = jdbc;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** Every defined KPI, retired or not, in the order they were defined. */
	public List<DefinedKpi> all() {
		return this.jdbc.sql("""
				select id, name, definition, basis, orientation, event_kind, cadence, target, retired_on
				from impact_kpi order by id
				""").query((rs, n) -> kpi(rs)).list();
	}

	/**
	 * The defined KPIs among the figures as of the end of a day: those not retired by
	 * then.
	 */
	public List<DefinedKpi> countedOn(LocalDate day) {
		return all().stream().filter((kpi) -> kpi.countedOn(day)).toList();
	}

	public Optional<DefinedKpi> find(int number) {
		return this.jdbc.sql("""
				select id, name, definition, basis, orientation, event_kind, cadence, target, retired_on
				from impact_kpi where id = :id
				""").param("id", number).query((rs, n) -> kpi(rs)).optional();
	}

	/** The defined KPI of a code such as {@code KPI-3}, if there is one. */
	public Optional<DefinedKpi> find(String code) {
		if (code == null || !code.matches(DefinedKpi.CODE + "[0-9]{1,9}")) {
			return Optional.empty();
		}
		return find(Integer.parseInt(code.substring(DefinedKpi.CODE.length())));
	}

	/**
	 * Whether a name is already taken, ignoring case: by another defined KPI, or by one
	 * of the Covenant's goals and KPIs.
	 */
	public boolean nameTaken(String name) {
		List<String> fixed = Arrays.stream(Measure.values())
			.flatMap((m) -> java.util.stream.Stream.of(m.shortName(), m.title()))
			.toList();
		return Boolean.TRUE.equals(this.jdbc.sql("""
				select exists (select 1 from unnest(array[:fixed]) f where lower(f) = lower(:name))
				  or exists (select 1 from impact_kpi where lower(name) = lower(:name))
				""").param("fixed", fixed).param("name", name.strip()).query(Boolean.class).single());
	}

	/**
	 * Defines a KPI.
	 * @param by the administrator, or {@code null} for demo data
	 */
	@Transactional
	public DefinedKpi define(String name, String definition, Basis basis, @Nullable Orientation orientation,
			@Nullable EventKind eventKind, Cadence cadence, int target, @Nullable AccountId by) {
		Assert.isTrue(!name.isBlank() && name.length() <= LONGEST_NAME, "a name has 1 to 80 characters");
		Assert.isTrue(!definition.isBlank() && definition.length() <= LONGEST_DEFINITION,
				"a definition has 1 to 1000 characters");
		Assert.isTrue(orientation == null || basis.narrowing() == Basis.Narrowing.ORIENTATION,
				"only opportunities and take-ups are narrowed to an orientation");
		Assert.isTrue(eventKind == null || basis.narrowing() == Basis.Narrowing.EVENT_KIND,
				"only events and attendances are narrowed to a kind of event");
		Assert.isTrue(target >= 0 && target <= Targets.MAX, "a target is a whole number from 0 to " + Targets.MAX);
		int number = this.jdbc.sql("""
				insert into impact_kpi (name, definition, basis, orientation, event_kind, cadence, target, defined_by,
				  defined_at)
				values (:name, :definition, :basis, :orientation, :kind, :cadence, :target, :by, :at)
				returning id
				""")
			.param("name", name)
			.param("definition", definition)
			.param("basis", basis.name())
			.param("orientation", (orientation != null) ? orientation.name() : null, java.sql.Types.VARCHAR)
			.param("kind", (eventKind != null) ? eventKind.name() : null, java.sql.Types.VARCHAR)
			.param("cadence", cadence.name())
			.param("target", target)
			.param("by", (by != null) ? by.value() : null, java.sql.Types.OTHER)
			.param("at", OffsetDateTime.now(this.clock.withZone(ZoneOffset.UTC)))
			.query(Integer.class)
			.single();
		DefinedKpi kpi = find(number).orElseThrow();
		if (by != null) {
			this.auditLog.record(by, "Defined a KPI", null,
					detail(kpi.name() + " " + kpi.shortName() + ": " + kpi.counts() + "; "
							+ cadence.label().toLowerCase(Locale.UK) + "; target " + target + "; " + definition),
					this.clock.instant());
		}
		return kpi;
	}

	/**
	 * Retires a KPI from today: it is not among the figures as of today or after, and
	 * issued reports keep it as they were issued.
	 * @return whether it was in use until now
	 */
	@Transactional
	public boolean retire(DefinedKpi kpi, AccountId by) {
		LocalDate today = LocalDate.now(this.clock.withZone(CountsAsOf.ENGLAND));
		int retired = this.jdbc.sql("""
				update impact_kpi set retired_on = :today, retired_by = :by, retired_at = :at
				where id = :id and retired_on is null
				""")
			.param("today", today)
			.param("by", by.value())
			.param("at", OffsetDateTime.now(this.clock.withZone(ZoneOffset.UTC)))
			.param("id", kpi.number())
			.update();
		if (retired == 0) {
			return false;
		}
		this.auditLog.record(by, "Retired a KPI", null, detail(kpi.name() + " " + kpi.shortName() + ": from " + today),
				this.clock.instant());
		return true;
	}

	/** A year's target for a KPI: its own, or the KPI's target for any other year. */
	public int targetOf(DefinedKpi kpi, FiscalYear year) {
		return targetsOf(kpi).getOrDefault(year.startYear(), kpi.target());
	}

	/** The years given their own target for a KPI, by the year their April falls in. */
	public Map<Integer, Integer> targetsOf(DefinedKpi kpi) {
		Map<Integer, Integer> targets = new TreeMap<>();
		this.jdbc.sql("select fiscal_year, target from impact_target where measure = :code")
			.param("code", kpi.name())
			.query((rs) -> {
				targets.put(rs.getInt("fiscal_year"), rs.getInt("target"));
			});
		return targets;
	}

	/**
	 * Gives a KPI a year's own target, writing it to the admin audit log if it changed.
	 * @param by the administrator, or {@code null} for demo data
	 * @return whether it changed
	 */
	@Transactional
	public boolean setTarget(DefinedKpi kpi, FiscalYear year, int target, @Nullable AccountId by) {
		Assert.isTrue(target >= 0 && target <= Targets.MAX, "a target is a whole number from 0 to " + Targets.MAX);
		int before = targetOf(kpi, year);
		boolean own = targetsOf(kpi).containsKey(year.startYear());
		this.jdbc.sql("""
				insert into impact_target (fiscal_year, measure, target, set_by, set_at)
				values (:year, :measure, :target, :by, :at)
				on conflict (fiscal_year, measure) do update
				  set target = excluded.target, set_by = excluded.set_by, set_at = excluded.set_at
				  where impact_target.target <> excluded.target
				""")
			.param("year", year.startYear())
			.param("measure", kpi.name())
			.param("target", target)
			.param("by", (by != null) ? by.value() : null, java.sql.Types.OTHER)
			.param("at", OffsetDateTime.now(this.clock.withZone(ZoneOffset.UTC)))
			.update();
		if (before == target && own) {
			return false;
		}
		if (by != null) {
			this.auditLog.record(by, "Set a KPI's target for " + year.shortLabel(), null,
					detail(kpi.name() + " " + kpi.shortName() + ": " + before + " to " + target), this.clock.instant());
		}
		return true;
	}

	/** The audit log keeps up to 300 characters of detail. */
	private static String detail(String detail) {
		return (detail.length() <= 300) ? detail : detail.substring(0, 299) + "…";
	}

	private static DefinedKpi kpi(ResultSet rs) throws SQLException {
		String orientation = rs.getString("orientation");
		String kind = rs.getString("event_kind");
		return new DefinedKpi(rs.getInt("id"), rs.getString("name"), rs.getString("definition"),
				Basis.valueOf(rs.getString("basis")), (orientation != null) ? Orientation.valueOf(orientation) : null,
				(kind != null) ? EventKind.valueOf(kind) : null, Cadence.valueOf(rs.getString("cadence")),
				rs.getInt("target"), rs.getObject("retired_on", LocalDate.class));
	}

}
