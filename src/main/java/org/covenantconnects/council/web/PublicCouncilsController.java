package org.covenantconnects.council.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.covenantconnects.council.ApproachRules;
import org.covenantconnects.council.CouncilPartnership;
import org.covenantconnects.council.Councils;
import org.covenantconnects.council.PartFacts;
import org.covenantconnects.council.WholeCouncilApproach;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.LocalAuthorityId;
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
 * per partner, with what each offers care leavers and the parts of the Whole Council
 * Approach it has in place. Shows no one's name or email address, and none of the
 * evidence the Covenant team keeps, only its published links.
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
		Map<LocalAuthorityId, WholeCouncilApproach> approaches = this.councils.approaches();
		model.addAttribute("groups",
				this.places.regions()
					.stream()
					.map((r) -> new Group(r.name(), partners.stream()
						.filter((p) -> p.council().region().equals(r.code()))
						.map((p) -> new PartnerRow(p, taxExemption(approaches.get(p.council().id()).taxExemption()),
								approaches.get(p.council().id())
									.partsInPlace()
									.stream()
									.map((part) -> String.valueOf(part.number()))
									.collect(Collectors.joining(", "))))
						.toList()))
					.filter((g) -> !g.partners().isEmpty())
					.toList());
		model.addAttribute("count", partners.size());
		model.addAttribute("embeddedRule", ApproachRules.EMBEDDED);
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
		WholeCouncilApproach approach = this.councils.approachOf(council.id());
		model.addAttribute("approach", approach);
		model.addAttribute("parts", PartRow.of(approach, this.councils::signatoryName));
		model.addAttribute("taxExemption", taxExemption(approach.taxExemption()));
		model.addAttribute("embeddedRule", ApproachRules.EMBEDDED);
		model.addAttribute("region", this.places.region(council.region()).map(Region::name).orElse(""));
		model.addAttribute("since",
				(partnership.since() != null) ? CouncilsController.DAY.format(partnership.since()) : null);
		return "council/public-council";
	}

	/** The council tax exemption in one sentence for the public. */
	static String taxExemption(PartFacts.TaxExemption exemption) {
		if (exemption.offered() == null) {
			return "Not recorded";
		}
		if (!exemption.isOffered()) {
			return "Not offered";
		}
		String age = (exemption.upToAge() != null) ? " up to age " + exemption.upToAge() : "";
		String since = (exemption.since() != null) ? ", since " + CouncilsController.DAY.format(exemption.since()) : "";
		return "Care leavers are exempt" + age + since;
	}

	record Group(String name, List<PartnerRow> partners) {

	}

	/**
	 * @param partsInPlace the numbers of the parts in place, "1, 2, 3", or empty
	 */
	record PartnerRow(CouncilPartnership partnership, String taxExemption, String partsInPlace) {

	}

}
