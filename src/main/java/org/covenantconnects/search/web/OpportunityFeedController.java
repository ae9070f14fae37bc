package org.covenantconnects.search.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.covenantconnects.opportunity.Category;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.opportunity.OpportunityView;
import org.covenantconnects.opportunity.SearchCriteria;
import org.covenantconnects.opportunity.SearchSort;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.Region;
import org.covenantconnects.platform.AtomFeed;
import org.covenantconnects.search.internal.SearchParameters;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * An Atom feed of the newest open opportunities, with the search page's filters (most
 * often a region and a category), for feed readers and partners' sites.
 */
@RestController
class OpportunityFeedController {

	/** How many of the newest opportunities a feed carries. */
	static final int ENTRIES = 50;

	private final Opportunities opportunities;

	private final Places places;

	private final String baseUrl;

	OpportunityFeedController(Opportunities opportunities, Places places,
			@Value("${connects.base-url}") String baseUrl) {
		this.opportunities = opportunities;
		this.places = places;
		this.baseUrl = baseUrl;
	}

	@GetMapping("/opportunities/feed.atom")
	ResponseEntity<?> feed(@ModelAttribute("search") SearchParameters search) {
		SearchParameters.Checked checked = search.check(this.places, ENTRIES);
		if (!checked.isValid()) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					"The feed's filters have problems: "
							+ checked.problems().stream().map((p) -> p.message()).collect(Collectors.joining("; ")));
			problem.setTitle("Invalid feed filters");
			return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		SearchCriteria c = checked.criteria();
		SearchCriteria newest = new SearchCriteria(c.keywords(), c.region(), c.council(), c.categories(), c.outcomes(),
				c.types(), c.nationalOnly(), c.qualityInternship(), c.closingSoon(), SearchSort.NEWEST, 1, ENTRIES);
		List<AtomFeed.Entry> entries = this.opportunities.search(newest).items().stream().map(this::entry).toList();
		String query = search.feedQuery();
		String alternateQuery = query.isEmpty() ? "?sort=NEWEST" : query + "&sort=NEWEST";
		return new AtomFeed(this.baseUrl + "/opportunities/feed.atom" + query, title(c),
				"The newest opportunities for care leavers on Covenant Connects",
				this.baseUrl + "/opportunities/feed.atom" + query, this.baseUrl + "/opportunities" + alternateQuery,
				"Care Leaver Covenant", Instant.EPOCH, entries)
			.response();
	}

	private AtomFeed.Entry entry(OpportunityView opportunity) {
		String page = this.baseUrl + "/opportunities/" + opportunity.id();
		Instant published = (opportunity.publishedAt() != null) ? opportunity.publishedAt() : Instant.EPOCH;
		return new AtomFeed.Entry(page, opportunity.details().title(), published, published,
				opportunity.details().summary() + " (" + opportunity.organisationName() + ")", page,
				List.of(opportunity.details().category().label(), opportunity.details().type().label()));
	}

	/** "New opportunities in the North West: Education and training". */
	private String title(SearchCriteria criteria) {
		StringBuilder title = new StringBuilder("New opportunities");
		if (criteria.council() != null) {
			this.places.localAuthority(criteria.council())
				.map(LocalAuthority::name)
				.ifPresent((name) -> title.append(" for ").append(name));
		}
		else if (criteria.region() != null) {
			this.places.region(criteria.region())
				.map(Region::name)
				.ifPresent((name) -> title.append(" in ").append(name));
		}
		List<String> categories = new ArrayList<>();
		for (Category category : Category.values()) {
			if (criteria.categories().contains(category)) {
				categories.add(category.label());
			}
		}
		if (!categories.isEmpty()) {
			title.append(": ").append(String.join(", ", categories));
		}
		return title.append(" – Covenant Connects").toString();
	}

}
