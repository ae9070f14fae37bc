package org.covenantconnects.search.web;

import java.util.List;

import org.covenantconnects.careleaver.CareLeaverProfile;
import org.covenantconnects.careleaver.CareLeavers;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.covenantconnects.opportunity.Category;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.opportunity.OpportunityPages;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.opportunity.Outcome;
import org.covenantconnects.opportunity.SearchCriteria;
import org.covenantconnects.opportunity.SearchResults;
import org.covenantconnects.opportunity.SearchSort;
import org.covenantconnects.places.Places;
import org.covenantconnects.platform.Choice;
import org.covenantconnects.platform.PageLinks;
import org.covenantconnects.platform.RenderedChoices;
import org.covenantconnects.search.internal.SearchParameters;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The public search of published opportunities: filters by place, kind, outcome and
 * words, with GOV.UK error messages for anything typed that cannot be searched for. A
 * young person whose care experience is not confirmed does not find opportunities only
 * for confirmed young people; everyone else sees that those need confirmation.
 */
@Controller
class SearchController {

	private final Opportunities opportunities;

	private final Places places;

	private final OpportunityPages pages;

	private final CareLeavers careLeavers;

	/**
	 * The filters' choices never change while the service runs, so they are rendered
	 * once; a request only marks what it asked for (ADR 058).
	 */
	private final RenderedChoices regions;

	private final RenderedChoices councils;

	private final RenderedChoices only;

	private final RenderedChoices categories;

	private final RenderedChoices types;

	private final RenderedChoices outcomes;

	SearchController(Opportunities opportunities, Places places, OpportunityPages pages, CareLeavers careLeavers) {
		this.opportunities = opportunities;
		this.careLeavers = careLeavers;
		this.places = places;
		this.pages = pages;
		this.regions = RenderedChoices.options(pages.regionChoices());
		this.councils = RenderedChoices.options(pages.councilChoices());
		this.only = RenderedChoices.checkboxes("only",
				List.of(Choice.of(SearchParameters.NATIONAL, "Available anywhere in England"),
						Choice.of(SearchParameters.QUALITY_INTERNSHIP, "Quality internships"),
						Choice.of(SearchParameters.CLOSING_SOON,
								"Closing in the next " + SearchCriteria.CLOSING_SOON_DAYS + " days")));
		this.categories = RenderedChoices.checkboxes("category",
				OpportunityPages.choices(Category.values(), Category::label));
		this.types = RenderedChoices.checkboxes("type",
				OpportunityPages.choices(OpportunityType.values(), OpportunityType::label));
		this.outcomes = RenderedChoices.checkboxes("outcome",
				OpportunityPages.choices(Outcome.values(), Outcome::label));
	}

	@GetMapping("/opportunities")
	String search(@ModelAttribute("search") SearchParameters search, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		SearchParameters.Checked checked = search.check(this.places, SearchCriteria.DEFAULT_PAGE_SIZE);
		checked.problems().forEach((problem) -> {
			if (!errors.hasFieldErrors(problem.field())) {
				errors.rejectValue(problem.field(), "invalid", problem.message());
			}
		});
		model.addAttribute("regions", this.regions);
		model.addAttribute("councils", this.councils);
		model.addAttribute("categories", this.categories);
		model.addAttribute("outcomes", this.outcomes);
		model.addAttribute("types", this.types);
		model.addAttribute("onlyChoices", this.only);
		model.addAttribute("sorts", OpportunityPages.choices(SearchSort.values(), SearchSort::label));
		if (!checked.isValid()) {
			return "search/search";
		}
		SearchCriteria criteria = isUnconfirmedYoungPerson(user) ? checked.criteria().leavingOutConfirmedOnly()
				: checked.criteria();
		SearchResults results = this.opportunities.search(criteria);
		// Show the order actually used (most relevant with words, newest without).
		search.setSort(checked.criteria().sort().name());
		model.addAttribute("results", results);
		model.addAttribute("atomFeed", "/opportunities/feed.atom" + search.feedQuery());
		model.addAttribute("atomFeedTitle", "New opportunities like these (Atom feed)");
		model.addAttribute("where",
				results.items()
					.stream()
					.collect(java.util.stream.Collectors.toMap((o) -> o.id(), (o) -> this.pages.where(o.details()))));
		model.addAttribute("pages", new PageLinks(Math.min(results.page(), results.totalPages()), results.totalPages(),
				"/opportunities" + search.queryWithoutPage() + "page="));
		return "search/search";
	}

	private boolean isUnconfirmedYoungPerson(CurrentUser user) {
		return user != null && user.is(Role.CARE_LEAVER)
				&& !this.careLeavers.profile(user.id()).map(CareLeaverProfile::isCareExperienceConfirmed).orElse(false);
	}

}
