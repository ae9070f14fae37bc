package org.covenantconnects.supporter.web;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.opportunity.OpportunityDetails;
import org.covenantconnects.opportunity.OpportunityView;
import org.covenantconnects.opportunity.SearchCriteria;
import org.covenantconnects.opportunity.SearchResults;
import org.covenantconnects.opportunity.SearchSort;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.Region;
import org.covenantconnects.platform.PageLinks;
import org.covenantconnects.supporter.SupporterHomeNotice;
import org.covenantconnects.supporter.SupporterProfile;
import org.covenantconnects.supporter.Supporters;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A supporter's home. A pending supporter sees only that we are checking their account; a
 * verified one sees the open opportunities of their region, and those open anywhere in
 * England, newest first.
 */
@Controller
class SupporterHomeController {

	static final int PAGE_SIZE = 20;

	private final Supporters supporters;

	private final Opportunities opportunities;

	private final Places places;

	private final List<SupporterHomeNotice> notices;

	SupporterHomeController(Supporters supporters, Opportunities opportunities, Places places,
			List<SupporterHomeNotice> notices) {
		this.supporters = supporters;
		this.opportunities = opportunities;
		this.places = places;
		this.notices = notices;
	}

	@GetMapping("/supporter")
	String home(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "1") String page, Model model) {
		Optional<SupporterProfile> profile = this.supporters.find(user.id());
		if (profile.isEmpty() || profile.get().isPending()) {
			model.addAttribute("organisation", profile.map(this.supporters::organisationOf).orElse(null));
			return "supporter/home-pending";
		}
		SupporterProfile supporter = profile.get();
		model.addAttribute("supporter", supporter);
		model.addAttribute("organisation", this.supporters.organisationOf(supporter));
		if (!supporter.isVerified()) {
			return "supporter/home-declined";
		}
		Optional<LocalAuthority> council = this.places.localAuthority(supporter.council());
		Region region = council.flatMap((c) -> this.places.region(c.region())).orElseThrow();
		int pageNumber = pageNumber(page);
		SearchResults results = this.opportunities.search(new SearchCriteria(null, region.code(), null, null, null,
				null, false, false, false, SearchSort.NEWEST, pageNumber, PAGE_SIZE));
		model.addAttribute("region", region);
		model.addAttribute("notices",
				this.notices.stream().flatMap((source) -> source.noticesFor(supporter.account()).stream()).toList());
		model.addAttribute("results", results);
		model.addAttribute("where",
				results.items().stream().collect(Collectors.toMap(OpportunityView::id, (o) -> where(o.details()))));
		model.addAttribute("pages", new PageLinks(Math.min(results.page(), results.totalPages()), results.totalPages(),
				"/supporter?page="));
		return "supporter/home";
	}

	/** Where an opportunity is available, in words. */
	private String where(OpportunityDetails details) {
		return switch (details.scope()) {
			case NATIONAL -> "Anywhere in England";
			case REGIONS -> details.regions()
				.stream()
				.map((code) -> this.places.region(code).map(Region::name).orElse(code.value()))
				.collect(Collectors.joining(", "));
			case COUNCILS -> details.councils()
				.stream()
				.map((id) -> this.places.localAuthority(id).map(LocalAuthority::name).orElse("?"))
				.collect(Collectors.joining(", "));
		};
	}

	private static int pageNumber(String page) {
		try {
			return Math.max(1, Integer.parseInt(page.trim()));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
