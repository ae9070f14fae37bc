package org.covenantconnects.opportunity.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.covenantconnects.identity.AccountId;
import org.covenantconnects.opportunity.Barriers;
import org.covenantconnects.opportunity.Category;
import org.covenantconnects.opportunity.FitCriteria;
import org.covenantconnects.opportunity.FitRule;
import org.covenantconnects.opportunity.InternshipFacts;
import org.covenantconnects.opportunity.OpportunityDetails;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.opportunity.OpportunityView;
import org.covenantconnects.opportunity.Outcome;
import org.covenantconnects.opportunity.Scope;
import org.covenantconnects.opportunity.SearchCriteria;
import org.covenantconnects.opportunity.SearchResults;
import org.covenantconnects.opportunity.SearchSort;
import org.covenantconnects.opportunity.Status;
import org.covenantconnects.opportunity.TakeUpRoute;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.signatory.SignatoryId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Loads, saves and searches opportunities; the module's only SQL about them. */
@Repository
public class OpportunityRepository {

	private static final String COLUMNS = """
			id, signatory_id, organisation_name, title, summary, description, type, category, outcomes, scope, regions,
			councils, age_from, age_to, other_conditions, places, opens_on, closes_on, starts_on, take_up, apply_url,
			access_code, travel_paid, clothing_provided, guaranteed_interview, apply_with_adviser, lasts_12_weeks,
			paid_living_wage, has_mentor, certified_skills, route_to_job, status, returned_reason, created_at,
			submitted_at, published_at, confirmed_at, reconfirm_requested_at, demo, taken_down_reason, taken_down_at,
			taken_down_by, taken_down_from, confirmed_only
			""";

	/**
	 * Published, in date and not hidden for want of re-confirmation; with the parameters
	 * {@code today} and {@code hideBefore}.
	 */
	public static final String PUBLICLY_OPEN = """
			status = 'PUBLISHED' and (closes_on is null or closes_on >= :today)
			  and (reconfirm_requested_at is null or reconfirm_requested_at >= :hideBefore)
			""";

	/**
	 * {@link FitRule} in SQL: whether the opportunity {@code o} fits the young person
	 * described by the row {@code young_person}: {@code age}, their age today;
	 * {@code region}, the region they live in as an array of one; {@code councils}, the
	 * councils whose own opportunities reach them ({@link FitRule#councilsReaching}).
	 * {@code FitRuleAgreementTests} runs this text against the rule in Java.
	 */
	public static final String FITS = """
			o.age_from <= young_person.age and o.age_to >= young_person.age
			  and (o.scope = 'NATIONAL' or (o.scope = 'REGIONS' and o.regions @> young_person.region)
			    or (o.scope = 'COUNCILS' and o.councils && young_person.councils))
			""";

	/** The young person of {@link #FITS}, from the parameters of one query. */
	private static final String YOUNG_PERSON = """
			(select cast(:age as integer) as age, cast(:region as varchar[]) as region,
			  cast(:councils as integer[]) as councils) young_person
			""";

	private final JdbcClient jdbc;

	private final RecentSearches recentSearches;

	private final PublishedListing listing;

	private final Places places;

	private final SearchStems stems;

	OpportunityRepository(JdbcClient jdbc, RecentSearches recentSearches, PublishedListing listing, Places places,
			SearchStems stems) {
		this.stems = stems;
		this.jdbc = jdbc;
		this.recentSearches = recentSearches;
		this.listing = listing;
		this.places = places;
	}

