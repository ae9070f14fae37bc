package org.covenantconnects.impact;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.covenantconnects.audit.AuditTrail;
import org.covenantconnects.careleaver.CareLeaversAsOf;
import org.covenantconnects.council.PartnershipsAsOf;
import org.covenantconnects.event.EventKind;
import org.covenantconnects.event.EventsAsOf;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Role;
import org.covenantconnects.opportunity.OpportunitiesAsOf;
import org.covenantconnects.opportunity.Orientation;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.platform.CountsAsOf;
import org.covenantconnects.platform.Listing;
import org.covenantconnects.signatory.SignatoriesAsOf;
import org.covenantconnects.supporter.AdvisersAsOf;
import org.covenantconnects.takeup.TakeUpsAsOf;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * From a figure on the dashboard to the records it counts: the same definition, the same
 * day and the same filters, read through the owning module's query, a page at a time. A
 * list that names young people (care leavers registered, take-ups) is written to the
 * audit trail, one entry for each young person or take-up shown, in the same transaction.
 */
@Service
public class FigureRecords {

	/** Records shown on a page. */
	public static final int PAGE_SIZE = 25;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final CareLeaversAsOf careLeavers;

	private final SignatoriesAsOf signatories;

	private final OpportunitiesAsOf opportunities;

	private final AdvisersAsOf advisers;

	private final PartnershipsAsOf partnerships;

	private final TakeUpsAsOf takeUps;

	private final EventsAsOf events;

	private final AuditTrail auditTrail;

	private final Places places;

	FigureRecords(CareLeaversAsOf careLeavers, SignatoriesAsOf signatories, OpportunitiesAsOf opportunities,
			AdvisersAsOf advisers, PartnershipsAsOf partnerships, TakeUpsAsOf takeUps, EventsAsOf events,
			AuditTrail auditTrail, Places places) {
		this.events = events;
		this.careLeavers = careLeavers;
		this.signatories = signatories;
		this.opportunities = opportunities;
		this.advisers = advisers;
		this.partnerships = partnerships;
		this.takeUps = takeUps;
		this.auditTrail = auditTrail;
		this.places = places;
	}

	/**
	 * One page of the records behind a measure's figure for a year as of the end of a day
	 * (already the day the dashboard counted at), in all England or a region, for a
	 * coordinator.
	 * @param page from 1
	 */
	@Transactional
	public Records of(AccountId coordinator, Measure measure, FiscalYear year, LocalDate asOf,
			@Nullable RegionCode region, int page) {
		return of(coordinator, measure, year, asOf, Area.of(region, this.places), page);
	}

	/**
	 * One page of the records behind a measure's figure for a year as of the end of a day
	 * in an area, for a coordinator.
	 * @param page from 1
	 */
	@Transactional
	public Records of(AccountId coordinator, Measure measure, FiscalYear year, LocalDate asOf, Area area, int page) {
		Listed listed = new Listed(coordinator, CountsAsOf.endOf(asOf), CountsAsOf.endOf(year.firstDay().minusDays(1)),
				(Math.max(page, 1) - 1) * PAGE_SIZE, area, "Listed behind the impact figure: " + measure.shortName());
		return switch (measure) {
			case SIGNATORIES -> signatories(listed, true);
			case NEW_SIGNATORIES -> signatories(listed, false);
			case CARE_LEAVERS_REGISTERED -> careLeavers(listed);
			case OPPORTUNITIES_PUBLISHED -> opportunities(listed, null);
			case ADVISERS_ON_CONNECTS -> advisers(listed);
			case COUNCILS_PARTNERED -> partners(listed);
			case LEISURE_TAKEN_UP -> takeUps(listed, Orientation.LEISURE, false);
			case EMPLOYMENT_TAKEN_UP -> takeUps(listed, Orientation.EMPLOYMENT, true);
			case EVENTS_HELD -> events(listed, null, false);
			case EVENT_ATTENDANCES -> events(listed, null, true);
			case COUNCILS_EMBEDDED, INSTITUTIONS_EMBEDDED -> new Records(List.of(), List.of(), 0,
					"This figure is the count kept at the end of each day: whether a council or an institution has "
							+ "embedded its approach depends on records that change in place, so the list behind a "
							+ "past day's count is not kept. Today's are on the councils' and institutions' lists.");
		};
	}

