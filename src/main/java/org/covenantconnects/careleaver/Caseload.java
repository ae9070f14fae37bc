package org.covenantconnects.careleaver;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Objects;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Role;
import org.covenantconnects.opportunity.Category;
import org.covenantconnects.opportunity.OpportunityDetails;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.opportunity.OpportunityView;
import org.covenantconnects.opportunity.Orientation;
import org.covenantconnects.opportunity.Scope;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.RegionCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Covenant team's view of the young people they match into opportunities: a caseload
 * by region, council or college or university, one young person's record, and, for an
 * opportunity, the young people who turned matching on and whom it fits, best first with
 * the reasons. Every young person a coordinator is shown is written to the audit trail.
 * The service ranks; people decide, and nobody is ever turned away by it.
 */
@Service
public class Caseload {

	private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	private final JdbcClient jdbc;

	private final TakeUpRepository audit;

	private final CareLeaverRepository careLeavers;

	private final Places places;

	private final Clock clock;

	private final MatchingPool pool;

	/** More than any young person can score for an opportunity. */
	private static final int MOST_SCORE = 16;

	Caseload(JdbcClient jdbc, TakeUpRepository audit, CareLeaverRepository careLeavers, Places places, Clock clock,
			MatchingPool pool) {
		this.pool = pool;
		this.jdbc = jdbc;
		this.audit = audit;
		this.careLeavers = careLeavers;
		this.places = places;
		this.clock = clock;
	}

