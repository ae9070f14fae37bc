package org.covenantconnects.search.oruk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.covenantconnects.opportunity.Category;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.opportunity.OpportunityDetails;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.opportunity.OpportunityView;
import org.covenantconnects.opportunity.SearchCriteria;
import org.covenantconnects.opportunity.SearchResults;
import org.covenantconnects.opportunity.SearchSort;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.Region;
import org.covenantconnects.signatory.Signatories;
import org.covenantconnects.signatory.SignatoryId;
import org.covenantconnects.signatory.SignatorySummary;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Published opportunities and the organisations that offer them as an Open Referral UK
 * (version 3) API, so that councils' and partners' directories can take them in (ADR
 * 049). Read-only, open to everyone, and only what the public pages already show.
 */
@RestController
@RequestMapping(path = "/api/oruk", produces = "application/json")
@Tag(name = "Open Referral UK", description = "Opportunities as Open Referral UK (HSDS 3) services")
class OpenReferralApi {

	static final int DEFAULT_PER_PAGE = 50;

	static final int MOST_PER_PAGE = 100;

	private static final int MAX_SEARCH = 200;

	private static final int OLDEST_AGE = 150;

	private static final Pattern AGE = Pattern.compile("\\d{1,3}(\\.\\d{1,6})?");

	private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

	private final Opportunities opportunities;

	private final Signatories signatories;

	private final Places places;

	private final String baseUrl;

	OpenReferralApi(Opportunities opportunities, Signatories signatories, Places places,
			@Value("${connects.base-url}") String baseUrl) {
		this.opportunities = opportunities;
		this.signatories = signatories;
		this.places = places;
		this.baseUrl = baseUrl;
	}

	@GetMapping({ "", "/" })
	@Operation(summary = "Which version of Open Referral UK this API follows")
	ResponseEntity<OrukJson.ApiInfo> info() {
		return cached(new OrukJson.ApiInfo("3.0", "https://openreferraluk.org/", this.baseUrl + "/v3/api-docs"));
	}

	@GetMapping("/services")
	@Operation(summary = "Open opportunities as services, newest first, or most relevant first with search words",
			description = "search: words to look for; taxonomy_term_id: a term of /api/oruk/taxonomy_terms "
					+ "(a category or a kind of opportunity), repeatable; minimum_age: only services whose "
					+ "minimum age is at least this; maximum_age: only services whose maximum age is at most "
					+ "this; page: from 1; per_page: 1 to 100, 50 unless given.")
	ResponseEntity<OrukJson.Page<OrukJson.Service>> services(@RequestParam(required = false) String search,
			@RequestParam(name = "taxonomy_term_id", required = false) List<String> terms,
			@RequestParam(name = "minimum_age", required = false) String minimumAge,
			@RequestParam(name = "maximum_age", required = false) String maximumAge,
			@RequestParam(required = false) String page,
			@RequestParam(name = "per_page", required = false) String perPage) {
		List<String> problems = new ArrayList<>();
		int pageNumber = number(page, "page", 1, Integer.MAX_VALUE, 1, problems);
		int size = number(perPage, "per_page", 1, MOST_PER_PAGE, DEFAULT_PER_PAGE, problems);
		BigDecimal youngest = age(minimumAge, "minimum_age", problems);
		BigDecimal oldest = age(maximumAge, "maximum_age", problems);
		if (youngest != null && oldest != null && youngest.compareTo(oldest) > 0) {
			problems.add("minimum_age must not be more than maximum_age");
		}
		String keywords = (search == null || search.isBlank()) ? null : search.trim();
		if (keywords != null
				&& (keywords.length() > MAX_SEARCH || keywords.codePoints().noneMatch(Character::isLetterOrDigit))) {
			problems.add("search must be words or numbers, " + MAX_SEARCH + " characters or fewer");
		}
		Set<Category> categories = new java.util.HashSet<>();
		Set<OpportunityType> types = new java.util.HashSet<>();
		for (String term : (terms != null) ? terms : List.<String>of()) {
			Optional<Category> category = OrukTaxonomy.category(term.trim());
			Optional<OpportunityType> type = OrukTaxonomy.type(term.trim());
			category.ifPresent(categories::add);
			type.ifPresent(types::add);
			if (category.isEmpty() && type.isEmpty()) {
				problems.add("taxonomy_term_id " + term + " is not a term of /api/oruk/taxonomy_terms");
			}
		}
		if (!problems.isEmpty()) {
			throw new BadRequestException(problems);
		}
		SearchResults results = this.opportunities
			.search(new SearchCriteria(keywords, null, null, categories, null, types, false, false, false,
					(keywords != null) ? SearchSort.RELEVANCE : SearchSort.NEWEST, pageNumber, size)
				// Ages are whole years: a minimum of at least 17.5 is one of 18 or more.
				.withAges((youngest != null) ? youngest.setScale(0, RoundingMode.CEILING).intValueExact() : null,
						(oldest != null) ? oldest.setScale(0, RoundingMode.FLOOR).intValueExact() : null));
		return cached(OrukJson.Page.of(results.items().stream().map((o) -> service(o, false)).toList(), results.total(),
				pageNumber, size));
	}

