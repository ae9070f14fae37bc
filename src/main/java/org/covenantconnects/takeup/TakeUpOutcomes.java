package org.covenantconnects.takeup;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.signatory.SignatoryId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What take-ups delivered in a period, as of a moment, for social value and for the
 * impact a council or an institution sees of its area: counts and weeks only, of one
 * organisation's take-ups, of the young people one council looked after, or of those who
 * go to one college or university. Every figure is read from the take-ups' kept
 * histories, and only from changes recorded before the moment, so a past moment's figure
 * is not changed by anything recorded later.
 * <p>
 * A take-up <em>began</em> at the first change of its history to started, still going or
 * completed; it <em>ended</em> at the first change after that to completed, withdrawn,
 * declined or not successful. A take-up was <em>still going at six months</em> when, six
 * months after it began, the last change of its history was started or still going.
 */
@Service
public class TakeUpOutcomes {

	private static final String BEGUN = "'STARTED', 'SUSTAINED', 'COMPLETED'";

	private static final String ENDED = "'COMPLETED', 'WITHDRAWN', 'DECLINED', 'UNSUCCESSFUL'";

	private final JdbcClient jdbc;

	TakeUpOutcomes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The whole weeks take-ups of these kinds were under way within the period
	 * {@code from} to {@code until}, as of {@code asOf}: for each take-up, from when it
	 * began (or the period's start) to when it ended (or the period's end, or the moment,
	 * whichever is first), in whole weeks, rounded down; and how many take-ups were under
	 * way for a week or more.
	 */
	public Weeks weeksUnderWay(Whose whose, Set<OpportunityType> types, Instant from, Instant until, Instant asOf) {
		Instant cap = until.isBefore(asOf) ? until : asOf;
		Weeks[] weeks = { new Weeks(0, 0) };
		this.jdbc.sql("""
				with history as (
				  select t.id,
				    min(e.occurred_at) filter (where e.status in (%s)) as began,
				    min(e.occurred_at) filter (where e.status in (%s)) as ended
				  from take_up t join take_up_event e on e.take_up_id = t.id
				  where %s and t.opportunity_type = any(cast(:types as text[])) and e.occurred_at < :asOf
				  group by t.id
				), under_way as (
				  select floor(extract(epoch from (
				      least(case when ended >= began then ended else :cap end, :cap) - greatest(began, :from)))
				    / 604800) as weeks
				  from history where began is not null and began < :cap
				)
				select coalesce(sum(weeks), 0) as weeks, count(*) as take_ups from under_way where weeks >= 1
				""".formatted(BEGUN, ENDED, whose.condition()))
			.params(whose.params())
			.param("types", array(types))
			.param("from", utc(from))
			.param("cap", utc(cap))
			.param("asOf", utc(asOf))
			.query((rs) -> {
				weeks[0] = new Weeks(rs.getLong("weeks"), rs.getLong("take_ups"));
			});
		return weeks[0];
	}

	/**
	 * Take-ups of these kinds that began within the period, as of {@code asOf}.
	 */
	public long begun(Whose whose, Set<OpportunityType> types, Instant from, Instant until, Instant asOf) {
		return firstIn(BEGUN, whose, types, from, until, asOf);
	}

	/**
	 * Take-ups of these kinds first recorded as completed within the period, as of
	 * {@code asOf}.
	 */
	public long completed(Whose whose, Set<OpportunityType> types, Instant from, Instant until, Instant asOf) {
		return firstIn("'COMPLETED'", whose, types, from, until, asOf);
	}

	private long firstIn(String statuses, Whose whose, Set<OpportunityType> types, Instant from, Instant until,
			Instant asOf) {
		Instant cap = until.isBefore(asOf) ? until : asOf;
		return this.jdbc.sql("""
				with history as (
				  select t.id, min(e.occurred_at) as at
				  from take_up t join take_up_event e on e.take_up_id = t.id
				  where %s and t.opportunity_type = any(cast(:types as text[])) and e.status in (%s)
				  group by t.id
				)
				select count(*) from history where at >= :from and at < :cap
				""".formatted(whose.condition(), statuses))
			.params(whose.params())
			.param("types", array(types))
			.param("from", utc(from))
			.param("cap", utc(cap))
			.query(Long.class)
			.single();
	}

