package org.covenantconnects.directory.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.covenantconnects.directory.Recognition;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.opportunity.OpportunityPages;
import org.covenantconnects.opportunity.OpportunityView;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.Region;
import org.covenantconnects.platform.PageLinks;
import org.covenantconnects.signatory.Signatories;
import org.covenantconnects.signatory.SignatoryId;
import org.covenantconnects.signatory.SignatorySummary;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public directory of organisations that have signed the Covenant, each with its open
 * opportunities; and, for coordinators, the signatories yet to make an offer.
 */
@Controller
class SignatoryDirectoryController {

	private static final int PAGE_SIZE = 50;

	private final Signatories signatories;

	private final Opportunities opportunities;

	private final Places places;

	private final OpportunityPages pages;

	private final ObjectProvider<Recognition.DeliveryCounts> delivery;

	private final Recognition.Thresholds thresholds;

	SignatoryDirectoryController(Signatories signatories, Opportunities opportunities, Places places,
			OpportunityPages pages, ObjectProvider<Recognition.DeliveryCounts> delivery,
			@Value("${connects.recognition.silver-started:5}") long silverStarted,
			@Value("${connects.recognition.gold-sustained:5}") long goldSustained) {
		this.delivery = delivery;
		this.thresholds = new Recognition.Thresholds(silverStarted, goldSustained);
		this.signatories = signatories;
		this.opportunities = opportunities;
		this.places = places;
		this.pages = pages;
	}

	@GetMapping("/signatories")
	String directory(@RequestParam(defaultValue = "1") String page, Model model) {
		long total = this.signatories.countSigned();
		PageLinks links = PageLinks.of(pageNumber(page), total, PAGE_SIZE, "/signatories?page=");
		List<SignatorySummary> shown = this.signatories.signed(links.offset(PAGE_SIZE), PAGE_SIZE);
		Map<SignatoryId, Long> counts = this.opportunities.openCounts();
		Recognition.DeliveryCounts deliveryCounts = this.delivery.getIfAvailable();
		Map<SignatoryId, Recognition.Delivered> delivered = (deliveryCounts != null)
				? deliveryCounts.of(shown.stream().map(SignatorySummary::id).toList()) : Map.of();
		model.addAttribute("signatories", shown);
		model.addAttribute("pages", links);
		model.addAttribute("pageMoved", pageNumber(page) != links.current());
		model.addAttribute("counts", counts);
		model.addAttribute("thresholds", this.thresholds);
		model.addAttribute("recognition", shown.stream()
			.collect(Collectors.toMap(SignatorySummary::id, (s) -> Recognition.earned(counts.containsKey(s.id()),
					delivered.getOrDefault(s.id(), Recognition.Delivered.NOTHING), this.thresholds))));
		model.addAttribute("total", total);
		return "directory/signatories";
	}

	@GetMapping("/signatories/{slug}")
	String signatory(@PathVariable String slug, Model model) {
		SignatorySummary signatory = this.signatories.bySlug(slug)
			.filter(SignatorySummary::isSigned)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<OpportunityView> open = this.opportunities.openOf(signatory.id());
		model.addAttribute("signatory", signatory);
		model.addAttribute("where",
				signatory.national() ? "Anywhere in England"
						: signatory.regions()
							.stream()
							.map((code) -> this.places.region(code).map(Region::name).orElse(code.value()))
							.collect(Collectors.joining(", ")));
		model.addAttribute("opportunities", open);
		model.addAttribute("opportunityWhere",
				open.stream().collect(Collectors.toMap(OpportunityView::id, (o) -> this.pages.where(o.details()))));
		return "directory/signatory";
	}

	/** The signatories that have signed but have no open opportunity, for follow-up. */
	@GetMapping("/coordinator/signatories/without-opportunities")
	String withoutOpportunities(@RequestParam(defaultValue = "1") String page, Model model) {
		Map<SignatoryId, Long> counts = this.opportunities.openCounts();
		List<SignatorySummary> without = this.signatories.signed()
			.stream()
			.filter((s) -> !counts.containsKey(s.id()))
			.toList();
		pageOf(without, page, "/coordinator/signatories/without-opportunities?page=", model);
		model.addAttribute("total", without.size());
		return "directory/without-opportunities";
	}

	private static int pageNumber(String requested) {
		try {
			return Integer.parseInt(requested.trim());
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	private static void pageOf(List<SignatorySummary> all, String requested, String prefix, Model model) {
		int number = pageNumber(requested);
		PageLinks links = PageLinks.of(number, all.size(), PAGE_SIZE, prefix);
		int from = links.offset(PAGE_SIZE);
		model.addAttribute("signatories",
				all.subList(Math.min(from, all.size()), Math.min(from + PAGE_SIZE, all.size())));
		model.addAttribute("pages", links);
		model.addAttribute("pageMoved", number != links.current());
	}

}
