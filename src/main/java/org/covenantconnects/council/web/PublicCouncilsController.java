package org.covenantconnects.council.web;

import java.util.List;

import org.covenantconnects.council.CouncilPartnership;
import org.covenantconnects.council.Councils;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.Region;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public list of councils that are partners of the Covenant, by region, and a page
 * per partner. Shows no one's name or email address.
 */
@Controller
class PublicCouncilsController {

	private final Councils councils;

	private final Places places;

	PublicCouncilsController(Councils councils, Places places) {
		this.councils = councils;
		this.places = places;
	}

	@GetMapping("/councils")
	String partners(Model model) {
		List<CouncilPartnership> partners = this.councils.partners();
		model.addAttribute("groups",
				this.places.regions()
					.stream()
					.map((r) -> new Group(r.name(),
							partners.stream().filter((p) -> p.council().region().equals(r.code())).toList()))
					.filter((g) -> !g.partners().isEmpty())
					.toList());
		model.addAttribute("count", partners.size());
		return "council/public-councils";
	}

	@GetMapping("/councils/{slug}")
	String partner(@PathVariable String slug, Model model) {
		LocalAuthority council = this.councils.councilBySlug(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		CouncilPartnership partnership = this.councils.partnershipOf(council);
		if (!partnership.partner()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("partnership", partnership);
		model.addAttribute("region", this.places.region(council.region()).map(Region::name).orElse(""));
		model.addAttribute("since",
				(partnership.since() != null) ? CouncilsController.DAY.format(partnership.since()) : null);
		return "council/public-council";
	}

	record Group(String name, List<CouncilPartnership> partners) {

	}

}
