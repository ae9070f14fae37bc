package org.covenantconnects.careleaver;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Role;
import org.covenantconnects.opportunity.OpportunityDetails;
import org.covenantconnects.opportunity.OpportunityView;
import org.covenantconnects.opportunity.Orientation;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.RegionCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Covenant team's view of the young people they match into opportunities: a caseload
 * by region or council, one young person's record, and, for an opportunity, the young
 * people who turned matching on and whom it fits, best first with the reasons. Every
 * young person a coordinator is shown is written to the audit trail. The service ranks;
 * people decide, and nobody is ever turned away by it.
 */
@Service
public class Caseload {

	private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	private final JdbcClient jdbc;

	private final TakeUpRepository audit;

	private final CareLeaverRepository careLeavers;

	private final Places places;

	private final Clock clock;

	Caseload(JdbcClient jdbc, TakeUpRepository audit, CareLeaverRepository careLeavers, Places places, Clock clock) {
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
		if (filter.onlyMatching()) {
			where.append(" and open_to_suggestions");
		}
		params.put("limit", pageSize);
		params.put("offset", (long) (Math.max(1, page) - 1) * pageSize);
		LocalDate today = today();
		List<Object[]> rows = this.jdbc.sql("""
				select account_id, coalesce(preferred_name, full_name) as name, date_of_birth, local_authority_id,
				  region_code, open_to_suggestions, count(*) over () as total
				from care_leaver %s
				order by lower(coalesce(preferred_name, full_name)), account_id
				limit :limit offset :offset
				""".formatted(where))
			.params(params)
			.query((rs,
					i) -> new Object[] {
							new Person(new AccountId(rs.getObject("account_id", UUID.class)), rs.getString("name"),
									CareLeaverProfile.ageOn(rs.getDate("date_of_birth").toLocalDate(), today),
									councilName(rs.getInt("local_authority_id")),
									regionName(rs.getString("region_code")), rs.getBoolean("open_to_suggestions")),
							rs.getLong("total") })
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
	 * each one shown is recorded in the audit trail.
	 * @param limit how many of the best to return
	 */
	@Transactional
	public Candidates candidatesFor(AccountId coordinator, OpportunityView opportunity, int limit) {
		OpportunityDetails details = opportunity.details();
		LocalDate today = today();
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
		String where = switch (details.scope()) {
			case NATIONAL -> "true";
			case REGIONS -> "c.region_code = any(:regions::varchar[])";
			case COUNCILS ->
				"(c.region_code = any(:regions::varchar[]) or c.local_authority_id = any(:councils::int[]))";
		};
		boolean employment = details.orientation() == Orientation.EMPLOYMENT;
		List<Object[]> rows = this.jdbc.sql("""
				with fitting as (
				  select c.account_id, coalesce(c.preferred_name, c.full_name) as name, c.date_of_birth,
				    c.local_authority_id, c.region_code, c.situation, c.interest_types, c.interest_categories,
				    s.account_id is not null as saved, p.id is not null as put_forward,
				    (case when :type = any(c.interest_types) then 3 else 0 end
				      + case when :category = any(c.interest_categories) then 2 else 0 end
				      + case when c.local_authority_id = any(:councils::int[]) then 2
				          when c.region_code = any(:regions::varchar[]) then 1 else 0 end
				      + case when :employment and c.situation = 'NONE' then 1 else 0 end
				      + case when s.account_id is not null then 1 else 0 end) as score
				  from care_leaver c
				  left join saved_opportunity s on s.account_id = c.account_id and s.opportunity_id = :opportunity
				  left join take_up_proposal p on p.care_leaver_account_id = c.account_id
				    and p.opportunity_id = :opportunity
				  where c.open_to_suggestions and c.date_of_birth > :bornAfter and c.date_of_birth <= :bornBy
				    and %s
				    and not exists (select 1 from take_up t where t.opportunity_id = :opportunity
				      and t.account_id = c.account_id)
				)
				select *, count(*) over () as total from fitting
				order by score desc, put_forward, date_of_birth, account_id
				limit :limit
				""".formatted(where))
			.param("type", details.type().name())
			.param("category", details.category().name())
			.param("councils", "{" + councils.stream().map(String::valueOf).collect(Collectors.joining(",")) + "}")
			.param("regions", "{" + String.join(",", regions) + "}")
			.param("employment", employment)
			.param("opportunity", opportunity.id().value())
			// Aged ageFrom to ageTo today: born after the day they would have turned
			// ageTo + 1, and on or before the day they turned ageFrom.
			.param("bornAfter", today.minusYears(ageTo + 1L))
			.param("bornBy", today.minusYears(ageFrom))
			.param("limit", limit)
			.query((rs, i) -> new Object[] { candidate(rs, details, councils, employment, today), rs.getLong("total") })
			.list();
		List<Candidate> best = rows.stream().map((row) -> (Candidate) row[0]).toList();
		recordViews(coordinator, best.stream().map(Candidate::account).toList(),
				"Listed as a match for " + details.title());
		return new Candidates(rows.isEmpty() ? 0 : (long) rows.get(0)[1], best);
	}

	private Candidate candidate(ResultSet rs, OpportunityDetails details, Set<Integer> councils, boolean employment,
			LocalDate today) throws SQLException {
		int age = CareLeaverProfile.ageOn(rs.getDate("date_of_birth").toLocalDate(), today);
		int council = rs.getInt("local_authority_id");
		String region = rs.getString("region_code");
		List<String> reasons = new ArrayList<>();
		reasons.add("Aged " + age + ", and it is open to " + details.ageFrom() + " to " + details.ageTo());
		if (Arrays.asList(strings(rs.getArray("interest_types"))).contains(details.type().name())) {
			reasons.add("Interested in " + Words.plural(details.type()));
		}
		if (Arrays.asList(strings(rs.getArray("interest_categories"))).contains(details.category().name())) {
			reasons.add("Interested in " + Words.inSentence(details.category()));
		}
		if (councils.contains(council)) {
			reasons.add("Looked after by " + councilName(council) + ", one of the councils it is for");
		}
		else if (details.scope() != org.covenantconnects.opportunity.Scope.NATIONAL) {
			reasons.add("Lives in " + regionName(region) + ", where it is open");
		}
		if (employment && "NONE".equals(rs.getString("situation"))) {
			reasons.add("Not in education, employment or training at the moment");
		}
		if (rs.getBoolean("saved")) {
			reasons.add("Saved it");
		}
		return new Candidate(new AccountId(rs.getObject("account_id", UUID.class)), rs.getString("name"), age,
				councilName(council), regionName(region), rs.getInt("score"), reasons, rs.getBoolean("put_forward"));
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

	private static String[] strings(Array array) throws SQLException {
		return (array != null) ? (String[]) array.getArray() : new String[0];
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ENGLAND));
	}

	/**
	 * Whom a caseload lists.
	 *
	 * @param region only those living in it, or {@code null} for every region
	 * @param council only those looked after by it, or {@code null} for every council
	 * @param onlyMatching only those who turned matching on
	 */
	public record Filter(RegionCode region, LocalAuthorityId council, boolean onlyMatching) {

	}

	/** One young person in a caseload. */
	public record Person(AccountId account, String name, int age, String council, String region,
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
