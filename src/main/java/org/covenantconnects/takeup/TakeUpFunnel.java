package org.covenantconnects.takeup;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.opportunity.Orientation;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.Region;
import org.covenantconnects.signatory.Signatories;
import org.covenantconnects.signatory.SignatoryId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The take-up funnel for coordinators: the take-ups that began in a fiscal year (April to
 * March), and how far each has gone, broken down one way. One query answers each view,
 * and it reads only take-ups and their history: what it is broken down by was copied onto
 * each take-up when it began. The figures are counts only, with no personal data.
 */
@Service
public class TakeUpFunnel {

	private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	private final JdbcClient jdbc;

	private final Places places;

	private final Signatories signatories;

	TakeUpFunnel(JdbcClient jdbc, Places places, Signatories signatories) {
		this.jdbc = jdbc;
		this.places = places;
		this.signatories = signatories;
	}

	/**
	 * The funnel for the fiscal year starting in April of {@code year}, one row for each
	 * value of the breakdown (every month of the year when by month), and a total.
	 */
	public Figures figures(Breakdown breakdown, int year) {
		LocalDate from = LocalDate.of(year, Month.APRIL, 1);
		LocalDate to = from.plusYears(1);
		Map<String, Row> rows = new LinkedHashMap<>();
		if (breakdown == Breakdown.MONTH) {
			for (int i = 0; i < 12; i++) {
				YearMonth month = YearMonth.from(from).plusMonths(i);
				rows.put(month.toString(), new Row(monthName(month), 0, 0, 0, 0, 0, 0));
			}
		}
		List<Map.Entry<String, Row>> counted = this.jdbc
			.sql("""
					with reached as (
					  select %s as key, t.status,
					    bool_or(e.status in ('APPLIED', 'REFERRED', 'OFFERED', 'STARTED', 'COMPLETED', 'SUSTAINED')) as applied,
					    bool_or(e.status in ('OFFERED', 'STARTED', 'COMPLETED', 'SUSTAINED')) as offered,
					    bool_or(e.status in ('STARTED', 'CLAIMED', 'COMPLETED', 'SUSTAINED')) as started,
					    bool_or(e.status in ('COMPLETED', 'SUSTAINED')) as outcome
					  from take_up t join take_up_event e on e.take_up_id = t.id
					  where t.created_at >= :from and t.created_at < :to
					  group by t.id
					)
					select key, count(*) as began, count(*) filter (where applied) as applied,
					  count(*) filter (where offered) as offered, count(*) filter (where started) as started,
					  count(*) filter (where outcome) as outcome,
					  count(*) filter (where status in ('DECLINED', 'WITHDRAWN', 'UNSUCCESSFUL')) as ended_early
					from reached group by key order by key
					"""
				.formatted(breakdown.key()))
			.param("from", from.atStartOfDay(ENGLAND).toOffsetDateTime())
			.param("to", to.atStartOfDay(ENGLAND).toOffsetDateTime())
			.query((rs, i) -> Map.entry(String.valueOf(rs.getString("key")),
					new Row(rs.getString("key"), rs.getLong("began"), rs.getLong("applied"), rs.getLong("offered"),
							rs.getLong("started"), rs.getLong("outcome"), rs.getLong("ended_early"))))
			.list();
		Map<String, String> names = namesFor(breakdown, counted.stream().map(Map.Entry::getKey).toList());
		for (Map.Entry<String, Row> entry : counted) {
			Row row = entry.getValue();
			String name = (breakdown == Breakdown.MONTH && rows.containsKey(entry.getKey()))
					? rows.get(entry.getKey()).name() : names.getOrDefault(entry.getKey(), "Not known");
			rows.put(entry.getKey(), new Row(name, row.began(), row.applied(), row.offered(), row.started(),
					row.outcome(), row.endedEarly()));
		}
		List<Row> list = new ArrayList<>(rows.values());
		if (breakdown != Breakdown.MONTH) {
			list.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
		}
		Row total = new Row("Total", sum(list, Row::began), sum(list, Row::applied), sum(list, Row::offered),
				sum(list, Row::started), sum(list, Row::outcome), sum(list, Row::endedEarly));
		return new Figures(breakdown, year, list, total);
	}

