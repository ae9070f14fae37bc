package org.covenantconnects.opportunity;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.alert.internal.FanOut;
import org.covenantconnects.opportunity.internal.OpportunityRepository;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.RegionCode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where PostgreSQL must answer whom an opportunity fits, its SQL agrees with
 * {@link FitRule} for every pair of a seeded sample of 1,000 young people and 1,000
 * opportunities: every scope, regions and councils (some held beside another scope, which
 * the table allows), ages on and either side of each bound, birthdays today and tomorrow,
 * and people born on 28 or 29 February or 1 March, on today and on the days around 1
 * March of a year that is not a leap year. Each SQL form answers every pair in one query.
 * <p>
 * Each test runs in a transaction that is rolled back, so the sample is never seen by the
 * other tests sharing the database.
 */
@ConnectsTest
@Transactional
class FitRuleAgreementTests {

	private static final long SEED = 20261206L;

	private static final int PEOPLE = 1_000;

	private static final int OPPORTUNITIES = 1_000;

	/** How many disagreements a failure lists. */
	private static final int SHOWN = 15;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Places places;

	@Test
	void forYouInTheDatabaseFitsExactlyWhomTheRuleFits() {
		Sample sample = sample();
		List<LocalDate> days = days();
		// A row for each young person and day, bound as For you binds one. The
		// sample's rows of the opportunity table are read once, so that exactly
		// its pairs are compared.
		List<Integer> keys = new ArrayList<>();
		List<Integer> ages = new ArrayList<>();
		List<String> regions = new ArrayList<>();
		List<String> councils = new ArrayList<>();
		for (LocalDate day : days) {
			for (Person person : sample.people()) {
				FitCriteria fit = new FitCriteria(FitRule.ageOn(person.born(), day), person.region(), person.council(),
						Set.of(), Set.of());
				Map<String, Object> bound = OpportunityRepository.youngPerson(fit, this.places.localAuthorities());
				keys.add(keys.size());
				ages.add((Integer) bound.get("age"));
				regions.add((String) bound.get("region"));
				councils.add((String) bound.get("councils"));
			}
		}
		Map<Integer, BitSet> found = new HashMap<>();
		this.jdbc.sql("""
				with young_person as materialized (
				  select k, cast(age as integer) as age, cast(region as varchar[]) as region,
				    cast(councils as integer[]) as councils
				  from unnest(cast(:keys as integer[]), cast(:ages as integer[]), cast(:regions as text[]),
				    cast(:councils as text[])) as bound (k, age, region, councils)
				), sample as materialized (
				  select o.*, s.n
				  from unnest(cast(:opportunities as uuid[])) with ordinality as s (id, n)
				  join opportunity o on o.id = s.id
				)
				select young_person.k, array_agg(o.n - 1)
				from young_person, sample o
				where
				""" + OpportunityRepository.FITS + " group by young_person.k")
			.param("keys", ints(keys))
			.param("ages", ints(ages))
			.param("regions", texts(regions))
			.param("councils", texts(councils))
			.param("opportunities", ids(sample.opportunities(), Listed::id))
			.query((rs) -> {
				found.put(rs.getInt(1), bits(rs.getArray(2)));
			});
		Tally tally = new Tally("OpportunityRepository.FITS");
		for (int d = 0; d < days.size(); d++) {
			for (int p = 0; p < sample.people().size(); p++) {
				tally.compare(sample, days.get(d), p, found.getOrDefault(d * sample.people().size() + p, new BitSet()));
			}
		}
		tally.assertAgreement();
	}

	@Test
	void alertsOfAPublicationAreForExactlyThoseTheRuleFits() {
		Sample sample = sample();
		Map<UUID, Integer> people = new HashMap<>();
		for (int p = 0; p < sample.people().size(); p++) {
			people.put(sample.people().get(p).id(), p);
		}
		Tally tally = new Tally("FanOut.FITS");
		for (LocalDate day : days()) {
			BitSet[] found = new BitSet[sample.people().size()];
			this.jdbc.sql("""
					select c.account_id, array_agg(s.n - 1)
					from unnest(cast(:opportunities as uuid[])) with ordinality as s (id, n)
					join opportunity o on o.id = s.id
					""" + FanOut.OPPORTUNITY_FIT + """
					cross join unnest(cast(:people as uuid[])) as p (id)
					join care_leaver c on c.account_id = p.id
					where
					""" + FanOut.FITS + " group by c.account_id")
				.param("opportunities", ids(sample.opportunities(), Listed::id))
				.param("people", ids(sample.people(), Person::id))
				.param("today", day)
				.query((rs) -> {
					found[people.get(rs.getObject(1, UUID.class))] = bits(rs.getArray(2));
				});
			for (int p = 0; p < found.length; p++) {
				tally.compare(sample, day, p, (found[p] != null) ? found[p] : new BitSet());
			}
		}
		tally.assertAgreement();
	}

