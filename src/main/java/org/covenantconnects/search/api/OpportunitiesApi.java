package org.covenantconnects.search.api;

import java.util.List;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.opportunity.OpportunityDetails;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.opportunity.OpportunityView;
import org.covenantconnects.opportunity.SearchResults;
import org.covenantconnects.opportunity.TakeUpRoute;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.Region;
import org.covenantconnects.search.api.OpportunityJson.Eligibility;
import org.covenantconnects.search.api.OpportunityJson.Named;
import org.covenantconnects.search.api.OpportunityJson.Organisation;
import org.covenantconnects.search.internal.SearchParameters;
import org.covenantconnects.signatory.Signatories;
import org.covenantconnects.signatory.SignatorySummary;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Published opportunities for partners, read-only and open to everyone. */
@RestController
@RequestMapping(path = "/api/opportunities", produces = "application/json")
@Tag(name = "Opportunities", description = "Published opportunities for care leavers")
class OpportunitiesApi {

	private static final int PAGE_SIZE = 50;

	private final Opportunities opportunities;

	private final Signatories signatories;

	private final Places places;

	private final String baseUrl;

	OpportunitiesApi(Opportunities opportunities, Signatories signatories, Places places,
			@Value("${connects.base-url}") String baseUrl) {
		this.opportunities = opportunities;
		this.signatories = signatories;
		this.places = places;
		this.baseUrl = baseUrl;
	}

	@GetMapping
	@Operation(summary = "Search open opportunities",
			description = "The same filters as the search page. q: words to look for (full text, tolerant of typos); "
					+ "region: an ONS region code such as E12000002; council: a council's number or slug; category, "
					+ "outcome, type: repeatable enum names; only: repeatable, national, quality-internship or "
					+ "closing-soon; sort: RELEVANCE, NEWEST or CLOSING; page: from 1. 50 items a page.")
	OpportunityPageJson search(@ParameterObject SearchParameters search) {
		SearchParameters.Checked checked = search.check(this.places, PAGE_SIZE);
		if (!checked.isValid()) {
			throw new InvalidSearchException(checked.problems());
		}
		SearchResults results = this.opportunities.search(checked.criteria());
		return new OpportunityPageJson(results.items().stream().map(this::json).toList(), results.total(),
				results.page(), results.pageSize(), results.totalPages());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One published or closed opportunity")
	OpportunityJson opportunity(@Parameter(description = "The opportunity's id (a UUID)") @PathVariable String id) {
		return OpportunityId.parse(id)
			.flatMap(this.opportunities::findPublic)
			.map(this::json)
			.orElseThrow(() -> new NotFoundException("There is no published opportunity with the id " + id));
	}

	private OpportunityJson json(OpportunityView o) {
		OpportunityDetails d = o.details();
		String slug = this.signatories.find(o.signatory()).map(SignatorySummary::slug).orElse(null);
		List<Named> regions = d.regions()
			.stream()
			.map((code) -> new Named(code.value(), this.places.region(code).map(Region::name).orElse(null)))
			.toList();
		List<Named> councils = d.councils()
			.stream()
			.map((id) -> new Named(String.valueOf(id.value()),
					this.places.localAuthority(id).map(LocalAuthority::name).orElse(null)))
			.toList();
		return new OpportunityJson(o.id().toString(), this.baseUrl + "/opportunities/" + o.id(), d.title(), d.summary(),
				d.description(), new Named(d.type().name(), d.type().label()),
				new Named(d.category().name(), d.category().label()),
				d.outcomes().stream().sorted().map((x) -> new Named(x.name(), x.label())).toList(),
				new Named(d.orientation().name(), d.orientation().label()), o.isQualityInternship(),
				new Organisation(o.signatory().toString(), o.organisationName(),
						(slug != null) ? this.baseUrl + "/signatories/" + slug : null),
				d.scope().name(), regions, councils, new Eligibility(d.ageFrom(), d.ageTo(), d.otherConditions()),
				d.places(), d.opensOn(), d.closesOn(), d.startsOn(), new Named(d.takeUp().name(), d.takeUp().label()),
				(d.takeUp() == TakeUpRoute.LINK) ? d.applyUrl() : null, d.barriers().described(),
				o.isOpen() ? "OPEN" : "CLOSED", o.publishedAt());
	}

	/** The search parameters had problems; each is reported. */
	@SuppressFBWarnings(value = "SE_BAD_FIELD",
			justification = "Thrown and answered within one request; never serialised")
	static class InvalidSearchException extends RuntimeException {

		private final List<OpportunityDetails.Problem> problems;

		InvalidSearchException(List<OpportunityDetails.Problem> problems) {
			super("Invalid search");
			this.problems = problems;
		}

		List<OpportunityDetails.Problem> problems() {
			return this.problems;
		}

	}

	static class NotFoundException extends RuntimeException {

		NotFoundException(String message) {
			super(message);
		}

	}

}
