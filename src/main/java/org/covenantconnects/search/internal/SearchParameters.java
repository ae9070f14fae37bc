package org.covenantconnects.search.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import org.covenantconnects.opportunity.Category;
import org.covenantconnects.opportunity.OpportunityDetails.Problem;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.opportunity.Outcome;
import org.covenantconnects.opportunity.SearchCriteria;
import org.covenantconnects.opportunity.SearchSort;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.RegionCode;

/**
 * A search as typed into the address: the query parameters of both the search page and
 * the API. Every value is kept as text so that nothing typed can fail before it is
 * checked; {@link #check(Places, int)} turns it into {@link SearchCriteria} or says what
 * is wrong.
 */
@SuppressFBWarnings(value = "UWF_FIELD_NOT_INITIALIZED_IN_CONSTRUCTOR",
		justification = "Filled by data binding from the query string; check() reads each field only after testing it")
public class SearchParameters {

	/** The words of the {@code only} parameter. */
	public static final String NATIONAL = "national", QUALITY_INTERNSHIP = "quality-internship",
			CLOSING_SOON = "closing-soon";

	private static final int MAX_KEYWORDS = 200;

	private String q;

	private String region;

	private String council;

	private List<String> category = new ArrayList<>();

	private List<String> outcome = new ArrayList<>();

	private List<String> type = new ArrayList<>();

	private List<String> only = new ArrayList<>();

	private String sort;

	private String page;

	/**
	 * The criteria, or the problems with what was typed (then the criteria are empty).
	 */
	public record Checked(SearchCriteria criteria, List<Problem> problems) {

		public boolean isValid() {
			return this.problems.isEmpty();
		}

	}

	public Checked check(Places places, int pageSize) {
		List<Problem> problems = new ArrayList<>();
		String keywords = (this.q == null || this.q.isBlank()) ? null : this.q.trim();
		if (keywords != null && keywords.length() > MAX_KEYWORDS) {
			problems.add(new Problem("q", "Search words must be " + MAX_KEYWORDS + " characters or fewer"));
		}
		else if (keywords != null && keywords.codePoints().noneMatch(Character::isLetterOrDigit)) {
			problems.add(new Problem("q", "Enter words or numbers to search for, not only symbols"));
		}
		RegionCode regionCode = null;
		if (hasText(this.region)) {
			regionCode = places.regions()
				.stream()
				.filter((r) -> r.code().value().equals(this.region.trim()) || r.slug().equals(this.region.trim()))
				.map((r) -> r.code())
				.findFirst()
				.orElse(null);
			if (regionCode == null) {
				problems.add(new Problem("region", "Select a region from the list"));
			}
		}
		LocalAuthorityId councilId = null;
		if (hasText(this.council)) {
			councilId = places.localAuthorities()
				.stream()
				.filter((c) -> String.valueOf(c.id().value()).equals(this.council.trim())
						|| c.slug().equals(this.council.trim()))
				.map((c) -> c.id())
				.findFirst()
				.orElse(null);
			if (councilId == null) {
				problems.add(new Problem("council", "Select a council from the list"));
			}
		}
		Set<Category> categories = enums(this.category, Category.class, "category", "Select categories from the list",
				problems);
		Set<Outcome> outcomes = enums(this.outcome, Outcome.class, "outcome", "Select outcomes from the list",
				problems);
		Set<OpportunityType> types = enums(this.type, OpportunityType.class, "type",
				"Select types of opportunity from the list", problems);
		for (String word : this.only) {
			if (!List.of(NATIONAL, QUALITY_INTERNSHIP, CLOSING_SOON).contains(word)) {
				problems.add(new Problem("only", "Select options from the list"));
				break;
			}
		}
		SearchSort searchSort = null;
		if (hasText(this.sort)) {
			searchSort = parse(this.sort, SearchSort.class).orElse(null);
			if (searchSort == null) {
				problems.add(new Problem("sort", "Select an order from the list"));
			}
		}
		int pageNumber = 1;
		if (hasText(this.page)) {
			try {
				pageNumber = Integer.parseInt(this.page.trim());
			}
			catch (NumberFormatException ex) {
				pageNumber = 0;
			}
			if (pageNumber < 1) {
				problems.add(new Problem("page", "Page must be a whole number, 1 or more"));
			}
		}
		if (!problems.isEmpty()) {
			return new Checked(null, problems);
		}
		return new Checked(new SearchCriteria(keywords, regionCode, councilId, categories, outcomes, types,
				this.only.contains(NATIONAL), this.only.contains(QUALITY_INTERNSHIP), this.only.contains(CLOSING_SOON),
				searchSort, pageNumber, pageSize), problems);
	}

