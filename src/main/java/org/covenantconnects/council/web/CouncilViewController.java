package org.covenantconnects.council.web;

import org.covenantconnects.council.Councils;
import org.covenantconnects.council.ApproachRules;
import org.covenantconnects.council.CouncilViews;
import org.covenantconnects.council.WholeCouncilApproach;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.Region;
import org.covenantconnects.socialvalue.Period;
import org.covenantconnects.socialvalue.SocialValue;
import org.covenantconnects.socialvalue.SocialValues;
import org.covenantconnects.supporter.OrganisationType;
import org.covenantconnects.supporter.SupporterProfile;
import org.covenantconnects.supporter.Supporters;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A council's own view, for the verified supporters who work for that council. A
 * supporter sees their own council's view and no other: another council's answers "not
 * found", as does every council for a supporter who is not verified or who works
 * elsewhere (ACCESS.md).
 */
@Controller
class CouncilViewController {

	private final Supporters supporters;

	private final Councils councils;

	private final CouncilViews views;

	private final Places places;

	private final SocialValues socialValues;

	CouncilViewController(Supporters supporters, Councils councils, CouncilViews views, Places places,
			SocialValues socialValues) {
		this.supporters = supporters;
		this.councils = councils;
		this.views = views;
		this.places = places;
		this.socialValues = socialValues;
	}

	@GetMapping("/supporter/council")
	String own(@AuthenticationPrincipal CurrentUser user) {
		return "redirect:/supporter/council/" + ownCouncil(user).slug();
	}

	@GetMapping("/supporter/council/{slug}")
	String view(@PathVariable String slug, @AuthenticationPrincipal CurrentUser user, Model model) {
		LocalAuthority council = ownCouncil(user);
		if (!council.slug().equals(slug)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("council", council);
		model.addAttribute("region", this.places.region(council.region()).map(Region::name).orElse(""));
		WholeCouncilApproach approach = this.councils.approachOf(council.id());
		model.addAttribute("view", this.views.of(council, approach));
		model.addAttribute("parts", PartRow.of(approach, this.councils::signatoryName));
		model.addAttribute("minimumRule", ApproachRules.MINIMUM);
		model.addAttribute("embeddedRule", ApproachRules.EMBEDDED);
		// This year's social value in the council's area; outcomes from fewer than 5
		// young people are hidden on the page (ADR 047)
		Period year = Period.of(this.socialValues.today());
		SocialValue socialValue = this.socialValues.inCouncilArea(council.id(), year, this.socialValues.asOfFor(year));
		model.addAttribute("socialValue", socialValue);
		model.addAttribute("socialValueAsOf", socialValue.asOf()
			.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)));
		return "council/own-view";
	}

	/**
	 * The council a verified supporter works for; anyone else has none, and is answered
	 * "not found".
	 */
	private LocalAuthority ownCouncil(CurrentUser user) {
		return this.supporters.find(user.id())
			.filter(SupporterProfile::isVerified)
			.filter((profile) -> profile.organisationType() == OrganisationType.COUNCIL)
			.flatMap((profile) -> this.places.localAuthority(profile.council()))
			.flatMap((council) -> this.councils.councilBySlug(council.slug()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