	/**
	 * One page of the records behind a defined KPI's figure for a year as of the end of a
	 * day in an area, for a coordinator: its kind of record, narrowed as it is.
	 * @param page from 1
	 */
	@Transactional
	public Records of(AccountId coordinator, DefinedKpi kpi, FiscalYear year, LocalDate asOf, Area area, int page) {
		Listed listed = new Listed(coordinator, CountsAsOf.endOf(asOf), CountsAsOf.endOf(year.firstDay().minusDays(1)),
				(Math.max(page, 1) - 1) * PAGE_SIZE, area, "Listed behind the impact figure: " + kpi.shortName());
		return switch (kpi.basis()) {
			case SIGNATORIES -> signatories(listed, true);
			case NEW_SIGNATORIES -> signatories(listed, false);
			case CARE_LEAVERS_REGISTERED -> careLeavers(listed);
			case OPPORTUNITIES_PUBLISHED -> opportunities(listed, kpi.orientation());
			case ADVISERS_VERIFIED -> advisers(listed);
			case COUNCILS_PARTNERED -> partners(listed);
			case TAKE_UPS -> takeUps(listed, kpi.orientation(), false);
			case YOUNG_PEOPLE_TAKING_UP -> takeUps(listed, kpi.orientation(), true);
			case EVENTS_HELD -> events(listed, kpi.eventKind(), false);
			case EVENT_ATTENDANCES -> events(listed, kpi.eventKind(), true);
		};
	}

	private Records signatories(Listed listed, boolean total) {
		Listing<SignatoriesAsOf.Signed> found = this.signatories.signed(total ? Instant.EPOCH : listed.yearBegan(),
				listed.moment(), total, listed.area().regions(), listed.offset(), PAGE_SIZE);
		return new Records(List.of("Organisation", "Signed", "Lapsed by then"),
				found.rows()
					.stream()
					.map((s) -> new Row("/coordinator/signatories/" + s.id().value(),
							List.of(s.name(), day(s.signedAt()), s.lapsed() ? "Yes" : "No")))
					.toList(),
				found.total(), null);
	}

	private Records careLeavers(Listed listed) {
		Area area = listed.area();
		Listing<CareLeaversAsOf.Registered> found = this.careLeavers.registeredBy(listed.moment(), area.livingIn(),
				area.lookedAfterBy(), listed.offset(), PAGE_SIZE);
		this.auditTrail.recordViews(listed.coordinator(), Role.COORDINATOR,
				found.rows().stream().map(CareLeaversAsOf.Registered::account).toList(), listed.why());
		return new Records(List.of("Young person", "Council", "Registered"),
				found.rows()
					.stream()
					.map((r) -> new Row("/coordinator/caseload/" + r.account().value(),
							List.of(r.name(), councilName(r.council()), day(r.registeredAt()))))
					.toList(),
				found.total(), null);
	}

	private Records opportunities(Listed listed, @Nullable Orientation orientation) {
		Listing<OpportunitiesAsOf.Published> found = this.opportunities.publishedBy(listed.yearBegan(), listed.moment(),
				listed.area().regions(), listed.area().lookedAfterBy(), orientation, listed.offset(), PAGE_SIZE);
		return new Records(List.of("Opportunity", "Offered by", "First published"),
				found.rows()
					.stream()
					.map((o) -> new Row("/opportunities/" + o.id().value(),
							List.of(o.title(), o.organisation(), day(o.publishedAt()))))
					.toList(),
				found.total(), null);
	}