	/**
	 * This search as a query string, without the page, for links to other pages of the
	 * same results; starts with {@code ?}.
	 */
	public String queryWithoutPage() {
		org.springframework.web.util.UriComponentsBuilder uri = org.springframework.web.util.UriComponentsBuilder
			.newInstance();
		add(uri, "q", this.q);
		add(uri, "region", this.region);
		add(uri, "council", this.council);
		this.category.forEach((value) -> add(uri, "category", value));
		this.outcome.forEach((value) -> add(uri, "outcome", value));
		this.type.forEach((value) -> add(uri, "type", value));
		this.only.forEach((value) -> add(uri, "only", value));
		add(uri, "sort", this.sort);
		String query = uri.encode().build().getQuery();
		return "?" + ((query != null) ? query + "&" : "");
	}

	/**
	 * The query of the Atom feed of the same search: every filter and the words, without
	 * the order (the feed is newest first) or the page; empty when there is none.
	 */
	public String feedQuery() {
		org.springframework.web.util.UriComponentsBuilder uri = org.springframework.web.util.UriComponentsBuilder
			.newInstance();
		add(uri, "q", this.q);
		add(uri, "region", this.region);
		add(uri, "council", this.council);
		this.category.forEach((value) -> add(uri, "category", value));
		this.outcome.forEach((value) -> add(uri, "outcome", value));
		this.type.forEach((value) -> add(uri, "type", value));
		this.only.forEach((value) -> add(uri, "only", value));
		String query = uri.encode().build().getQuery();
		return (query != null) ? "?" + query : "";
	}

	/** Whether any filter (not the words) is chosen. */
	public boolean hasFilters() {
		return hasText(this.region) || hasText(this.council) || !this.category.isEmpty() || !this.outcome.isEmpty()
				|| !this.type.isEmpty() || !this.only.isEmpty();
	}

	private static void add(org.springframework.web.util.UriComponentsBuilder uri, String name, String value) {
		if (hasText(value)) {
			uri.queryParam(name, value.trim());
		}
	}

	private static <E extends Enum<E>> Set<E> enums(List<String> values, Class<E> type, String field, String message,
			List<Problem> problems) {
		Set<E> chosen = EnumSet.noneOf(type);
		for (String value : values) {
			if (!hasText(value)) {
				continue;
			}
			Optional<E> parsed = parse(value, type);
			if (parsed.isEmpty()) {
				problems.add(new Problem(field, message));
				return chosen;
			}
			chosen.add(parsed.get());
		}
		return chosen;
	}

	private static <E extends Enum<E>> Optional<E> parse(String value, Class<E> type) {
		Function<String, String> normal = (text) -> text.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(normal.apply(value))) {
				return Optional.of(constant);
			}
		}
		return Optional.empty();
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public String getRegion() {
		return this.region;
	}

	public void setRegion(String region) {
		this.region = region;
	}

	public String getCouncil() {
		return this.council;
	}

	public void setCouncil(String council) {
		this.council = council;
	}

	public List<String> getCategory() {
		return this.category;
	}

	public void setCategory(List<String> category) {
		this.category = (category != null) ? category : new ArrayList<>();
	}

	public List<String> getOutcome() {
		return this.outcome;
	}

	public void setOutcome(List<String> outcome) {
		this.outcome = (outcome != null) ? outcome : new ArrayList<>();
	}

	public List<String> getType() {
		return this.type;
	}

	public void setType(List<String> type) {
		this.type = (type != null) ? type : new ArrayList<>();
	}

	public List<String> getOnly() {
		return this.only;
	}

	public void setOnly(List<String> only) {
		this.only = (only != null) ? only : new ArrayList<>();
	}

	public String getSort() {
		return this.sort;
	}

	public void setSort(String sort) {
		this.sort = sort;
	}

	public String getPage() {
		return this.page;
	}

	public void setPage(String page) {
		this.page = page;
	}

}
