package org.covenantconnects.impact;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.covenantconnects.careleaver.CareLeaversAsOf;
import org.covenantconnects.council.PartnershipsAsOf;
import org.covenantconnects.event.EventsAsOf;
import org.covenantconnects.opportunity.OpportunitiesAsOf;
import org.covenantconnects.opportunity.Orientation;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.platform.CountsAsOf;
import org.covenantconnects.signatory.SignatoriesAsOf;
import org.covenantconnects.supporter.AdvisersAsOf;
import org.covenantconnects.takeup.TakeUpsAsOf;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * The goals' and KPIs' figures as of a day in a fiscal year, with their targets, what the
 * trajectory expected by then, their status and their figure at the end of each month.
 * Each figure comes from one query of its owning module that reads each record once, for
 * every month at the same time (ADR 037). Counts only: no personal data.
 */
@Service
public class ImpactFigures {

	private final CareLeaversAsOf careLeavers;

	private final SignatoriesAsOf signatories;

	private final OpportunitiesAsOf opportunities;

	private final AdvisersAsOf advisers;

	private final PartnershipsAsOf partnerships;

	private final TakeUpsAsOf takeUps;

	private final EmbeddedCounts embedded;

	private final EventsAsOf events;

	private final Targets targets;

	private final DefinedKpis definedKpis;

	private final Places places;

	private final Clock clock;

	ImpactFigures(CareLeaversAsOf careLeavers, SignatoriesAsOf signatories, OpportunitiesAsOf opportunities,
			AdvisersAsOf advisers, PartnershipsAsOf partnerships, TakeUpsAsOf takeUps, EmbeddedCounts embedded,
			EventsAsOf events, Targets targets, DefinedKpis definedKpis, Places places, Clock clock) {
		this.events = events;
		this.definedKpis = definedKpis;
		this.careLeavers = careLeavers;
		this.signatories = signatories;
		this.opportunities = opportunities;
		this.advisers = advisers;
		this.partnerships = partnerships;
		this.takeUps = takeUps;
		this.embedded = embedded;
		this.targets = targets;
		this.places = places;
		this.clock = clock;
	}

