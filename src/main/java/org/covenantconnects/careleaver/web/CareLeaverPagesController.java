package org.covenantconnects.careleaver.web;

import java.util.List;

import org.covenantconnects.careleaver.CareLeaverProfile;
import org.covenantconnects.careleaver.CareLeavers;
import org.covenantconnects.careleaver.ForYouNotices;
import org.covenantconnects.careleaver.ForYouPutForward;
import org.covenantconnects.careleaver.ForYouSuggestions;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.opportunity.OpportunityView;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.Region;
import org.covenantconnects.platform.PageLinks;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * For you: the opportunities that fit the signed-in care leaver, with what they were
 * suggested or put forward for at the top.
 */
@Controller
class CareLeaverPagesController {

	static final int FEED_PAGE_SIZE = 10;

	private final CareLeavers careLeavers;

	private final Opportunities opportunities;

	private final Places places;

	private final List<ForYouSuggestions> suggestions;

	private final List<ForYouPutForward> putForward;

	private final List<ForYouNotices> notices;

	CareLeaverPagesController(CareLeavers careLeavers, Opportunities opportunities, Places places,
			List<ForYouSuggestions> suggestions, List<ForYouPutForward> putForward, List<ForYouNotices> notices) {
		this.notices = notices;
		this.putForward = putForward;
		this.careLeavers = careLeavers;
		this.opportunities = opportunities;
		this.places = places;
		this.suggestions = suggestions;
	}

	@GetMapping("/for-you")
	String forYou(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "1") String page,
			Model model) {
		int requested = parsePage(page);
		CareLeavers.Feed feed = this.careLeavers.forYou(user.id(), requested, FEED_PAGE_SIZE)
			.orElseThrow(CareLeavers.NoSuchCareLeaverException::new);
		if (feed.results().items().isEmpty() && requested > 1) {
			return "redirect:/for-you";
		}
		model.addAttribute("feed", feed);
		model.addAttribute("suggested", suggested(user, feed.profile()));
		model.addAttribute("putForward",
				this.putForward.stream().flatMap((source) -> source.waitingFor(user.id()).stream()).toList());
		model.addAttribute("notices",
				this.notices.stream().flatMap((source) -> source.noticesFor(user.id()).stream()).toList());
		model.addAttribute("name", feed.profile().nameToUse());
		model.addAttribute("region",
				this.places.region(feed.profile().region()).map(Region::name).orElse(feed.profile().region().value()));
		model.addAttribute("pages", new PageLinks(requested, feed.results().totalPages(), "/for-you?page="));
		return "careleaver/for-you";
	}

	/**
	 * Suggestions whose opportunity is still published and open to them (one only for
	 * confirmed young people is left out until their care experience is confirmed), with
	 * its title.
	 */
	private List<Suggested> suggested(CurrentUser user, CareLeaverProfile profile) {
		return this.suggestions.stream()
			.flatMap((source) -> source.suggestedTo(user.id()).stream())
			.flatMap((suggestion) -> this.opportunities.findPublic(suggestion.opportunity())
				.filter((opportunity) -> CareLeavers.isOpenTo(profile, opportunity.details()))
				.map((opportunity) -> new Suggested(suggestion, opportunity))
				.stream())
			.toList();
	}

	/** A suggestion with the opportunity it is for. */
	record Suggested(ForYouSuggestions.Suggestion suggestion, OpportunityView opportunity) {

	}

	private static int parsePage(String page) {
		return (page != null && page.matches("\\d{1,5}")) ? Math.max(1, Integer.parseInt(page)) : 1;
	}

}