	public Optional<Opportunity> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from opportunity where id = :id")
			.param("id", id)
			.query(this::map)
			.optional();
	}

	public List<Opportunity> ofSignatory(SignatoryId signatory) {
		return this.jdbc
			.sql("select " + COLUMNS + " from opportunity where signatory_id = :s and status <> 'ARCHIVED'"
					+ " order by created_at desc")
			.param("s", signatory.value())
			.query(this::map)
			.list();
	}

	public List<Opportunity> openOf(SignatoryId signatory, LocalDate today, Instant hideBefore) {
		return this.jdbc
			.sql("select " + COLUMNS + " from opportunity where signatory_id = :s and " + PUBLICLY_OPEN
					+ " order by published_at desc")
			.param("s", signatory.value())
			.param("today", today)
			.param("hideBefore", utc(hideBefore))
			.query(this::map)
			.list();
	}

	public List<Opportunity> withStatus(Status status, int offset, int limit) {
		return this.jdbc
			.sql("select " + COLUMNS + " from opportunity where status = :status order by submitted_at, id"
					+ " limit :limit offset :offset")
			.param("status", status.name())
			.param("limit", limit)
			.param("offset", offset)
			.query(this::map)
			.list();
	}

	public List<Opportunity> takenDown() {
		return this.jdbc
			.sql("select " + COLUMNS + " from opportunity where status = 'TAKEN_DOWN' order by taken_down_at desc, id")
			.query(this::map)
			.list();
	}

	public long countWithStatus(Status status) {
		return this.jdbc.sql("select count(*) from opportunity where status = :status")
			.param("status", status.name())
			.query(Long.class)
			.single();
	}

	/** How many open opportunities each signatory has, for those with any. */
	public Map<SignatoryId, Long> openCounts(LocalDate today, Instant hideBefore) {
		Map<SignatoryId, Long> counts = new HashMap<>();
		this.jdbc
			.sql("select signatory_id, count(*) as n from opportunity where " + PUBLICLY_OPEN
					+ " group by signatory_id")
			.param("today", today)
			.param("hideBefore", utc(hideBefore))
			.query((rs) -> {
				counts.put(new SignatoryId(rs.getObject("signatory_id", UUID.class)), rs.getLong("n"));
			});
		return counts;
	}

	private long count(CharSequence where, Map<String, Object> params) {
		return this.jdbc.sql("select count(*) from opportunity" + where).params(params).query(Long.class).single();
	}

	public SearchResults search(SearchCriteria criteria, Collection<LocalAuthorityId> councilsOfRegion,
			RegionCode regionOfCouncil, LocalDate today, Instant hideBefore) {
		return this.recentSearches.answer(criteria, today,
				() -> searchNow(criteria, councilsOfRegion, regionOfCouncil, today, hideBefore, true));
	}

	/**
	 * The same search asked of PostgreSQL alone, never of the copy in memory: what the
	 * copy must agree with.
	 */
	public SearchResults searchInDatabase(SearchCriteria criteria, Collection<LocalAuthorityId> councilsOfRegion,
			RegionCode regionOfCouncil, LocalDate today, Instant hideBefore) {
		return searchNow(criteria, councilsOfRegion, regionOfCouncil, today, hideBefore, false);
	}

	private SearchResults searchNow(SearchCriteria criteria, Collection<LocalAuthorityId> councilsOfRegion,
			RegionCode regionOfCouncil, LocalDate today, Instant hideBefore, boolean fromMemory) {
		StringBuilder where = new StringBuilder(" where ").append(PUBLICLY_OPEN);
		Map<String, Object> params = new HashMap<>();
		params.put("today", today);
		params.put("hideBefore", utc(hideBefore));
		if (criteria.keywords() != null) {
			params.put("q", criteria.keywords());
		}
		if (criteria.region() != null) {
			where.append(
					" and (scope = 'NATIONAL' or :region = any(regions) or councils && :regionCouncils::integer[])");
			params.put("region", criteria.region().value());
			params.put("regionCouncils",
					literal(councilsOfRegion.stream().map((id) -> String.valueOf(id.value())).toList()));
		}
		if (criteria.council() != null) {
			where.append(" and (scope = 'NATIONAL' or :councilRegion = any(regions) or :council = any(councils))");
			params.put("council", criteria.council().value());
			params.put("councilRegion", (regionOfCouncil != null) ? regionOfCouncil.value() : "");
		}
		if (!criteria.categories().isEmpty()) {
			where.append(" and category = any(:categories::text[])");
			params.put("categories", names(criteria.categories()));
		}
		if (!criteria.outcomes().isEmpty()) {
			where.append(" and outcomes && :outcomes::text[]");
			params.put("outcomes", names(criteria.outcomes()));
		}
		if (!criteria.types().isEmpty()) {
			where.append(" and type = any(:types::text[])");
			params.put("types", names(criteria.types()));
		}
		if (criteria.nationalOnly()) {
			where.append(" and scope = 'NATIONAL'");
		}
		if (criteria.qualityInternship()) {
			where.append(" and quality_internship");
		}
		if (criteria.confirmedOnlyLeftOut()) {
			where.append(" and not confirmed_only");
		}
		if (criteria.closingSoon()) {
			where.append(" and closes_on between :today and :soon");
			params.put("soon", today.plusDays(SearchCriteria.CLOSING_SOON_DAYS));
		}
		if (criteria.ageFromAtLeast() != null) {
			where.append(" and age_from >= :ageFromAtLeast");
			params.put("ageFromAtLeast", criteria.ageFromAtLeast());
		}
		if (criteria.ageToAtMost() != null) {
			where.append(" and age_to <= :ageToAtMost");
			params.put("ageToAtMost", criteria.ageToAtMost());
		}
		// Words are matched by full text search, which its index answers quickly. Only
		// when
		// that finds nothing are the words compared by trigrams, which forgives typing
		// mistakes but costs far more.
		String filters = where.toString();
		// While the first copy is read as the service starts, PostgreSQL answers a search
		// without words (the home page's newest opportunities among them), as it answers
		// the same search below, rather than the search waiting for the copy.
		if (criteria.keywords() == null && (!fromMemory || this.listing.isBeingReadFirst())) {
			return page(criteria, where, params, false, today, hideBefore);
		}
		// Without words, or with words that must all be there, the copy of the published
		// opportunities in memory answers, ranked as PostgreSQL ranks them; only its
		// page's
		// rows are read.
		List<String> stems = !fromMemory ? null
				: (criteria.keywords() != null) ? this.stems.of(criteria.keywords()) : List.of();
		if (stems != null) {
			SearchResults found = inMemory(criteria, stems, councilsOfRegion, regionOfCouncil, today, hideBefore);
			if (found.total() > 0 || criteria.keywords() == null) {
				return found;
			}
		}
		else {
			where.append(" and search @@ websearch_to_tsquery('english', :q)");
			SearchResults found = page(criteria, where, params, false, today, hideBefore);
			if (found.total() > 0) {
				return found;
			}
		}
		// The copy in memory forgives typing mistakes as pg_trgm does (SimilarWords).
		if (fromMemory && SimilarWords.canAnswer(criteria.keywords())) {
			return inMemory(criteria, null, councilsOfRegion, regionOfCouncil, today, hideBefore);
		}
		return page(criteria, new StringBuilder(filters).append(" and :q <% search_text"), params, true, today,
				hideBefore);
	}

	/**
	 * A search answered from the copy of the published opportunities in memory: the same
	 * filters as the query in the database, every word's stem required, ranked by
	 * {@link KeywordIndex} as {@code ts_rank_cd} ranks, and sorted the same way (ties
	 * newest first, then by id, the copy's own order). Without stems ({@code null}), the
	 * words are compared by trigrams as {@code :q <% search_text} compares them, ranked
	 * by {@link SimilarWords} as {@code word_similarity} ranks.
	 */
	private SearchResults inMemory(SearchCriteria criteria, List<String> stems,
			Collection<LocalAuthorityId> councilsOfRegion, RegionCode regionOfCouncil, LocalDate today,
			Instant hideBefore) {
		PublishedListing.Copy copy = this.listing.current();
		List<PublishedListing.Listed> rows = copy.rows();
		java.util.function.IntPredicate accept = copy.filters()
			.accepting(criteria, councilsOfRegion, regionOfCouncil, today, hideBefore);
		int count = 0;
		long[] keys;
		if (stems != null && stems.isEmpty()) {
			keys = new long[rows.size()];
			for (int i = 0; i < rows.size(); i++) {
				if (accept.test(i)) {
					keys[count++] = i;
				}
			}
		}
		else {
			KeywordIndex.Found found = (stems != null) ? copy.words().find(stems, accept)
					: copy.similarWords().find(criteria.keywords(), accept);
			count = found.count();
			keys = new long[count];
			for (int k = 0; k < count; k++) {
				// Ranks are never negative, so their bits order as they do: highest
				// first.
				long rank = (criteria.sort() == SearchSort.RELEVANCE)
						? Integer.MAX_VALUE - Float.floatToIntBits(found.ranks()[k]) : 0;
				keys[k] = (rank << 32) | found.documents()[k];
			}
		}
		if (criteria.sort() == SearchSort.CLOSING) {
			for (int k = 0; k < count; k++) {
				LocalDate closes = rows.get((int) keys[k]).closesOn();
				long day = (closes != null) ? closes.toEpochDay() - Integer.MIN_VALUE / 2 : Integer.MAX_VALUE;
				keys[k] = (day << 32) | (keys[k] & 0xffffffffL);
			}
		}
		Arrays.sort(keys, 0, count);
		long from = (long) (criteria.page() - 1) * criteria.pageSize();
		List<UUID> ids = new ArrayList<>();
		for (long k = from; k < Math.min(count, from + criteria.pageSize()); k++) {
			ids.add(rows.get((int) (keys[(int) k] & 0xffffffffL)).id());
		}
		int totalPages = (int) Math.max(1, ((long) count + criteria.pageSize() - 1) / criteria.pageSize());
		return new SearchResults(viewsOf(ids, today, hideBefore), count, criteria.page(), criteria.pageSize(),
				totalPages);
	}

	/**
	 * One page of what matches, with the number of matches counted in the same query.
	 * Only a page past the last one needs a second query to count them.
	 */
	private SearchResults page(SearchCriteria criteria, CharSequence where, Map<String, Object> params, boolean fuzzy,
			LocalDate today, Instant hideBefore) {
		String order = switch (criteria.sort()) {
			case RELEVANCE -> (criteria.keywords() == null) ? "published_at desc, id"
					: fuzzy ? "word_similarity(:q, search_text) desc, published_at desc, id"
							: "ts_rank_cd(search, websearch_to_tsquery('english', :q)) desc, published_at desc, id";
			case NEWEST -> "published_at desc, id";
			case CLOSING -> "closes_on asc nulls last, published_at desc, id";
		};
		params.put("limit", criteria.pageSize());
		params.put("offset", (long) (criteria.page() - 1) * criteria.pageSize());
		long[] total = { -1 };
		// The matches are found and counted from the narrow columns the listing index
		// holds;
		// only the page's rows are then read whole.
		List<Opportunity> page = this.jdbc
			.sql("with found as (select id, count(*) over () as matches from opportunity" + where + " order by " + order
					+ " limit :limit offset :offset) select " + COLUMNS
					+ ", matches from found join opportunity using (id) order by " + order)
			.params(params)
			.query((rs, row) -> {
				total[0] = rs.getLong("matches");
				return map(rs, row);
			})
			.list();
		if (page.isEmpty()) {
			total[0] = (criteria.page() == 1) ? 0 : count(where, params);
		}
		int totalPages = (int) Math.max(1, (total[0] + criteria.pageSize() - 1) / criteria.pageSize());
		Instant now = hideBefore.plus(Opportunity.RECONFIRM_GRACE);
		return new SearchResults(page.stream().map((o) -> o.view(today, now)).toList(), total[0], criteria.page(),
				criteria.pageSize(), totalPages);
	}

	/**
	 * What fits one young person, best first. Matched against the copy of the published
	 * opportunities held in memory, among those that reach their region or their council
	 * ({@link Reach}); only the page's rows are read.
	 */
	public SearchResults fitting(FitCriteria fit, int page, int pageSize, LocalDate today, Instant hideBefore) {
		PublishedListing.Copy copy = this.listing.current();
		int[] fits = copy.reach().fitting(fit, today, hideBefore);
		int from = Math.min(fits.length, (page - 1) * pageSize);
		List<UUID> ids = new ArrayList<>();
		for (int k = from; k < Math.min(fits.length, from + pageSize); k++) {
			ids.add(copy.rows().get(fits[k]).id());
		}
		int totalPages = (int) Math.max(1, (fits.length + pageSize - 1) / pageSize);
		return new SearchResults(viewsOf(ids, today, hideBefore), fits.length, page, pageSize, totalPages);
	}

	/**
	 * The open opportunities that fit one young person, best first for a coordinator
	 * matching them: those of their interests, those only for their council or region,
	 * those closing soon, quality internships, and those that remove barriers rank
	 * higher. Ranked against the copy of the published opportunities held in memory.
	 * @return how many fit, and the best {@code limit} of them
	 */
	public Recommended recommended(FitCriteria fit, int limit, LocalDate today, Instant hideBefore) {
		Set<String> types = fit.types().stream().map(Enum::name).collect(Collectors.toSet());
		Set<String> categories = fit.categories().stream().map(Enum::name).collect(Collectors.toSet());
		LocalDate soon = today.plusDays(SearchCriteria.CLOSING_SOON_DAYS);
		List<PublishedListing.Listed> fits = new ArrayList<>();
		PublishedListing.Copy copy = this.listing.current();
		for (int place : copy.reach().reaching(fit)) {
			PublishedListing.Listed listed = copy.rows().get(place);
			if (listed.isOpen(today, hideBefore) && (fit.confirmed() || !listed.confirmedOnly())
					&& listed.fit().fits(fit.age(), fit.region(), fit.council())) {
				fits.add(listed);
			}
		}
		// Each is scored once; sorting the score with the position in the copy (newest
		// first) keeps the newest first among equals.
		long[] keys = new long[fits.size()];
		for (int i = 0; i < keys.length; i++) {
			PublishedListing.Listed listed = fits.get(i);
			int score = (types.contains(listed.type()) ? 3 : 0) + (categories.contains(listed.category()) ? 2 : 0)
					+ switch (listed.scope()) {
						case "COUNCILS" -> listed.fit().councils().contains(fit.council()) ? 2 : 1;
						case "REGIONS" -> 1;
						default -> 0;
					} + ((listed.closesOn() != null && !listed.closesOn().isAfter(soon)) ? 1 : 0)
					+ (listed.qualityInternship() ? 1 : 0) + ((listed.barriersRemoved() > 0) ? 1 : 0);
			keys[i] = ((long) (MOST_SCORE - score) << 32) | i;
		}
		Arrays.sort(keys);
		// A few more than asked for, read again, so that any closed or hidden since the
		// copy
		// was read are left out and the list is still full.
		List<UUID> best = new ArrayList<>();
		for (int i = 0; i < Math.min(limit + 10, keys.length); i++) {
			best.add(fits.get((int) keys[i]).id());
		}
		return new Recommended(fits.size(),
				viewsOf(best, today, hideBefore).stream().filter(OpportunityView::isOpen).limit(limit).toList());
	}

	/** More than any opportunity can score when recommended. */
	private static final int MOST_SCORE = 16;

	/** How many open opportunities fit, and the best of them, best first. */
	public record Recommended(int total, List<OpportunityView> best) {

	}

	/**
	 * The views of these opportunities, in this order; any no longer there are left out.
	 */
	private List<OpportunityView> viewsOf(List<UUID> ids, LocalDate today, Instant hideBefore) {
		Map<UUID, Opportunity> read = new HashMap<>();
		if (!ids.isEmpty()) {
			this.jdbc.sql("select " + COLUMNS + " from opportunity where id = any(:ids::uuid[])")
				.param("ids", literal(ids.stream().map(UUID::toString).toList()))
				.query(this::map)
				.list()
				.forEach((opportunity) -> read.put(opportunity.id().value(), opportunity));
		}
		Instant now = hideBefore.plus(Opportunity.RECONFIRM_GRACE);
		return ids.stream().map(read::get).filter(Objects::nonNull).map((o) -> o.view(today, now)).toList();
	}

	public SearchResults fittingInDatabase(FitCriteria fit, int page, int pageSize, LocalDate today,
			Instant hideBefore) {
		Map<String, Object> params = new HashMap<>();
		params.put("today", today);
		params.put("hideBefore", utc(hideBefore));
		params.putAll(youngPerson(fit, this.places.localAuthorities()));
		params.put("confirmed", fit.confirmed());
		params.put("types", names(fit.types()));
		params.put("categories", names(fit.categories()));
		params.put("limit", pageSize);
		params.put("offset", (page - 1) * pageSize);
		// The total comes with the page (a window over every row that fits), so one query
		// answers both. What fits is found and counted from the listing index; only the
		// page's rows are then read whole.
		String order = """
				order by (case when type = any(:types::text[]) then 2 else 0 end
				  + case when category = any(:categories::text[]) then 1 else 0 end) desc,
				  case scope when 'COUNCILS' then 0 when 'REGIONS' then 1 else 2 end, published_at desc, id
				""";
		List<Object[]> rows = this.jdbc
			.sql("with found as (select id, count(*) over () as total from opportunity o, " + YOUNG_PERSON + " where "
					+ PUBLICLY_OPEN + " and (" + FITS + ") and (:confirmed or not o.confirmed_only) " + order
					+ " limit :limit offset :offset) select " + COLUMNS
					+ ", total from found join opportunity using (id) " + order)
			.params(params)
			.query((rs, i) -> new Object[] { map(rs, i), rs.getLong("total") })
			.list();
		long total = rows.isEmpty() ? 0 : (long) rows.get(0)[1];
		int totalPages = (int) Math.max(1, (total + pageSize - 1) / pageSize);
		Instant now = hideBefore.plus(Opportunity.RECONFIRM_GRACE);
		return new SearchResults(rows.stream().map((row) -> ((Opportunity) row[0]).view(today, now)).toList(), total,
				page, pageSize, totalPages);
	}

	/**
	 * The parameters of {@link #FITS}'s young person, as For you binds them: their age,
	 * the region they live in as an array of one, and the councils whose own
	 * opportunities reach them.
	 * @param councils every council, with its region
	 */
	public static Map<String, Object> youngPerson(FitCriteria fit, Collection<LocalAuthority> councils) {
		return Map.of("age", fit.age(), "region", literal(List.of(fit.region().value())), "councils",
				literal(FitRule.councilsReaching(fit.region(), fit.council(), councils)
					.stream()
					.map((id) -> String.valueOf(id.value()))
					.toList()));
	}

	/**
	 * Closes published opportunities whose closing date has passed. Rows another instance
	 * is closing at the same moment are skipped, not waited for.
	 */
	public int closePastClosingDate(LocalDate today) {
		this.recentSearches.forget();
		return this.jdbc.sql("""
				update opportunity set status = 'CLOSED' where id in (
				  select id from opportunity where status = 'PUBLISHED' and closes_on < :today
				  for update skip locked)
				""").param("today", today).update();
	}

	/**
	 * Takes one place of an opportunity that counts its places, closing it when none are
	 * left. One statement, so starts made at the same moment each take a place and the
	 * count never goes below zero.
	 * @return the places left, or empty when it does not count places
	 */
	public Optional<Integer> takePlace(UUID id) {
		this.recentSearches.forget();
		return this.jdbc.sql("""
				update opportunity set places = greatest(places - 1, 0),
				  status = case when places <= 1 and status = 'PUBLISHED' then 'CLOSED' else status end
				where id = :id and places is not null
				returning places
				""").param("id", id).query(Integer.class).optional();
	}

	/** Gives one place back to an opportunity that counts its places. */
	public Optional<Integer> givePlaceBack(UUID id) {
		this.recentSearches.forget();
		return this.jdbc
			.sql("update opportunity set places = places + 1 where id = :id and places is not null"
					+ " returning places")
			.param("id", id)
			.query(Integer.class)
			.optional();
	}

	/**
	 * Closes an organisation's published opportunities and withdraws those waiting for
	 * review.
	 */
	public int closeAllOf(SignatoryId signatory) {
		this.recentSearches.forget();
		return this.jdbc.sql("""
				update opportunity set status = case when status = 'PUBLISHED' then 'CLOSED' else 'DRAFT' end
				where signatory_id = :signatory and status in ('PUBLISHED', 'SUBMITTED')
				""").param("signatory", signatory.value()).update();
	}

	/**
	 * Asks for re-confirmation of open-ended opportunities last confirmed before the
	 * cut-off; returns the ids asked about.
	 */
	public List<UUID> requestReconfirmation(Instant confirmedBefore, Instant now) {
		this.recentSearches.forget();
		return this.jdbc.sql("""
				update opportunity set reconfirm_requested_at = :now where id in (
				  select id from opportunity where status = 'PUBLISHED' and closes_on is null
				    and reconfirm_requested_at is null and confirmed_at < :cutoff
				  for update skip locked)
				returning id
				""").param("now", utc(now)).param("cutoff", utc(confirmedBefore)).query(UUID.class).list();
	}

	public void insert(Opportunity o) {
		this.recentSearches.forget();
		this.jdbc.sql("insert into opportunity (" + COLUMNS + ") values (:id, :signatory, :organisationName, :title,"
				+ " :summary, :description, :type, :category, :outcomes::text[], :scope, :regions::varchar[],"
				+ " :councils::integer[], :ageFrom, :ageTo, :otherConditions, :places, :opensOn, :closesOn, :startsOn,"
				+ " :takeUp, :applyUrl, :accessCode, :travelPaid, :clothingProvided, :guaranteedInterview,"
				+ " :applyWithAdviser, :lasts12Weeks, :paidLivingWage, :hasMentor, :certifiedSkills, :routeToJob,"
				+ " :status, :returnedReason, :createdAt, :submittedAt, :publishedAt, :confirmedAt,"
				+ " :reconfirmRequestedAt, :demo, :takenDownReason, :takenDownAt, :takenDownBy, :takenDownFrom, :confirmedOnly)")
			.params(params(o))
			.update();
	}

	public void update(Opportunity o) {
		this.recentSearches.forget();
		this.jdbc.sql("""
				update opportunity set organisation_name = :organisationName, title = :title, summary = :summary,
				  description = :description, type = :type, category = :category, outcomes = :outcomes::text[],
				  scope = :scope, regions = :regions::varchar[], councils = :councils::integer[], age_from = :ageFrom,
				  age_to = :ageTo, other_conditions = :otherConditions, places = :places, opens_on = :opensOn,
				  closes_on = :closesOn, starts_on = :startsOn, take_up = :takeUp, apply_url = :applyUrl,
				  access_code = :accessCode, travel_paid = :travelPaid, clothing_provided = :clothingProvided,
				  guaranteed_interview = :guaranteedInterview, apply_with_adviser = :applyWithAdviser,
				  lasts_12_weeks = :lasts12Weeks, paid_living_wage = :paidLivingWage, has_mentor = :hasMentor,
				  certified_skills = :certifiedSkills, route_to_job = :routeToJob, status = :status,
				  returned_reason = :returnedReason, submitted_at = :submittedAt, published_at = :publishedAt,
				  confirmed_at = :confirmedAt, reconfirm_requested_at = :reconfirmRequestedAt,
				  taken_down_reason = :takenDownReason, taken_down_at = :takenDownAt, taken_down_by = :takenDownBy,
				  taken_down_from = :takenDownFrom, confirmed_only = :confirmedOnly
				where id = :id
				""").params(params(o)).update();
	}

	private static Map<String, Object> params(Opportunity o) {
		OpportunityDetails d = o.details;
		Map<String, Object> p = new HashMap<>();
		p.put("id", o.id);
		p.put("signatory", o.signatory.value());
		p.put("organisationName", o.organisationName);
		p.put("title", d.title().trim());
		p.put("summary", d.summary().trim());
		p.put("description", d.description().trim());
		p.put("type", d.type().name());
		p.put("category", d.category().name());
		p.put("outcomes", names(d.outcomes()));
		p.put("scope", d.scope().name());
		p.put("regions",
				(d.scope() == Scope.REGIONS) ? literal(d.regions().stream().map(RegionCode::value).toList()) : "{}");
		p.put("councils", (d.scope() == Scope.COUNCILS)
				? literal(d.councils().stream().map((c) -> String.valueOf(c.value())).toList()) : "{}");
		p.put("ageFrom", d.ageFrom());
		p.put("ageTo", d.ageTo());
		p.put("otherConditions", blankToNull(d.otherConditions()));
		p.put("places", d.places());
		p.put("opensOn", d.opensOn());
		p.put("closesOn", d.closesOn());
		p.put("startsOn", d.startsOn());
		p.put("takeUp", d.takeUp().name());
		p.put("applyUrl", (d.takeUp() == TakeUpRoute.LINK) ? d.applyUrl().trim() : null);
		p.put("accessCode", (d.takeUp() == TakeUpRoute.CODE) ? d.accessCode().trim() : null);
		p.put("travelPaid", d.barriers().travelPaid());
		p.put("clothingProvided", d.barriers().clothingProvided());
		p.put("guaranteedInterview", d.barriers().guaranteedInterview());
		p.put("applyWithAdviser", d.barriers().applyWithAdviser());
		p.put("lasts12Weeks", d.internship().lastsTwelveWeeks());
		p.put("paidLivingWage", d.internship().paidLivingWage());
		p.put("hasMentor", d.internship().hasMentor());
		p.put("certifiedSkills", d.internship().certifiedSkills());
		p.put("routeToJob", d.internship().routeToJob());
		p.put("confirmedOnly", d.confirmedOnly());
		p.put("status", o.status.name());
		p.put("returnedReason", o.returnedReason);
		p.put("createdAt", utc(o.createdAt));
		p.put("submittedAt", utc(o.submittedAt));
		p.put("publishedAt", utc(o.publishedAt));
		p.put("confirmedAt", utc(o.confirmedAt));
		p.put("reconfirmRequestedAt", utc(o.reconfirmRequestedAt));
		p.put("demo", o.demo);
		p.put("takenDownReason", o.takenDownReason);
		p.put("takenDownAt", utc(o.takenDownAt));
		p.put("takenDownBy", (o.takenDownBy != null) ? o.takenDownBy.value() : null);
		p.put("takenDownFrom", (o.takenDownFrom != null) ? o.takenDownFrom.name() : null);
		return p;
	}

	private Opportunity map(ResultSet rs, int row) throws SQLException {
		Opportunity o = new Opportunity(rs.getObject("id", UUID.class),
				new SignatoryId(rs.getObject("signatory_id", UUID.class)));
		o.organisationName = rs.getString("organisation_name");
		Set<Outcome> outcomes = strings(rs.getArray("outcomes")).stream()
			.map(Outcome::valueOf)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		List<RegionCode> regions = strings(rs.getArray("regions")).stream().map(RegionCode::new).toList();
		Array councilArray = rs.getArray("councils");
		List<LocalAuthorityId> councils = (councilArray != null)
				? Arrays.stream((Integer[]) councilArray.getArray()).map(LocalAuthorityId::new).toList() : List.of();
		String takeUp = rs.getString("take_up");
		o.details = new OpportunityDetails(rs.getString("title"), rs.getString("summary"), rs.getString("description"),
				OpportunityType.valueOf(rs.getString("type")), Category.valueOf(rs.getString("category")), outcomes,
				Scope.valueOf(rs.getString("scope")), regions, councils, rs.getInt("age_from"), rs.getInt("age_to"),
				rs.getString("other_conditions"), rs.getObject("places", Integer.class),
				rs.getObject("opens_on", LocalDate.class), rs.getObject("closes_on", LocalDate.class),
				rs.getObject("starts_on", LocalDate.class), TakeUpRoute.valueOf(takeUp), rs.getString("apply_url"),
				rs.getString("access_code"),
				new Barriers(rs.getBoolean("travel_paid"), rs.getBoolean("clothing_provided"),
						rs.getBoolean("guaranteed_interview"), rs.getBoolean("apply_with_adviser")),
				new InternshipFacts(rs.getBoolean("lasts_12_weeks"), rs.getBoolean("paid_living_wage"),
						rs.getBoolean("has_mentor"), rs.getBoolean("certified_skills"), rs.getBoolean("route_to_job")),
				rs.getBoolean("confirmed_only"));
		o.status = Status.valueOf(rs.getString("status"));
		o.returnedReason = rs.getString("returned_reason");
		o.createdAt = instant(rs.getTimestamp("created_at"));
		o.submittedAt = instant(rs.getTimestamp("submitted_at"));
		o.publishedAt = instant(rs.getTimestamp("published_at"));
		o.confirmedAt = instant(rs.getTimestamp("confirmed_at"));
		o.reconfirmRequestedAt = instant(rs.getTimestamp("reconfirm_requested_at"));
		o.demo = rs.getBoolean("demo");
		o.takenDownReason = rs.getString("taken_down_reason");
		o.takenDownAt = instant(rs.getTimestamp("taken_down_at"));
		UUID takenDownBy = rs.getObject("taken_down_by", UUID.class);
		o.takenDownBy = (takenDownBy != null) ? new AccountId(takenDownBy) : null;
		String takenDownFrom = rs.getString("taken_down_from");
		o.takenDownFrom = (takenDownFrom != null) ? Status.valueOf(takenDownFrom) : null;
		return o;
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

	private static String names(Collection<? extends Enum<?>> values) {
		return literal(values.stream().map(Enum::name).sorted().toList());
	}

	/**
	 * A PostgreSQL array literal of values that need no quoting (names, codes, numbers).
	 */
	private static String literal(List<String> values) {
		return "{" + String.join(",", values) + "}";
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	private static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : null;
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