	@GetMapping("/services/{id}")
	@Operation(summary = "One published opportunity as a service, with its organisation, areas and terms")
	ResponseEntity<OrukJson.Service> service(
			@Parameter(description = "The opportunity's id (a UUID)") @PathVariable String id) {
		return cached(OpportunityId.parse(id)
			.flatMap(this.opportunities::findPublic)
			.map((o) -> service(o, true))
			.orElseThrow(() -> new NotFoundException("There is no published service with the id " + id)));
	}

	@GetMapping("/organizations")
	@Operation(summary = "The organisations that have signed the Care Leaver Covenant, by name")
	ResponseEntity<OrukJson.Page<OrukJson.Organization>> organizations(@RequestParam(required = false) String page,
			@RequestParam(name = "per_page", required = false) String perPage) {
		List<String> problems = new ArrayList<>();
		int pageNumber = number(page, "page", 1, Integer.MAX_VALUE, 1, problems);
		int size = number(perPage, "per_page", 1, MOST_PER_PAGE, DEFAULT_PER_PAGE, problems);
		if (!problems.isEmpty()) {
			throw new BadRequestException(problems);
		}
		long offset = (long) (pageNumber - 1) * size;
		List<OrukJson.Organization> contents = (offset > Integer.MAX_VALUE) ? List.of()
				: this.signatories.signed((int) offset, size)
					.stream()
					.map((signatory) -> organization(signatory, null))
					.toList();
		return cached(OrukJson.Page.of(contents, this.signatories.countSigned(), pageNumber, size));
	}

	@GetMapping("/organizations/{id}")
	@Operation(summary = "One signatory organisation with its open opportunities as services")
	ResponseEntity<OrukJson.Organization> organization(
			@Parameter(description = "The organisation's id (a UUID)") @PathVariable String id) {
		SignatorySummary signatory = uuid(id).map(SignatoryId::new)
			.flatMap(this.signatories::find)
			.filter(SignatorySummary::isSigned)
			.orElseThrow(() -> new NotFoundException("There is no signatory organisation with the id " + id));
		List<OrukJson.Service> services = this.opportunities.openOf(signatory.id())
			.stream()
			.map((o) -> service(o, false))
			.toList();
		return cached(organization(signatory, services));
	}

	@GetMapping("/taxonomies")
	@Operation(summary = "The service's two taxonomies: categories and kinds of opportunity")
	ResponseEntity<OrukJson.Page<OrukJson.Taxonomy>> taxonomies() {
		List<OrukJson.Taxonomy> all = OrukTaxonomy.taxonomies(this.baseUrl);
		return cached(OrukJson.Page.of(all, all.size(), 1, all.size()));
	}

	@GetMapping("/taxonomy_terms")
	@Operation(summary = "Every category and kind of opportunity, to filter services by")
	ResponseEntity<OrukJson.Page<OrukJson.TaxonomyTerm>> taxonomyTerms() {
		List<OrukJson.TaxonomyTerm> all = OrukTaxonomy.terms();
		return cached(OrukJson.Page.of(all, all.size(), 1, all.size()));
	}

	private OrukJson.Service service(OpportunityView opportunity, boolean full) {
		OpportunityDetails details = opportunity.details();
		String id = opportunity.id().toString();
		String description = (details.otherConditions() != null && !details.otherConditions().isBlank())
				? details.description() + "\n\nWho can take part: " + details.otherConditions() : details.description();
		OrukJson.Organization organization = this.signatories.find(opportunity.signatory())
			.map((signatory) -> organization(signatory, null))
			.orElse(null);
		return new OrukJson.Service(id, opportunity.signatory().value().toString(), details.title(), description,
				this.baseUrl + "/opportunities/" + id, opportunity.isOpen() ? "active" : "inactive", details.ageFrom(),
				details.ageTo(), opportunity.publishedAt(), organization, full ? serviceAreas(opportunity) : null,
				full ? attributes(opportunity) : null);
	}