	/**
	 * The take-ups of the young people a council looked after, ever, for each type of
	 * opportunity that has any: how many began and how many of those started (were taken
	 * up: the take-up keeps the moment it first reached a stage that counts, ADR 057).
	 * Exact counts, for the caller to round or hide as its readers require.
	 */
	public List<TypeCount> byTypeForCouncil(LocalAuthorityId council) {
		Map<String, TypeCount> counted = new LinkedHashMap<>();
		this.jdbc.sql("""
				select t.opportunity_type as type, count(*) as began,
				  count(*) filter (where t.taken_up_at is not null) as started
				from take_up t where t.local_authority_id = :council and t.opportunity_type is not null
				group by t.opportunity_type
				""").param("council", council.value()).query((rs) -> {
			counted.put(rs.getString("type"), new TypeCount(OpportunityType.valueOf(rs.getString("type")),
					rs.getLong("began"), rs.getLong("started")));
		});
		return Arrays.stream(OpportunityType.values())
			.map((type) -> counted.get(type.name()))
			.filter(java.util.Objects::nonNull)
			.toList();
	}

	/** The fiscal year that today is in, by the year its April falls in. */
	public static int currentFiscalYear(LocalDate today) {
		return (today.getMonthValue() >= Month.APRIL.getValue()) ? today.getYear() : today.getYear() - 1;
	}

	private Map<String, String> namesFor(Breakdown breakdown, List<String> keys) {
		return switch (breakdown) {
			case TYPE ->
				Arrays.stream(OpportunityType.values()).collect(Collectors.toMap(Enum::name, OpportunityType::label));
			case ORIENTATION ->
				Arrays.stream(Orientation.values()).collect(Collectors.toMap(Enum::name, Orientation::label));
			case REGION ->
				this.places.regions().stream().collect(Collectors.toMap((r) -> r.code().value(), Region::name));
			case COUNCIL -> this.places.localAuthorities()
				.stream()
				.collect(Collectors.toMap((c) -> String.valueOf(c.id().value()), LocalAuthority::name));
			case SIGNATORY -> {
				Map<String, String> names = new LinkedHashMap<>();
				for (String key : keys) {
					if (!"null".equals(key)) {
						this.signatories.find(new SignatoryId(UUID.fromString(key)))
							.ifPresent((s) -> names.put(key, s.name()));
					}
				}
				yield names;
			}
			case MONTH -> Map.of();
		};
	}

	private static String monthName(YearMonth month) {
		return month.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + month.getYear();
	}

	private static long sum(List<Row> rows, java.util.function.ToLongFunction<Row> column) {
		return rows.stream().mapToLong(column).sum();
	}

	/** What the funnel is broken down by. */
	public enum Breakdown {

		TYPE("Type of opportunity", "t.opportunity_type"), ORIENTATION("Orientation", orientationCase()),
		REGION("Region", "t.region_code"), COUNCIL("Council", "t.local_authority_id::text"),
		SIGNATORY("Signatory", "t.signatory_id::text"),
		MONTH("Month", "to_char(t.created_at at time zone 'Europe/London', 'YYYY-MM')");

		private final String label;

		// SQL written here from constants only, never from a request.
		private final String key;

		Breakdown(String label, String key) {
			this.label = label;
			this.key = key;
		}

		public String label() {
			return this.label;
		}

		String key() {
			return this.key;
		}

		private static String orientationCase() {
			StringBuilder sql = new StringBuilder("case");
			for (Orientation orientation : Orientation.values()) {
				String types = Arrays.stream(OpportunityType.values())
					.filter((t) -> t.orientation() == orientation)
					.map((t) -> "'" + t.name() + "'")
					.collect(Collectors.joining(", "));
				sql.append(" when t.opportunity_type in (")
					.append(types)
					.append(") then '")
					.append(orientation.name())
					.append("'");
			}
			return sql.append(" end").toString();
		}

	}

	/** A council's take-ups of one type of opportunity: how many began and started. */
	public record TypeCount(OpportunityType type, long began, long started) {

	}

	/** One row of the funnel: how many began, and how many reached each stage. */
	public record Row(String name, long began, long applied, long offered, long started, long outcome,
			long endedEarly) {

	}

	/** The funnel for one breakdown and year. */
	public record Figures(Breakdown breakdown, int year, List<Row> rows, Row total) {

		/** For example "April 2026 to March 2027". */
		public String period() {
			return "April " + this.year + " to March " + (this.year + 1);
		}

	}

}