	/** Today, in England. */
	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(CountsAsOf.ENGLAND));
	}

	/**
	 * Every figure of a fiscal year as of the end of a day, in all England or in one
	 * region.
	 */
	public Dashboard asOf(FiscalYear year, LocalDate day, @Nullable RegionCode region) {
		return asOf(year, day, Area.of(region, this.places));
	}

	/**
	 * Every figure of a fiscal year as of the end of a day (today at the latest, and the
	 * year's last day at the latest), in all England, one region, or some councils.
	 */
	public Dashboard asOf(FiscalYear year, LocalDate day, Area area) {
		RegionCode region = area.region();
		LocalDate today = today();
		LocalDate asOf = dayCounted(year, day);
		// The days each figure is counted at the end of: the eve of the year, the end of
		// each month gone by, and the day itself.
		List<LocalDate> days = new ArrayList<>();
		days.add(year.firstDay().minusDays(1));
		for (YearMonth month : year.months()) {
			if (month.atEndOfMonth().isBefore(asOf)) {
				days.add(month.atEndOfMonth());
			}
		}
		if (!days.get(days.size() - 1).equals(asOf)) {
			days.add(asOf);
		}
		List<Instant> moments = days.stream().map(CountsAsOf::endOf).toList();
		List<LocalAuthorityId> councils = area.councilsOrAll();
		List<RegionCode> regions = area.regions();

		Map<Measure, List<Long>> values = new EnumMap<>(Measure.class);
		Map<Measure, String> notes = new EnumMap<>(Measure.class);
		List<Long> everSigned = this.signatories.everSigned(moments, regions);
		List<Long> lapsed = this.signatories.lapsed(moments, regions);
		values.put(Measure.SIGNATORIES, minus(everSigned, lapsed));
		values.put(Measure.NEW_SIGNATORIES, sinceFirst(everSigned));
		values.put(Measure.CARE_LEAVERS_REGISTERED,
				this.careLeavers.registered(moments, area.livingIn(), area.lookedAfterBy()));
		values.put(Measure.OPPORTUNITIES_PUBLISHED,
				this.opportunities.publishedSinceFirst(moments, regions, area.lookedAfterBy(), null));
		values.put(Measure.ADVISERS_ON_CONNECTS, this.advisers.verified(moments, councils));
		values.put(Measure.COUNCILS_PARTNERED, this.partnerships.partners(moments, councils));
		values.put(Measure.EVENTS_HELD, sinceFirst(this.events.held(moments, regions)));
		values.put(Measure.EVENT_ATTENDANCES, sinceFirst(this.events.attendances(moments, regions)));
		// Both goals' take-ups in one pass over the histories
		Map<Orientation, TakeUpsAsOf.TakenUp> takenUp = this.takeUps.takenUp(
				EnumSet.of(Orientation.LEISURE, Orientation.EMPLOYMENT), moments.get(0), moments, area.livingIn(),
				area.lookedAfterBy());
		TakeUpsAsOf.TakenUp leisure = takenUp.get(Orientation.LEISURE);
		values.put(Measure.LEISURE_TAKEN_UP, leisure.takeUps());
		notes.put(Measure.LEISURE_TAKEN_UP,
				"by " + last(leisure.people()) + " young " + ((last(leisure.people()) == 1) ? "person" : "people"));
		TakeUpsAsOf.TakenUp employment = takenUp.get(Orientation.EMPLOYMENT);
		values.put(Measure.EMPLOYMENT_TAKEN_UP, employment.people());
		notes.put(Measure.EMPLOYMENT_TAKEN_UP,
				"in " + last(employment.takeUps()) + " take-up" + ((last(employment.takeUps()) == 1) ? "" : "s"));
		List<Long> councilsEmbedded = new ArrayList<>();
		List<Long> institutionsEmbedded = new ArrayList<>();
		if (area.byCouncil()) {
			embeddedInCouncils(area, days, today, councilsEmbedded, institutionsEmbedded);
		}
		TreeMap<LocalDate, EmbeddedCounts.Counted> kept = area.byCouncil() ? new TreeMap<>()
				: this.embedded.kept(days.get(0), asOf, region);
		for (LocalDate each : area.byCouncil() ? List.<LocalDate>of() : days) {
			EmbeddedCounts.Counted counted;
			if (each.equals(today)) {
				counted = this.embedded.now(region);
			}
			else {
				Map.Entry<LocalDate, EmbeddedCounts.Counted> latest = kept.floorEntry(each);
				counted = (latest != null) ? latest.getValue() : null;
			}
			councilsEmbedded.add((counted != null) ? counted.councils() : null);
			institutionsEmbedded.add((counted != null) ? counted.institutions() : null);
		}
		values.put(Measure.COUNCILS_EMBEDDED, councilsEmbedded);
		values.put(Measure.INSTITUTIONS_EMBEDDED, institutionsEmbedded);

		Map<Measure, Integer> yearTargets = this.targets.of(year);
		AreaShare share = area.england() ? null : AreaShare.of(last(values.get(Measure.CARE_LEAVERS_REGISTERED)),
				last(this.careLeavers.registered(List.of(moments.get(moments.size() - 1)), null, null)));
		List<Figure> figures = new ArrayList<>();
		for (Measure measure : Measure.values()) {
			int national = yearTargets.get(measure);
			if (area.england()) {
				figures.add(figure(measure, year, asOf, days, values.get(measure), national, notes.get(measure), null,
						false));
				continue;
			}
			String withheld = AreaShare.withheld(measure, area, share);
			if (withheld != null) {
				figures.add(figure(measure, year, asOf, days, values.get(measure), national, notes.get(measure),
						withheld, true));
			}
			else {
				figures.add(figure(measure, year, asOf, days, values.get(measure), share.of(national),
						notes.get(measure), share.describe(national, area), false));
			}
		}
		for (DefinedKpi kpi : this.definedKpis.countedOn(asOf)) {
			List<Long> counted = values(kpi, moments, area, everSigned, lapsed);
			int national = this.definedKpis.targetOf(kpi, year);
			String withheld = kpi.basis().withheldIn(area);
			if (withheld == null && share != null && share.national() == 0) {
				withheld = "No target for an area: no care leavers were registered in all England by then, so there is no share to set one by.";
			}
			if (area.england()) {
				figures.add(figure(kpi, year, asOf, days, counted, national, null, null, false));
			}
			else if (withheld != null || share == null) {
				figures.add(figure(kpi, year, asOf, days, counted, national, null, withheld, true));
			}
			else {
				figures.add(figure(kpi, year, asOf, days, counted, share.of(national), null,
						share.describe(national, area), false));
			}
		}
		return new Dashboard(year, asOf, asOf.equals(today), area, figures);
	}

	/**
	 * A defined KPI's figure as of each moment, in an area: the count of its kind of
	 * record, narrowed as it is, through the same queries as the Covenant's own figures.
	 */
	private List<Long> values(DefinedKpi kpi, List<Instant> moments, Area area, List<Long> everSigned,
			List<Long> lapsed) {
		List<RegionCode> regions = area.regions();
		return switch (kpi.basis()) {
			case CARE_LEAVERS_REGISTERED -> this.careLeavers.registered(moments, area.livingIn(), area.lookedAfterBy());
			case SIGNATORIES -> minus(everSigned, lapsed);
			case NEW_SIGNATORIES -> sinceFirst(everSigned);
			case OPPORTUNITIES_PUBLISHED ->
				this.opportunities.publishedSinceFirst(moments, regions, area.lookedAfterBy(), kpi.orientation());
			case ADVISERS_VERIFIED -> this.advisers.verified(moments, area.councilsOrAll());
			case COUNCILS_PARTNERED -> this.partnerships.partners(moments, area.councilsOrAll());
			case TAKE_UPS ->
				this.takeUps.takenUp(kpi.orientation(), moments.get(0), moments, area.livingIn(), area.lookedAfterBy())
					.takeUps();
			case YOUNG_PEOPLE_TAKING_UP ->
				this.takeUps.takenUp(kpi.orientation(), moments.get(0), moments, area.livingIn(), area.lookedAfterBy())
					.people();
			case EVENTS_HELD -> sinceFirst(this.events.held(moments, regions, kpi.eventKind()));
			case EVENT_ATTENDANCES -> sinceFirst(this.events.attendances(moments, regions, kpi.eventKind()));
		};
	}

	/**
	 * Councils and institutions embedded in some councils: the councils counted today
	 * only (a past day's count is kept by region, not by council), and the institutions
	 * from the counts kept for the councils' regions.
	 */
	private void embeddedInCouncils(Area area, List<LocalDate> days, LocalDate today, List<Long> councilsEmbedded,
			List<Long> institutionsEmbedded) {
		List<TreeMap<LocalDate, EmbeddedCounts.Counted>> kept = area.regions()
			.stream()
			.map((each) -> this.embedded.kept(days.get(0), days.get(days.size() - 1), each))
			.toList();
		for (LocalDate each : days) {
			if (each.equals(today)) {
				councilsEmbedded.add(this.embedded.councilsNow(area.councils()));
				institutionsEmbedded.add(this.embedded.institutionsNow(area.regions()));
				continue;
			}
			councilsEmbedded.add(null);
			Long institutions = 0L;
			for (TreeMap<LocalDate, EmbeddedCounts.Counted> region : kept) {
				Map.Entry<LocalDate, EmbeddedCounts.Counted> latest = region.floorEntry(each);
				institutions = (latest != null && institutions != null)
						? institutions + latest.getValue().institutions() : null;
			}
			institutionsEmbedded.add(institutions);
		}
	}

	/**
	 * The day a year's figures are counted at the end of, for a day asked for: today at
	 * the latest, and within the year (its eve for a year not yet begun).
	 */
	public LocalDate dayCounted(FiscalYear year, LocalDate day) {
		LocalDate asOf = min(min(day, today()), year.lastDay());
		return asOf.isBefore(year.firstDay()) ? year.firstDay().minusDays(1) : asOf;
	}

	private static Figure figure(Indicator measure, FiscalYear year, LocalDate asOf, List<LocalDate> days,
			List<Long> values, int target, @Nullable String note, @Nullable String targetRule, boolean withheld) {
		Long first = values.get(0);
		long base = (measure.total() && first != null) ? first : 0;
		Long figure = values.get(values.size() - 1);
		long expected = expected(base, target, year.elapsedBy(asOf));
		List<MonthFigure> months = new ArrayList<>();
		for (YearMonth month : year.months()) {
			Long value = null;
			if (!month.atDay(1).isAfter(asOf)) {
				LocalDate end = min(month.atEndOfMonth(), asOf);
				value = values.get(days.indexOf(end));
			}
			months.add(new MonthFigure(month, value, expected(base, target, year.elapsedBy(month.atEndOfMonth()))));
		}
		return new Figure(measure, figure, note, target, expected,
				withheld ? Status.NOT_SET : Status.of(figure, expected), months, targetRule);
	}

	/** What the trajectory expects once a share of the year has gone. */
	static long expected(long base, int target, double elapsed) {
		if (base >= target) {
			return target;
		}
		return base + Math.round((target - base) * elapsed);
	}

	private static List<Long> minus(List<Long> a, List<Long> b) {
		List<Long> result = new ArrayList<>();
		for (int i = 0; i < a.size(); i++) {
			result.add(a.get(i) - b.get(i));
		}
		return result;
	}

	private static List<Long> sinceFirst(List<Long> totals) {
		return totals.stream().map((total) -> total - totals.get(0)).toList();
	}

	private static long last(List<Long> values) {
		return values.get(values.size() - 1);
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	/** Every figure of a year as of a day; {@code today} when the day is today. */
	public record Dashboard(FiscalYear year, LocalDate asOf, boolean today, Area area, List<Figure> figures) {

		public List<Figure> goals() {
			return this.figures.stream().filter((f) -> f.measure().goal()).toList();
		}

		public List<Figure> kpis() {
			return this.figures.stream().filter((f) -> !f.measure().goal()).toList();
		}

		public Figure of(Measure measure) {
			return this.figures.stream().filter((f) -> f.measure() == measure).findFirst().orElseThrow();
		}

		/**
		 * The figure of a goal or KPI by its code, such as {@code SIGNATORIES} or
		 * {@code KPI-1}.
		 */
		public java.util.Optional<Figure> of(String code) {
			return this.figures.stream().filter((f) -> f.measure().name().equals(code)).findFirst();
		}

	}

	/**
	 * One goal's or KPI's figure as of the day ({@code null} when not recorded), with a
	 * note such as how many people, its target, what was expected by the day, its status,
	 * and its figure at the end of each month of the year. For a region, a council or a
	 * patch, how its target was set from the national one, or why it has none
	 * ({@link Status#NOT_SET}); {@code null} for all England.
	 */
	public record Figure(Indicator measure, @Nullable Long figure, @Nullable String note, int target, long expected,
			Status status, List<MonthFigure> months, @Nullable String targetRule) {

		/** Whether it has a target and a status: not for some figures of an area. */
		public boolean targeted() {
			return this.status != Status.NOT_SET;
		}

	}

	/**
	 * A month's figure at its end (or as of the day, for the day's month; {@code null}
	 * after the day or when not recorded) and the trajectory at its end.
	 */
	public record MonthFigure(YearMonth month, @Nullable Long figure, long trajectory) {

		public String name() {
			return FiscalYear.monthName(this.month);
		}

		public String shortName() {
			return FiscalYear.shortMonthName(this.month);
		}

	}

}