	/**
	 * Where it is available: England, each region (named by its ONS code), or for the
	 * care leavers of each council.
	 */
	private List<OrukJson.ServiceArea> serviceAreas(OpportunityView opportunity) {
		OpportunityDetails details = opportunity.details();
		String service = opportunity.id().toString();
		return switch (details.scope()) {
			case NATIONAL -> List.of(new OrukJson.ServiceArea(OrukTaxonomy.fixedId("area:" + service + ":E92000001"),
					service, "England", "Available to care leavers anywhere in England",
					"http://statistics.data.gov.uk/id/statistical-geography/E92000001"));
			case REGIONS -> details.regions()
				.stream()
				.map((code) -> new OrukJson.ServiceArea(OrukTaxonomy.fixedId("area:" + service + ":" + code.value()),
						service, this.places.region(code).map(Region::name).orElse(code.value()),
						"Available to care leavers in this region",
						"http://statistics.data.gov.uk/id/statistical-geography/" + code.value()))
				.toList();
			case COUNCILS -> details.councils()
				.stream()
				.map((council) -> new OrukJson.ServiceArea(
						OrukTaxonomy.fixedId("area:" + service + ":council:" + council.value()), service,
						this.places.localAuthority(council)
							.map(LocalAuthority::name)
							.orElse("Council " + council.value()),
						"Available to care leavers whom this council looked after", null))
				.toList();
		};
	}

	private List<OrukJson.Attribute> attributes(OpportunityView opportunity) {
		String service = opportunity.id().toString();
		OrukJson.TaxonomyTerm category = OrukTaxonomy.term(opportunity.details().category());
		OrukJson.TaxonomyTerm type = OrukTaxonomy.term(opportunity.details().type());
		return List.of(
				new OrukJson.Attribute(OrukTaxonomy.fixedId("attribute:" + service + ":" + category.id()), service,
						"service", "service", category.id(), category),
				new OrukJson.Attribute(OrukTaxonomy.fixedId("attribute:" + service + ":" + type.id()), service,
						"service", "service", type.id(), type));
	}

	private OrukJson.Organization organization(SignatorySummary signatory, List<OrukJson.Service> services) {
		String where = signatory.national() ? "anywhere in England"
				: String.join(", ",
						signatory.regions()
							.stream()
							.map((code) -> this.places.region(code).map(Region::name).orElse(code.value()))
							.toList());
		String description = signatory.name() + " is a " + signatory.sector().label().toLowerCase(java.util.Locale.UK)
				+ " sector organisation that has signed the Care Leaver Covenant"
				+ (where.isEmpty() ? "." : ", offering opportunities to care leavers "
						+ (signatory.national() ? "" : "in ") + where + ".");
		return new OrukJson.Organization(signatory.id().value().toString(), signatory.name(), description,
				signatory.website(), this.baseUrl + "/signatories/" + signatory.slug(), services);
	}

	private static <T> ResponseEntity<T> cached(T body) {
		return ResponseEntity.ok().cacheControl(CACHE).body(body);
	}

	private static int number(String typed, String name, int least, int most, int otherwise, List<String> problems) {
		if (typed == null || typed.isBlank()) {
			return otherwise;
		}
		try {
			int value = Integer.parseInt(typed.trim());
			if (value >= least && value <= most) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		problems.add(
				name + " must be a whole number from " + least + ((most == Integer.MAX_VALUE) ? " up" : " to " + most));
		return otherwise;
	}

	/**
	 * An age in years to filter by, as the standard's number: whole or not, from 0 to
	 * {@value #OLDEST_AGE}.
	 */
	private static BigDecimal age(String typed, String name, List<String> problems) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		// Digits and a point only: an exponent such as 1E-999999999 would cost far more
		// to round than it is worth.
		if (AGE.matcher(typed.trim()).matches()) {
			BigDecimal value = new BigDecimal(typed.trim());
			if (value.compareTo(BigDecimal.valueOf(OLDEST_AGE)) <= 0) {
				return value;
			}
		}
		problems.add(name + " must be an age in years, a number from 0 to " + OLDEST_AGE);
		return null;
	}

	private static Optional<java.util.UUID> uuid(String id) {
		try {
			return Optional.of(java.util.UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** The query had problems; each is reported. */
	static class BadRequestException extends RuntimeException {

		private final List<String> problems;

		BadRequestException(List<String> problems) {
			super(String.join("; ", problems));
			this.problems = List.copyOf(problems);
		}

		List<String> problems() {
			return this.problems;
		}

	}

	static class NotFoundException extends RuntimeException {

		NotFoundException(String message) {
			super(message);
		}

	}

}
