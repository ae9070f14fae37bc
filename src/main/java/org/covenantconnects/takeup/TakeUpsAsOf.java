package org.covenantconnects.takeup;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.covenantconnects.identity.AccountId;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.opportunity.Orientation;
import org.covenantconnects.signatory.SignatoryId;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.platform.CountsAsOf;
import org.covenantconnects.platform.Listing;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Take-ups as of given moments, for the Covenant's goals: counts only. A take-up is taken
 * up at the first moment its history shows it started or its code claimed (or it
 * completed, or was still going), so a moment's figure is not changed by anything
 * recorded later. The take-up keeps that moment beside its history ({@code taken_up_at},
 * kept from the history by the database as each change is added), so that a period's
 * take-ups are one range of an index (ADR 057).
 */
@Service
public class TakeUpsAsOf {

	private final JdbcClient jdbc;

	TakeUpsAsOf(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Opportunities of one orientation (of any, with none) taken up from {@code since} to
	 * each moment, and how many different young people took them up; with regions, of
	 * young people living in any of them when they began; with councils, of young people
	 * any of them looked after, as recorded when they began.
	 */
	public TakenUp takenUp(@Nullable Orientation orientation, Instant since, List<Instant> moments,
			@Nullable Collection<RegionCode> regions, @Nullable Collection<LocalAuthorityId> councils) {
		if (orientation != null) {
			return takenUp(EnumSet.of(orientation), since, moments, regions, councils).get(orientation);
		}
		List<OpportunityType> types = Arrays.asList(OpportunityType.values());
		return counted(types, types.stream().map((type) -> "ANY").toList(), since, moments, regions, councils)
			.getOrDefault("ANY", new TakenUp(CountsAsOf.cumulate(Map.of(), moments.size()),
					CountsAsOf.cumulate(Map.of(), moments.size())));
	}

	/**
	 * As above, for each of the orientations, counted in one pass over the period's
	 * take-ups.
	 */
	public Map<Orientation, TakenUp> takenUp(Set<Orientation> orientations, Instant since, List<Instant> moments,
			@Nullable Collection<RegionCode> regions, @Nullable Collection<LocalAuthorityId> councils) {
		List<OpportunityType> types = Arrays.stream(OpportunityType.values())
			.filter((type) -> orientations.contains(type.orientation()))
			.toList();
		Map<String, TakenUp> counted = counted(types, types.stream().map((type) -> type.orientation().name()).toList(),
				since, moments, regions, councils);
		Map<Orientation, TakenUp> taken = new EnumMap<>(Orientation.class);
		for (Orientation orientation : orientations) {
			taken.put(orientation,
					counted.getOrDefault(orientation.name(), new TakenUp(CountsAsOf.cumulate(Map.of(), moments.size()),
							CountsAsOf.cumulate(Map.of(), moments.size()))));
		}
		return taken;
	}

	/**
	 * Take-ups of the types and different young people, as of each moment, in one pass,
	 * by the group each type is given (its orientation, or one group for all).
	 * @param groups each type's group, in the same order: a take-up's group is the one at
	 * its type's position
	 */
	private Map<String, TakenUp> counted(List<OpportunityType> types, List<String> groups, Instant since,
			List<Instant> moments, @Nullable Collection<RegionCode> regions,
			@Nullable Collection<LocalAuthorityId> councils) {
		Map<String, Map<Integer, Long>> takeUps = new HashMap<>();
		Map<String, Map<Integer, Long>> people = new HashMap<>();
		Instant until = moments.get(moments.size() - 1);
		String area = CountsAsOf.keptPlace(
				(regions != null) ? regions.stream().map(RegionCode::value).toList() : List.of(),
				(councils != null) ? councils.stream().map(LocalAuthorityId::value).toList() : List.of());
		FiscalYearInEngland year = FiscalYearInEngland.beginningAt(since);
		boolean kept = area != null && year != null && !until.isAfter(year.end());
		this.jdbc.sql(kept ? FROM_MONTHS : ONE_BY_ONE)
			.param("types", CountsAsOf.texts(types.stream().map(Enum::name).toList()))
			.param("orientations", CountsAsOf.texts(groups))
			.param("groups", CountsAsOf.texts(new java.util.LinkedHashSet<>(groups)))
			.param("regions", regionsParam(regions))
			.param("councils", councilsParam(councils))
			.param("area", (area != null) ? area : "")
			.param("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
			.param("counted", OffsetDateTime.ofInstant(CountsAsOf.countedOneByOne(moments), ZoneOffset.UTC))
			.param("until", OffsetDateTime.ofInstant(until, ZoneOffset.UTC))
			.param("moments", CountsAsOf.thresholds(moments))
			.query((rs) -> {
				("people".equals(rs.getString("what")) ? people : takeUps)
					.computeIfAbsent(rs.getString("orientation"), (o) -> new HashMap<>())
					.merge(rs.getInt("bucket"), rs.getLong("n"), Long::sum);
			});
		Map<String, TakenUp> taken = new HashMap<>();
		for (String group : new java.util.LinkedHashSet<>(groups)) {
			taken.put(group, new TakenUp(CountsAsOf.cumulate(takeUps.getOrDefault(group, Map.of()), moments.size()),
					CountsAsOf.cumulate(people.getOrDefault(group, Map.of()), moments.size())));
		}
		return taken;
	}

	/**
	 * Every take-up of the period read one by one, and each young person's first of each
	 * group worked out from them. The arrays asked for are read once (a one-row "asked",
	 * and the types joined as a table), not once for each take-up: a prepared statement's
	 * generic plan would otherwise parse each text parameter again on every row.
	 */
	private static final String ONE_BY_ONE = """
			with asked as materialized (
			  select cast(:moments as timestamptz[]) as moments, cast(:regions as text[]) as regions,
			    cast(:councils as int[]) as councils
			), taken as (
			  select t.account_id, kind.orientation, t.taken_up_at as at
			  from asked cross join take_up t
			    join unnest(cast(:types as text[]), cast(:orientations as text[])) as kind (type, orientation)
			      on kind.type = t.opportunity_type
			  where t.taken_up_at >= :since and t.taken_up_at < :until
			    and (cardinality(asked.regions) = 0 or t.region_code = any(asked.regions))
			    and (cardinality(asked.councils) = 0 or t.local_authority_id = any(asked.councils))
			), firsts as (
			  select orientation, min(at) as at from taken where account_id is not null
			  group by orientation, account_id
			)
			select 'take-ups' as what, orientation, width_bucket(at, (select moments from asked)) as bucket,
			  count(*) as n
			from taken group by orientation, bucket
			union all
			select 'people', orientation, width_bucket(at, (select moments from asked)), count(*)
			from firsts group by 2, 3
			""";

	/**
	 * For a year from its start, in all England, one region or one council: the whole
	 * months from the counts kept by month (take-ups by type, and young people's firsts
	 * of the year by kind; ADR 064), and only what was taken up since the last whole
	 * month one by one, with the firsts kept for it.
	 */
	private static final String FROM_MONTHS = """
			with asked as materialized (
			  select cast(:moments as timestamptz[]) as moments, cast(:regions as text[]) as regions,
			    cast(:councils as int[]) as councils
			), kind as materialized (
			  select * from unnest(cast(:types as text[]), cast(:orientations as text[])) as kind (type, orientation)
			)
			select 'take-ups' as what, kind.orientation, width_bucket(m.month_began, (select moments from asked)) as bucket,
			  sum(m.taken_up) as n
			from take_up_taken_up_by_month m join kind on kind.type = m.type
			where m.area = :area and m.month_began >= :since and m.month_began < :counted
			group by 2, 3
			union all
			select 'take-ups', kind.orientation, width_bucket(t.taken_up_at, (select moments from asked)), count(*)
			from asked cross join take_up t join kind on kind.type = t.opportunity_type
			where t.taken_up_at >= :counted and t.taken_up_at < :until
			  and (cardinality(asked.regions) = 0 or t.region_code = any(asked.regions))
			  and (cardinality(asked.councils) = 0 or t.local_authority_id = any(asked.councils))
			group by 2, 3
			union all
			select 'people', p.orientation, width_bucket(p.month_began, (select moments from asked)), sum(p.people)
			from take_up_people_by_month p
			where p.area = :area and p.orientation = any(cast(:groups as text[])) and p.month_began >= :since
			  and p.month_began < :counted
			group by 2, 3
			union all
			select 'people', f.orientation, width_bucket(f.first_at, (select moments from asked)), count(*)
			from take_up_first f
			where f.area = :area and f.orientation = any(cast(:groups as text[])) and f.first_at >= :counted
			  and f.first_at < :until
			group by 2, 3
			""";

	/** A year from April to March in England, as the firsts are kept by. */
	private record FiscalYearInEngland(Instant start, Instant end) {

		/** The year that begins at this moment, or {@code null} if none does. */
		static @Nullable FiscalYearInEngland beginningAt(Instant moment) {
			java.time.ZonedDateTime at = moment.atZone(CountsAsOf.ENGLAND);
			java.time.LocalDate firstApril = java.time.LocalDate.of(at.getYear(), 4, 1);
			if (!firstApril.atStartOfDay(CountsAsOf.ENGLAND).toInstant().equals(moment)) {
				return null;
			}
			return new FiscalYearInEngland(moment,
					firstApril.plusYears(1).atStartOfDay(CountsAsOf.ENGLAND).toInstant());
		}

	}

	/**
	 * The take-ups behind the figures above: those of one orientation (of any, with none)
	 * taken up from {@code since} to {@code moment}, most recent first, with the young
	 * person's name ({@code null} once they deleted their account) and the opportunity.
	 * Personal data: the caller writes each one listed to the audit trail.
	 */
	public Listing<Taken> takenUpBy(@Nullable Orientation orientation, Instant since, Instant moment,
			@Nullable Collection<RegionCode> regions, @Nullable Collection<LocalAuthorityId> councils, int offset,
			int limit) {
		long[] total = new long[1];
		List<Taken> rows = this.jdbc.sql("""
				with taken as (
				  select t.id, t.account_id, t.opportunity_id, t.taken_up_at as at
				  from take_up t
				  where t.taken_up_at >= :since and t.taken_up_at < :moment
				    and t.opportunity_type = any(cast(:types as text[]))
				    and (:regions = '{}' or t.region_code = any(cast(:regions as text[])))
				    and (:councils = '{}' or t.local_authority_id = any(cast(:councils as int[])))
				)
				select taken.id, taken.account_id, coalesce(c.preferred_name, c.full_name) as name,
				  coalesce(o.title, 'An opportunity since removed') as title,
				  coalesce(o.organisation_name, 'Not recorded') as organisation_name, taken.at,
				  count(*) over () as total
				from taken left join opportunity o on o.id = taken.opportunity_id
				  left join care_leaver c on c.account_id = taken.account_id
				order by taken.at desc, taken.id limit :limit offset :offset
				""")
			.param("types", types(orientation))
			.param("regions", regionsParam(regions))
			.param("councils", councilsParam(councils))
			.param("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
			.param("moment", OffsetDateTime.ofInstant(moment, ZoneOffset.UTC))
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> {
				total[0] = rs.getLong("total");
				UUID account = rs.getObject("account_id", UUID.class);
				return new Taken(rs.getObject("id", UUID.class), (account != null) ? new AccountId(account) : null,
						rs.getString("name"), rs.getString("title"), rs.getString("organisation_name"),
						rs.getTimestamp("at").toInstant());
			})
			.list();
		return Listing.of(rows, total);
	}

	private static String regionsParam(@Nullable Collection<RegionCode> regions) {
		return CountsAsOf.texts((regions != null) ? regions.stream().map(RegionCode::value).toList() : List.of());
	}

	private static String councilsParam(@Nullable Collection<LocalAuthorityId> councils) {
		return CountsAsOf
			.integers((councils != null) ? councils.stream().map(LocalAuthorityId::value).toList() : List.of());
	}

	/** The types of an orientation, or every type. */
	private static String types(@Nullable Orientation orientation) {
		return Arrays.stream(OpportunityType.values())
			.filter((type) -> orientation == null || type.orientation() == orientation)
			.map(Enum::name)
			.collect(Collectors.joining(",", "{", "}"));
	}

	/**
	 * A take-up counted: whose it is (both {@code null} once they deleted their account),
	 * the opportunity, who offers it, and when it was taken up.
	 */
	public record Taken(UUID id, @Nullable AccountId account, @Nullable String name, String opportunity,
			String organisation, Instant at) {

	}

	/**
	 * Take-ups each signatory delivered: opportunities of any kind taken up (by the same
	 * first moment as above) from {@code since} to {@code until}, and of those, how many
	 * from {@code from}. Signatories that delivered none are left out.
	 */
	public Map<SignatoryId, Delivered> deliveredBySignatory(Instant since, Instant from, Instant until) {
		Map<SignatoryId, Delivered> delivered = new HashMap<>();
		this.jdbc.sql("""
				select signatory_id, count(*) as in_all, count(*) filter (where taken_up_at >= :from) as in_part
				from take_up where taken_up_at >= :since and taken_up_at < :until
				group by signatory_id
				""")
			.param("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
			.param("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
			.param("until", OffsetDateTime.ofInstant(until, ZoneOffset.UTC))
			.query((rs) -> {
				delivered.put(new SignatoryId(rs.getObject("signatory_id", java.util.UUID.class)),
						new Delivered(rs.getLong("in_part"), rs.getLong("in_all")));
			});
		return delivered;
	}

	/**
	 * One signatory's take-ups now, by the stage each is at; and how many it delivered
	 * (taken up, by the first moment above) from {@code since}, and in all.
	 */
	public Stages stagesOf(SignatoryId signatory, Instant since) {
		Map<TakeUpStatus, Long> byStage = new java.util.EnumMap<>(TakeUpStatus.class);
		this.jdbc.sql("""
				select status, count(*) as n from take_up where signatory_id = :signatory group by status
				""").param("signatory", signatory.value()).query((rs) -> {
			byStage.put(TakeUpStatus.valueOf(rs.getString("status")), rs.getLong("n"));
		});
		long[] delivered = new long[2];
		this.jdbc.sql("""
				select count(*) filter (where taken_up_at >= :since) as since, count(*) as ever
				from take_up where signatory_id = :signatory and taken_up_at is not null
				""")
			.param("signatory", signatory.value())
			.param("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
			.query((rs) -> {
				delivered[0] = rs.getLong("since");
				delivered[1] = rs.getLong("ever");
			});
		return new Stages(byStage, delivered[0], delivered[1]);
	}

	/**
	 * A signatory's take-ups by stage, and how many it delivered since a moment and in
	 * all.
	 */
	public record Stages(Map<TakeUpStatus, Long> byStage, long deliveredSince, long deliveredEver) {

		public Stages {
			byStage = Map.copyOf(byStage);
		}

		public long at(TakeUpStatus status) {
			return this.byStage.getOrDefault(status, 0L);
		}

	}

	/** Take-ups a signatory delivered in a part of a period, and in all of it. */
	public record Delivered(long inPart, long inAll) {

	}

	/** Take-ups and different young people, as of each moment. */
	public record TakenUp(List<Long> takeUps, List<Long> people) {

	}

}