	/**
	 * One page of the young people in a region or council (or everyone), by name; each
	 * one shown is recorded in the audit trail.
	 */
	@Transactional
	public Page list(AccountId coordinator, Filter filter, int page, int pageSize) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder where = new StringBuilder("where true");
		if (filter.region() != null) {
			where.append(" and region_code = :region");
			params.put("region", filter.region().value());
		}
		if (filter.council() != null) {
			where.append(" and local_authority_id = :council");
			params.put("council", filter.council().value());
		}
		if (filter.name() != null && !filter.name().isBlank()) {
			where.append(" and (full_name || ' ' || coalesce(preferred_name, '')) ilike :name escape '!'");
			params.put("name", "%" + like(filter.name()) + "%");
		}
		if (filter.institution() != null && !filter.institution().isBlank()) {
			// Typed by the young person, so matched loosely: any part of the name, any
			// case.
			where.append(" and institution ilike :institution escape '!'");
			params.put("institution", "%" + like(filter.institution()) + "%");
		}
		if (filter.onlyMatching()) {
			where.append(" and open_to_suggestions");
		}
		params.put("limit", pageSize);
		params.put("offset", (long) (Math.max(1, page) - 1) * pageSize);
		LocalDate today = today();
		List<Object[]> rows = this.jdbc.sql("""
				select account_id, coalesce(preferred_name, full_name) as name, date_of_birth, local_authority_id,
				  region_code, institution, open_to_suggestions, count(*) over () as total
				from care_leaver %s
				order by lower(coalesce(preferred_name, full_name)), account_id
				limit :limit offset :offset
				""".formatted(where))
			.params(params)
			.query((rs, i) -> new Object[] { new Person(new AccountId(rs.getObject("account_id", UUID.class)),
					rs.getString("name"), CareLeaverProfile.ageOn(rs.getDate("date_of_birth").toLocalDate(), today),
					councilName(rs.getInt("local_authority_id")), regionName(rs.getString("region_code")),
					rs.getString("institution"), rs.getBoolean("open_to_suggestions")), rs.getLong("total") })
			.list();
		List<Person> people = rows.stream().map((row) -> (Person) row[0]).toList();
		recordViews(coordinator, people.stream().map(Person::account).toList(), "Listed in the caseload");
		long total = rows.isEmpty() ? 0 : (long) rows.get(0)[1];
		return new Page(people, total, Math.max(1, page), (int) Math.max(1, (total + pageSize - 1) / pageSize));
	}

	/**
	 * A young person's profile for a coordinator, recorded in the audit trail.
	 * @throws CareLeavers.NoSuchTakeUpException if there is no such care leaver
	 */
	@Transactional
	public CareLeaverProfile profileFor(AccountId coordinator, AccountId careLeaver, String why) {
		CareLeaverProfile profile = this.careLeavers.find(careLeaver)
			.orElseThrow(CareLeavers.NoSuchTakeUpException::new);
		this.audit.recordView(coordinator, Role.COORDINATOR, careLeaver, why, this.clock.instant());
		return profile;
	}

	/**
	 * A young person's take-ups, newest first, for a coordinator who opened their record.
	 */
	public List<TakeUp> takeUpsOf(AccountId careLeaver) {
		return this.careLeavers.takeUps(careLeaver);
	}

	/**
	 * The young people who turned matching on and whom an open opportunity fits today (by
	 * age and where it is open), best first, leaving out those who already took it up;
	 * each one shown is recorded in the audit trail. Ranked against the copy in memory;
	 * the best are then read again, so that only people who still fit and still want
	 * suggestions are shown.
	 * @param limit how many of the best to return
	 */
	@Transactional
	public Candidates candidatesFor(AccountId coordinator, OpportunityView opportunity, int limit) {
		Fit fit = fitOf(opportunity.details(), today());
		UUID id = opportunity.id().value();
		Set<UUID> taken = ids("select account_id from take_up where opportunity_id = :id and account_id is not null",
				id);
		Set<UUID> saved = ids("select account_id from saved_opportunity where opportunity_id = :id", id);
		Set<UUID> proposed = ids("select care_leaver_account_id from take_up_proposal where opportunity_id = :id", id);
		List<MatchingPool.Member> members = this.pool.members();
		if (members.size() >= 1 << 20) {
			throw new IllegalStateException("The ranking key holds positions below 2^20; widen it for more people");
		}
		long[] keys = new long[members.size()];
		int fitting = 0;
		for (int i = 0; i < members.size(); i++) {
			MatchingPool.Member member = members.get(i);
			if (!fit.fits(member.bornOn(), member.council(), member.region()) || taken.contains(member.account())) {
				continue;
			}
			int score = fit.score(member.types(), member.categories(), member.council(), member.region(),
					member.notInWork(), saved.contains(member.account()));
			// Best score first; then those not yet put forward; then the oldest, who
			// have least time left on the programme.
			keys[fitting++] = ((long) (MOST_SCORE - score) << 42)
					| ((proposed.contains(member.account()) ? 1L : 0L) << 41) | ((member.bornOn() + 100_000) << 20) | i;
		}
		long[] ranked = Arrays.copyOf(keys, fitting);
		Arrays.sort(ranked);
		// A few more than asked for, in case some no longer fit when read again.
		List<UUID> best = new ArrayList<>();
		for (int i = 0; i < Math.min(ranked.length, limit + 10); i++) {
			best.add(members.get((int) (ranked[i] & 0xFFFFF)).account());
		}
		List<Candidate> candidates = best.isEmpty() ? List.of()
				: readAgain(fit, best, saved, proposed, opportunity).stream()
					.sorted(Comparator.comparingInt(Candidate::score)
						.reversed()
						.thenComparing(Candidate::putForward)
						.thenComparing((candidate) -> best.indexOf(candidate.account().value())))
					.limit(limit)
					.toList();
		recordViews(coordinator, candidates.stream().map(Candidate::account).toList(),
				"Listed as a match for " + opportunity.details().title());
		return new Candidates(fitting, candidates);
	}

	private List<Candidate> readAgain(Fit fit, List<UUID> best, Set<UUID> saved, Set<UUID> proposed,
			OpportunityView opportunity) {
		OpportunityDetails details = opportunity.details();
		LocalDate today = today();
		return this.jdbc.sql("""
				select account_id, coalesce(preferred_name, full_name) as name, date_of_birth, local_authority_id,
				  region_code, situation, interest_types, interest_categories
				from care_leaver where open_to_suggestions and account_id = any(:ids::uuid[])
				""").param("ids", uuids(best)).query((rs, i) -> {
			UUID account = rs.getObject("account_id", UUID.class);
			LocalDate born = rs.getDate("date_of_birth").toLocalDate();
			int council = rs.getInt("local_authority_id");
			String region = rs.getString("region_code");
			Set<String> types = Set.of(strings(rs.getArray("interest_types")));
			Set<String> categories = Set.of(strings(rs.getArray("interest_categories")));
			boolean notInWork = Situation.NONE.name().equals(rs.getString("situation"));
			if (!fit.fits(born.toEpochDay(), council, region)) {
				return null;
			}
			int score = fit.score(bits(types, OpportunityType::valueOf), bits(categories, Category::valueOf), council,
					region, notInWork, saved.contains(account));
			int age = CareLeaverProfile.ageOn(born, today);
			List<String> reasons = new ArrayList<>();
			reasons.add("Aged " + age + ", and it is open to " + fit.ageFrom() + " to " + fit.ageTo());
			if (types.contains(details.type().name())) {
				reasons.add("Interested in " + Words.plural(details.type()));
			}
			if (categories.contains(details.category().name())) {
				reasons.add("Interested in " + Words.inSentence(details.category()));
			}
			if (fit.councils().contains(council)) {
				reasons.add("Looked after by " + councilName(council) + ", one of the councils it is for");
			}
			else if (details.scope() != Scope.NATIONAL) {
				reasons.add("Lives in " + regionName(region) + ", where it is open");
			}
			if (fit.employment() && notInWork) {
				reasons.add("Not in education, employment or training at the moment");
			}
			if (saved.contains(account)) {
				reasons.add("Saved it");
			}
			return new Candidate(new AccountId(account), rs.getString("name"), age, councilName(council),
					regionName(region), score, reasons, proposed.contains(account));
		}).list().stream().filter(Objects::nonNull).toList();
	}

	/**
	 * Whom an opportunity fits, and how well.
	 *
	 * @param bornAfter the day count they must be born after to be no older than ageTo
	 * @param bornBy the day count they must be born on or before to be ageFrom or older
	 * @param regions where it is open (for a council's own, the regions of its councils)
	 */
	private record Fit(int ageFrom, int ageTo, long bornAfter, long bornBy, Scope scope, Set<String> regions,
			Set<Integer> councils, int typeBit, int categoryBit, boolean employment) {

		boolean fits(long bornOn, int council, String region) {
			if (bornOn <= this.bornAfter || bornOn > this.bornBy) {
				return false;
			}
			return switch (this.scope) {
				case NATIONAL -> true;
				case REGIONS -> this.regions.contains(region);
				case COUNCILS -> this.regions.contains(region) || this.councils.contains(council);
			};
		}

		int score(int types, int categories, int council, String region, boolean notInWork, boolean saved) {
			return (((types & this.typeBit) != 0) ? 3 : 0) + (((categories & this.categoryBit) != 0) ? 2 : 0)
					+ (this.councils.contains(council) ? 2 : this.regions.contains(region) ? 1 : 0)
					+ ((this.employment && notInWork) ? 1 : 0) + (saved ? 1 : 0);
		}

	}

	private Fit fitOf(OpportunityDetails details, LocalDate today) {
		int ageFrom = (details.ageFrom() != null) ? details.ageFrom() : OpportunityDetails.YOUNGEST;
		int ageTo = (details.ageTo() != null) ? details.ageTo() : OpportunityDetails.DEFAULT_OLDEST;
		Set<Integer> councils = details.councils().stream().map(LocalAuthorityId::value).collect(Collectors.toSet());
		// A council's own opportunities fit those it looked after, and those who live in
		// its region, as For you shows them.
		Set<String> regions = switch (details.scope()) {
			case NATIONAL -> Set.of();
			case REGIONS -> details.regions().stream().map(RegionCode::value).collect(Collectors.toSet());
			case COUNCILS -> this.places.localAuthorities()
				.stream()
				.filter((council) -> councils.contains(council.id().value()))
				.map((council) -> council.region().value())
				.collect(Collectors.toSet());
		};
		// Aged ageFrom to ageTo today: born after the day they would have turned ageTo +
		// 1,
		// and on or before the day they turned ageFrom.
		return new Fit(ageFrom, ageTo, today.minusYears(ageTo + 1L).toEpochDay(),
				today.minusYears(ageFrom).toEpochDay(), details.scope(), regions, councils,
				1 << details.type().ordinal(), 1 << details.category().ordinal(),
				details.orientation() == Orientation.EMPLOYMENT);
	}

	/** The names as one bit per value, as the copy in memory holds them. */
	private static <E extends Enum<E>> int bits(Set<String> names, Function<String, E> parse) {
		int bits = 0;
		for (String name : names) {
			bits |= 1 << parse.apply(name).ordinal();
		}
		return bits;
	}

	private Set<UUID> ids(String sql, UUID opportunity) {
		return new HashSet<>(this.jdbc.sql(sql).param("id", opportunity).query(UUID.class).list());
	}

	private static String uuids(List<UUID> ids) {
		return "{" + ids.stream().map(UUID::toString).collect(Collectors.joining(",")) + "}";
	}

	private void recordViews(AccountId coordinator, List<AccountId> people, String what) {
		if (people.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				insert into record_view (viewer_account_id, viewer_role, care_leaver_account_id, what, viewed_at)
				select :viewer, 'COORDINATOR', person, :what, :at from unnest(:people::uuid[]) as person
				""")
			.param("viewer", coordinator.value())
			.param("what", what)
			.param("at", this.clock.instant().atOffset(ZoneOffset.UTC))
			.param("people",
					"{" + people.stream().map((p) -> p.value().toString()).collect(Collectors.joining(",")) + "}")
			.update();
	}

	private String councilName(int id) {
		return this.places.localAuthority(new LocalAuthorityId(id)).map(LocalAuthority::name).orElse("Unknown council");
	}

	private String regionName(String code) {
		return this.places.region(new RegionCode(code)).map((region) -> region.name()).orElse(code);
	}

	/**
	 * Text typed to search with, its LIKE wildcards made plain characters (escape '!').
	 */
	private static String like(String typed) {
		return typed.trim().replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}

	private static String[] strings(Array array) throws SQLException {
		return (array != null) ? (String[]) array.getArray() : new String[0];
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ENGLAND));
	}

	/**
	 * Whom a caseload lists.
	 *
	 * @param name only those whose name contains this, or {@code null} for any name
	 * @param region only those living in it, or {@code null} for every region
	 * @param council only those looked after by it, or {@code null} for every council
	 * @param institution only those whose college or university contains this, or
	 * {@code null} for everyone
	 * @param onlyMatching only those who turned matching on
	 */
	public record Filter(String name, RegionCode region, LocalAuthorityId council, String institution,
			boolean onlyMatching) {

		/** Whether it asks for anyone in particular; an empty filter lists nobody. */
		public boolean isEmpty() {
			return (this.name == null || this.name.isBlank()) && this.region == null && this.council == null
					&& (this.institution == null || this.institution.isBlank()) && !this.onlyMatching;
		}

	}

	/**
	 * One young person in a caseload.
	 *
	 * @param institution their college or university, or {@code null} when not given
	 */
	public record Person(AccountId account, String name, int age, String council, String region, String institution,
			boolean openToSuggestions) {

	}

	/** One page of a caseload. */
	public record Page(List<Person> people, long total, int page, int totalPages) {

	}

	/**
	 * A young person an opportunity fits, with why.
	 *
	 * @param score how well it fits them; higher first
	 * @param putForward whether they were already put forward for it
	 */
	public record Candidate(AccountId account, String name, int age, String council, String region, int score,
			List<String> reasons, boolean putForward) {

	}

	/** How many young people who turned matching on an opportunity fits, and the best. */
	public record Candidates(long total, List<Candidate> best) {

	}

}