	/** Today in England, and the last day of February and 1 March of 2027. */
	private static List<LocalDate> days() {
		return List.of(LocalDate.now(ZoneId.of("Europe/London")), LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 1));
	}

	/**
	 * Inserts the sample, set-based and seeded, in this test's transaction, and reads it
	 * back. Each row draws its fractions from an md5 of the seed and its number, as the
	 * national data generator does.
	 */
	private Sample sample() {
		// Mostly aged 15 to 31 today with birthdays today, tomorrow or yesterday; some
		// born on 28 or 29 February or 1 March; most live in the region of the council
		// that looked after them.
		this.jdbc
			.sql("""
					insert into care_leaver (account_id, full_name, date_of_birth, local_authority_id, region_code, situation,
					  privacy_notice_accepted_at, created_at, updated_at, demo)
					with drawn as (
					  select i, md5(:seed || ':fit-person:' || i) as digest,
					    array(select ('x' || substr(md5(:seed || ':fit-person:' || i || ':' || k), 1, 8))::bit(32)::bigint
					      / 4294967296.0e0 from generate_series(1, 8) as k) as f
					  from generate_series(1, :people) as i
					), picked as (
					  select d.*, (select array_agg(id order by id) from local_authority)[1 + floor(d.f[4] * 153)::integer]
					    as council
					  from drawn d
					)
					select cast(md5(p.digest) as uuid), 'Fit sample ' || p.i,
					  case when p.f[1] < 0.75
					    then cast(cast(:today as date) - make_interval(years => 15 + floor(p.f[2] * 17)::integer) as date)
					      + case when p.f[3] < 0.3 then 0 when p.f[3] < 0.6 then 1 when p.f[3] < 0.7 then -1
					        else floor(p.f[5] * 365)::integer end
					    else make_date(1995 + floor(p.f[2] * 18)::integer, 2, 28) + floor(p.f[3] * 3)::integer end,
					  p.council,
					  case when p.f[6] < 0.7 then la.region_code
					    else (select array_agg(code order by code) from region)[1 + floor(p.f[7] * 9)::integer] end,
					  'NONE', now(), now(), now(), true
					from picked p join local_authority la on la.id = p.council
					""")
			.param("seed", String.valueOf(SEED))
			.param("people", PEOPLE)
			.param("today", LocalDate.now(ZoneId.of("Europe/London")))
			.update();
		// A fifth national, two fifths regional, two fifths for councils, with one
		// to three regions or councils; some hold regions or councils beside another
		// scope. Ages mostly 16 to 25 or 16 to 30, the rest any range within those.
		this.jdbc
			.sql("""
					insert into opportunity (id, signatory_id, organisation_name, title, summary, description, type, category,
					  scope, regions, councils, age_from, age_to, take_up, status, created_at, published_at, confirmed_at, demo)
					with drawn as (
					  select i, md5(:seed || ':fit-opportunity:' || i) as digest,
					    array(select ('x' || substr(md5(:seed || ':fit-opportunity:' || i || ':' || k), 1, 8))::bit(32)::bigint
					      / 4294967296.0e0 from generate_series(1, 10) as k) as f
					  from generate_series(1, :opportunities) as i
					), picked as (
					  select d.*,
					    case when d.f[1] < 0.2 then 'NATIONAL' when d.f[1] < 0.6 then 'REGIONS' else 'COUNCILS' end as scope,
					    array(select distinct (select array_agg(code order by code) from region)[1 + floor(x * 9)::integer]
					      from unnest(array[d.f[2], d.f[3], d.f[4]]) with ordinality as u (x, n)
					      where n <= 1 + floor(d.f[5] * 3)) as some_regions,
					    array(select distinct (select array_agg(id order by id) from local_authority)[1 + floor(x * 153)::integer]
					      from unnest(array[d.f[2], d.f[3], d.f[4]]) with ordinality as u (x, n)
					      where n <= 1 + floor(d.f[5] * 3)) as some_councils,
					    case when d.f[6] < 0.4 then 16 else 16 + floor(d.f[7] * 10)::integer end as age_from
					  from drawn d
					)
					select cast(md5(p.digest) as uuid), cast(md5(p.digest || ':signatory') as uuid), 'Fit sample',
					  'Fit sample ' || p.i, 'A sample', 'A sample opportunity.', 'JOB', 'EMPLOYMENT_AND_WORK_EXPERIENCE',
					  p.scope,
					  case when p.scope = 'REGIONS' or p.f[8] < 0.15 then p.some_regions else '{}' end,
					  case when p.scope = 'COUNCILS' or p.f[9] < 0.15 then p.some_councils else '{}' end,
					  p.age_from,
					  case when p.f[6] < 0.3 then 25 when p.f[6] < 0.4 then 30
					    else p.age_from + floor(p.f[10] * (31 - p.age_from))::integer end,
					  'CONNECTS', 'PUBLISHED', now(), now(), now(), true
					from picked p
					""")
			.param("seed", String.valueOf(SEED))
			.param("opportunities", OPPORTUNITIES)
			.update();
		List<Person> people = this.jdbc.sql("""
				select account_id, date_of_birth, region_code, local_authority_id from care_leaver
				where full_name like 'Fit sample %' and demo order by account_id
				""")
			.query((rs, i) -> new Person(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
					new RegionCode(rs.getString(3)), new LocalAuthorityId(rs.getInt(4))))
			.list();
		List<Listed> opportunities = this.jdbc.sql("""
				select id, scope, regions, councils, age_from, age_to from opportunity
				where organisation_name = 'Fit sample' and demo order by id
				""").query((rs, i) -> {
			Scope scope = Scope.valueOf(rs.getString(2));
			List<RegionCode> regions = Arrays.stream((String[]) rs.getArray(3).getArray())
				.map(RegionCode::new)
				.toList();
			List<LocalAuthorityId> councils = Arrays.stream((Integer[]) rs.getArray(4).getArray())
				.map(LocalAuthorityId::new)
				.toList();
			int ageFrom = rs.getInt(5);
			int ageTo = rs.getInt(6);
			return new Listed(rs.getObject(1, UUID.class), scope, regions, councils, ageFrom, ageTo,
					FitRule.of(scope, regions, councils, ageFrom, ageTo, this::regionOf));
		}).list();
		assertThat(people).hasSize(PEOPLE);
		assertThat(opportunities).hasSize(OPPORTUNITIES);
		return new Sample(people, opportunities);
	}

	private RegionCode regionOf(LocalAuthorityId council) {
		return this.places.localAuthority(council).map(LocalAuthority::region).orElse(null);
	}

	private static BitSet bits(Array array) throws SQLException {
		BitSet bits = new BitSet();
		for (Number index : (Number[]) array.getArray()) {
			bits.set(index.intValue());
		}
		return bits;
	}

	private static String ints(List<Integer> values) {
		return values.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
	}

	/** An array literal of values that are themselves array literals. */
	private static String texts(List<String> values) {
		return values.stream().map((value) -> '"' + value + '"').collect(Collectors.joining(",", "{", "}"));
	}

	private static <T> String ids(List<T> rows, Function<T, UUID> id) {
		return rows.stream().map((row) -> id.apply(row).toString()).collect(Collectors.joining(",", "{", "}"));
	}

	private record Sample(List<Person> people, List<Listed> opportunities) {

	}

	/** The pairs one SQL form was compared on, and the first it disagreed on. */
	private static final class Tally {

		private final String form;

		private final List<String> shown = new ArrayList<>();

		private long pairs;

		private long disagreements;

		Tally(String form) {
			this.form = form;
		}

		/** Compares what the SQL found for one young person on one day with the rule. */
		void compare(Sample sample, LocalDate day, int p, BitSet sql) {
			Person person = sample.people().get(p);
			for (int o = 0; o < sample.opportunities().size(); o++) {
				Listed opportunity = sample.opportunities().get(o);
				boolean rule = opportunity.rule().fits(person.born(), day, person.region(), person.council());
				this.pairs++;
				if (rule != sql.get(o)) {
					this.disagreements++;
					if (this.shown.size() < SHOWN) {
						this.shown.add(String.format("on %s, %s (aged %d) and %s: FitRule says %s, %s says %s", day,
								person, FitRule.ageOn(person.born(), day), opportunity, said(rule), this.form,
								said(sql.get(o))));
					}
				}
			}
		}

		void assertAgreement() {
			assertThat(this.pairs).as("pairs compared").isGreaterThanOrEqualTo((long) PEOPLE * OPPORTUNITIES);
			assertThat(this.disagreements)
				.withFailMessage(() -> String.format("%,d of %,d pairs disagree (seed %d); the first:%n  %s",
						this.disagreements, this.pairs, SEED, String.join(System.lineSeparator() + "  ", this.shown)))
				.isZero();
		}

		private static String said(boolean fits) {
			return fits ? "it fits" : "it does not";
		}

	}

	private record Person(UUID id, LocalDate born, RegionCode region, LocalAuthorityId council) {

		@Override
		public String toString() {
			return String.format("a young person born %s living in %s looked after by council %d", this.born,
					this.region.value(), this.council.value());
		}

	}

	private record Listed(UUID id, Scope scope, List<RegionCode> regions, List<LocalAuthorityId> councils, int ageFrom,
			int ageTo, FitRule rule) {

		@Override
		public String toString() {
			return String.format("opportunity %s (%s, regions %s, councils %s, ages %d to %d)", this.id, this.scope,
					this.regions.stream().map(RegionCode::value).toList(),
					this.councils.stream().map(LocalAuthorityId::value).toList(), this.ageFrom, this.ageTo);
		}

	}

}
