package org.covenantconnects.institution.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.covenantconnects.institution.Institution;
import org.covenantconnects.institution.InstitutionId;
import org.covenantconnects.institution.InstitutionKind;
import org.covenantconnects.institution.InstitutionRules;
import org.covenantconnects.institution.Institutions;
import org.covenantconnects.institution.Offer;
import org.covenantconnects.institution.OfferAnswer;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.Region;
import org.covenantconnects.platform.Choice;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public list of colleges and universities that are partners of the Covenant, by
 * region, filtered by kind and by what they offer care leavers, and a page per partner
 * with its offers. Shows no one's name or email address except the contact for care
 * leavers the institution publishes.
 */
@Controller
class PublicInstitutionsController {

	private final Institutions institutions;

	private final Places places;

	PublicInstitutionsController(Institutions institutions, Places places) {
		this.institutions = institutions;
		this.places = places;
	}

	@GetMapping("/colleges-and-universities")
	String list(@RequestParam(defaultValue = "") String region, @RequestParam(defaultValue = "") String kind,
			@RequestParam(defaultValue = "") List<String> offers, Model model) {
		List<Offer> wanted = offers.stream().map(Offer::bySlug).flatMap(java.util.Optional::stream).distinct().toList();
		Map<InstitutionId, List<OfferAnswer>> answers = this.institutions.allOffers();
		List<Institution> shown = this.institutions.partners()
			.stream()
			.filter((i) -> region.isEmpty() || i.details().region().value().equals(region))
			.filter((i) -> kind.isEmpty() || i.details().kind().name().equals(kind))
			.filter((i) -> wanted.stream()
				.allMatch((offer) -> answers.get(i.id()).stream().anyMatch((a) -> a.offer() == offer && a.yes())))
			.toList();
		model
			.addAttribute("groups",
					this.places.regions()
						.stream()
						.map((r) -> new Group(r.name(), shown.stream()
							.filter((i) -> i.details().region().equals(r.code()))
							.map((i) -> new Row(i, answers.get(i.id()).stream().filter(OfferAnswer::yes).toList()))
							.toList()))
						.filter((g) -> !g.rows().isEmpty())
						.toList());
		model.addAttribute("count", shown.size());
		model.addAttribute("filter", new Filter(region, kind, wanted.stream().map(Offer::slug).toList()));
		model.addAttribute("regions",
				this.places.regions().stream().map((r) -> Choice.of(r.code().value(), r.name())).toList());
		model.addAttribute("kinds",
				Arrays.stream(InstitutionKind.values()).map((k) -> Choice.of(k.name(), k.label())).toList());
		model.addAttribute("offerChoices",
				Arrays.stream(Offer.values()).map((o) -> Choice.of(o.slug(), o.title())).toList());
		model.addAttribute("embeddedRule", InstitutionRules.EMBEDDED);
		return "institution/public-institutions";
	}

	/**
	 * Up to three partners side by side, one row per offer: a GET form, so it works
	 * without JavaScript and its address can be shared.
	 */
	@GetMapping("/colleges-and-universities/compare")
	String compare(@ModelAttribute("form") CompareForm form, BindingResult errors,
			@RequestParam(required = false) String chosen, Model model) {
		List<Institution> partners = this.institutions.partners();
		List<String> slugs = form.getInstitutions().stream().distinct().toList();
		List<Institution> compared = slugs.stream()
			.map((slug) -> partners.stream().filter((i) -> i.slug().equals(slug)).findFirst())
			.flatMap(java.util.Optional::stream)
			.toList();
		if (chosen != null && (compared.size() < 2 || compared.size() > MOST_COMPARED)) {
			errors.rejectValue("institutions", "count", "Select 2 or 3 colleges or universities to compare");
		}
		boolean shown = !errors.hasErrors() && compared.size() >= 2 && compared.size() <= MOST_COMPARED;
		Map<InstitutionId, List<OfferAnswer>> answers = this.institutions.allOffers();
		model.addAttribute("choices", partners.stream().map((i) -> Choice.of(i.slug(), i.name())).toList());
		model.addAttribute("compared", shown ? compared : List.of());
		model.addAttribute("rows",
				shown ? Arrays.stream(Offer.values())
					.map((offer) -> new CompareRow(offer,
							compared.stream()
								.map((i) -> answers.get(i.id())
									.stream()
									.filter((a) -> a.offer() == offer)
									.findFirst()
									.orElse(OfferAnswer.notKnown(offer)))
								.toList()))
					.toList() : List.of());
		return "institution/compare";
	}

	@GetMapping("/colleges-and-universities/{slug}")
	String institution(@PathVariable String slug, Model model) {
		Institution institution = this.institutions.bySlug(slug)
			.filter((i) -> i.partnership().partner())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("institution", institution);
		model.addAttribute("region", this.places.region(institution.details().region()).map(Region::name).orElse(""));
		model.addAttribute("offers", this.institutions.offersOf(institution.id()));
		model.addAttribute("embedded", this.institutions.approachOf(institution).embedded());
		model.addAttribute("embeddedRule", InstitutionRules.EMBEDDED);
		return "institution/public-institution";
	}

	/** The most institutions compared at once. */
	static final int MOST_COMPARED = 3;

	/** One offer's row of a comparison: each institution's answer, in order. */
	record CompareRow(Offer offer, List<OfferAnswer> answers) {

	}

	record Filter(String region, String kind, List<String> offers) {

	}

	record Group(String name, List<Row> rows) {

	}

	/** A partner with the offers it says yes to. */
	record Row(Institution institution, List<OfferAnswer> yes) {

	}

}