	private Records advisers(Listed listed) {
		Listing<AdvisersAsOf.Verified> found = this.advisers.verifiedBy(listed.moment(), listed.area().councilsOrAll(),
				listed.offset(), PAGE_SIZE);
		return new Records(List.of("Council", "Verified"),
				found.rows()
					.stream()
					.map((a) -> new Row(null, List.of(councilName(a.council()), day(a.verifiedAt()))))
					.toList(),
				found.total(), null);
	}

	private Records partners(Listed listed) {
		Listing<PartnershipsAsOf.Partner> found = this.partnerships.partnersBy(listed.moment(),
				listed.area().councilsOrAll(), listed.offset(), PAGE_SIZE);
		return new Records(List.of("Council", "Partner since"),
				found.rows()
					.stream()
					.map((p) -> new Row(null, List.of(councilName(p.council()), p.since().format(DAY))))
					.toList(),
				found.total(), null);
	}

	private Records takeUps(Listed listed, @Nullable Orientation orientation, boolean people) {
		Area area = listed.area();
		Listing<TakeUpsAsOf.Taken> found = this.takeUps.takenUpBy(orientation, listed.yearBegan(), listed.moment(),
				area.livingIn(), area.lookedAfterBy(), listed.offset(), PAGE_SIZE);
		Map<UUID, AccountId> seen = new LinkedHashMap<>();
		found.rows().forEach((t) -> seen.put(t.id(), t.account()));
		this.auditTrail.recordTakeUpViews(listed.coordinator(), Role.COORDINATOR, seen, listed.why());
		return new Records(List.of("Young person", "Opportunity", "Offered by", "Taken up"),
				found.rows()
					.stream()
					.map((t) -> new Row(takeUpPage(t),
							List.of((t.name() != null) ? t.name() : "Deleted their account", t.opportunity(),
									t.organisation(), day(t.at()))))
					.toList(),
				found.total(),
				people ? "The figure counts different young people; each of their take-ups is listed." : null);
	}

	private Records events(Listed listed, @Nullable EventKind kind, boolean attendances) {
		Listing<EventsAsOf.Held> found = this.events.heldBy(listed.yearBegan(), listed.moment(),
				listed.area().regions(), kind, listed.offset(), PAGE_SIZE);
		return new Records(List.of("Event", "Kind", "Region", "Ended", "Attendances"),
				found.rows()
					.stream()
					.map((e) -> new Row("/coordinator/events/" + e.id(),
							List.of(e.title(), e.kind().label(), regionName(e.region()), day(e.endedAt()),
									String.valueOf(e.attendances()))))
					.toList(),
				found.total(),
				attendances
						? "The figure is the attendances of all these events added up; each event is listed with its own."
						: null);
	}

	/**
	 * What a page of records is listed for: who, as of when, from the year's start, from
	 * which record, in which area, and why (for the audit trail).
	 */
	private record Listed(AccountId coordinator, Instant moment, Instant yearBegan, int offset, Area area, String why) {

	}

	private static @Nullable String takeUpPage(TakeUpsAsOf.Taken taken) {
		AccountId account = taken.account();
		return (account != null) ? "/coordinator/young-people/" + account.value() + "/take-ups/" + taken.id() : null;
	}

	private String councilName(LocalAuthorityId council) {
		return this.places.localAuthority(council).map(LocalAuthority::name).orElse("Unknown council");
	}

	private String regionName(RegionCode region) {
		return this.places.region(region).map(org.covenantconnects.places.Region::name).orElse("Unknown region");
	}

	private static String day(Instant at) {
		return at.atZone(ZoneId.of("Europe/London")).toLocalDate().format(DAY);
	}

	/**
	 * A page of the records behind a figure: the columns, the rows, how many in all, and
	 * a note on how to read them ({@code null} when none is needed).
	 */
	public record Records(List<String> columns, List<Row> rows, long total, @Nullable String note) {

		public Records {
			columns = List.copyOf(columns);
			rows = List.copyOf(rows);
		}

	}

	/** One record: where to open it ({@code null} when it has no page) and its cells. */
	public record Row(@Nullable String href, List<String> cells) {

	}

}