	/**
	 * Take-ups by the stage each was at as of {@code asOf}: the last change of its
	 * history recorded before the moment. Take-ups with no history then are left out, and
	 * so are stages no take-up was at.
	 */
	public Map<TakeUpStatus, Long> byStage(Whose whose, Instant asOf) {
		Map<TakeUpStatus, Long> stages = new EnumMap<>(TakeUpStatus.class);
		this.jdbc.sql("""
				with last_change as (
				  select distinct on (t.id) e.status
				  from take_up t join take_up_event e on e.take_up_id = t.id
				  where %s and e.occurred_at < :asOf
				  order by t.id, e.occurred_at desc
				)
				select status, count(*) as n from last_change group by status
				""".formatted(whose.condition())).params(whose.params()).param("asOf", utc(asOf)).query((rs) -> {
			stages.put(TakeUpStatus.valueOf(rs.getString("status")), rs.getLong("n"));
		});
		return stages;
	}

	/**
	 * As of {@code asOf}: take-ups that began six months or more before it, and how many
	 * of them were still going six months after they began (a take-up completed by then
	 * is not still going; one completed later is).
	 */
	public SixMonths sixMonthsOn(Whose whose, Instant asOf) {
		SixMonths[] counted = { new SixMonths(0, 0) };
		this.jdbc.sql("""
				with began as (
				  select t.id, min(e.occurred_at) as at
				  from take_up t join take_up_event e on e.take_up_id = t.id
				  where %s and e.status in (%s) and e.occurred_at < :asOf
				  group by t.id
				), due as (
				  select id, at + interval '6 months' as six_months_on from began
				  where at + interval '6 months' <= :asOf
				)
				select count(*) as due,
				  count(*) filter (where (select e.status from take_up_event e
				    where e.take_up_id = due.id and e.occurred_at <= due.six_months_on
				    order by e.occurred_at desc limit 1) in ('STARTED', 'SUSTAINED')) as still_going
				from due
				""".formatted(whose.condition(), BEGUN)).params(whose.params()).param("asOf", utc(asOf)).query((rs) -> {
			counted[0] = new SixMonths(rs.getLong("due"), rs.getLong("still_going"));
		});
		return counted[0];
	}

	private static String array(Set<OpportunityType> types) {
		return types.stream().map(Enum::name).sorted().collect(Collectors.joining(",", "{", "}"));
	}

	private static OffsetDateTime utc(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

	/**
	 * Take-ups that began six months or more before a moment, and how many of them were
	 * still going six months after they began.
	 */
	public record SixMonths(long began, long stillGoing) {

	}

	/** Whole weeks under way, and the take-ups they came from. */
	public record Weeks(long weeks, long takeUps) {

	}

	/**
	 * Whose take-ups: one organisation's; those of the young people one council looked
	 * after (the council copied onto the take-up when it began); or those of the young
	 * people whose college or university on their profile is one institution's name, in
	 * any case (as the chooser stores it).
	 */
	public static final class Whose {

		private final String condition;

		private final Object value;

		private Whose(String condition, Object value) {
			this.condition = condition;
			this.value = value;
		}

		public static Whose organisation(SignatoryId signatory) {
			return new Whose("t.signatory_id = :whose", signatory.value());
		}

		public static Whose council(LocalAuthorityId council) {
			return new Whose("t.local_authority_id = :whose", council.value());
		}

		public static Whose institution(String name) {
			return new Whose("t.account_id in (select c.account_id from care_leaver c"
					+ " where lower(c.institution) = lower(:whose))", name.strip());
		}

		String condition() {
			return this.condition;
		}

		Map<String, Object> params() {
			return Map.of("whose", this.value);
		}

	}

}
