package org.covenantconnects.opportunity.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.opportunity.OpportunityDetails;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.opportunity.OpportunityPageSection;
import org.covenantconnects.opportunity.OpportunityPages;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.opportunity.OpportunityView;
import org.covenantconnects.opportunity.Scope;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.Region;
import org.covenantconnects.signatory.Signatories;
import org.covenantconnects.signatory.SignatorySummary;
import tools.jackson.databind.json.JsonMapper;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The page of each published opportunity, with what the modules above add to it. */
@Controller
class OpportunityPageController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Opportunities opportunities;

	private final Signatories signatories;

	private final Places places;

	private final OpportunityPages pages;

	private final ObjectProvider<OpportunityPageSection> sections;

	OpportunityPageController(Opportunities opportunities, Signatories signatories, Places places,
			OpportunityPages pages, ObjectProvider<OpportunityPageSection> sections) {
		this.opportunities = opportunities;
		this.signatories = signatories;
		this.places = places;
		this.pages = pages;
		this.sections = sections;
	}

	@GetMapping("/opportunities/{id}")
	String opportunity(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, Model model,
			HttpServletResponse response) {
		Optional<OpportunityView> found = OpportunityId.parse(id).flatMap(this.opportunities::find);
		if (found.filter(OpportunityView::isTakenDown).isPresent()) {
			// Taken down by the Covenant team: gone for good as far as the public knows,
			// so search engines drop it; why is between the team and the organisation.
			response.setStatus(HttpStatus.GONE.value());
			return "opportunity/no-longer-available";
		}
		OpportunityView opportunity = found.filter(OpportunityView::isPublic)
			.orElseThrow(() -> new Opportunities.NoSuchOpportunityException(null));
		Optional<SignatorySummary> organisation = this.signatories.find(opportunity.signatory());
		boolean ownOrganisation = user != null && user.is(Role.SIGNATORY)
				&& this.signatories.ofMember(user.id())
					.map((own) -> own.id().equals(opportunity.signatory()))
					.orElse(false);
		// ACCESS.md: access codes are for coordinators and the organisation's own users,
		// and for care leavers when eligible and recorded as a claim, which the care
		// leaver's own section of the page does; never the public.
		boolean showCode = user != null && (user.is(Role.COORDINATOR) || ownOrganisation);
		List<OpportunityPageSection> added = this.sections.orderedStream().toList();
		List<OpportunityPageSection.Section> shown = added.stream()
			.map((section) -> section.sectionFor(opportunity, user))
			.flatMap(Optional::stream)
			.toList();
		shown.forEach((section) -> model.addAllAttributes(section.model()));
		model.addAttribute("sections", shown);
		model.addAttribute("takeUpWithheld",
				added.stream().anyMatch((section) -> section.withholdsTakeUp(opportunity, user)));
		model.addAttribute("takeUpAdvice",
				added.stream().noneMatch((section) -> section.replacesTakeUpAdvice(opportunity, user)));
		model.addAttribute("opportunity", opportunity);
		model.addAttribute("organisation", organisation.orElse(null));
		model.addAttribute("facts", this.pages.facts(opportunity.details()));
		model.addAttribute("paragraphs", OpportunityPages.paragraphs(opportunity.details().description()));
		model.addAttribute("showCode", showCode);
		model.addAttribute("jsonLd", (opportunity.isOpen() && opportunity.details().type().isJobLike())
				? jobPosting(opportunity, organisation.orElse(null)) : null);
		return "opportunity/opportunity";
	}

	/**
	 * schema.org JobPosting for search engines, as a data block (not script, so the
	 * content security policy does not apply). Characters that could end the element are
	 * escaped.
	 */
	private String jobPosting(OpportunityView opportunity, SignatorySummary organisation) {
		OpportunityDetails details = opportunity.details();
		Map<String, Object> posting = new LinkedHashMap<>();
		posting.put("@context", "https://schema.org/");
		posting.put("@type", "JobPosting");
		posting.put("title", details.title());
		posting.put("description", details.description());
		posting.put("identifier", Map.of("@type", "PropertyValue", "name", opportunity.organisationName(), "value",
				opportunity.id().toString()));
		if (opportunity.publishedAt() != null) {
			posting.put("datePosted",
					opportunity.publishedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString());
		}
		if (details.closesOn() != null) {
			posting.put("validThrough", details.closesOn() + "T23:59:59");
		}
		if (details.type() == OpportunityType.INTERNSHIP || details.type() == OpportunityType.WORK_EXPERIENCE) {
			posting.put("employmentType", "INTERN");
		}
		Map<String, Object> hiring = new LinkedHashMap<>();
		hiring.put("@type", "Organization");
		hiring.put("name", opportunity.organisationName());
		if (organisation != null && organisation.website() != null) {
			hiring.put("sameAs", organisation.website());
		}
		posting.put("hiringOrganization", hiring);
		List<String> regions = (details.scope() == Scope.REGIONS) ? details.regions()
			.stream()
			.map((code) -> this.places.region(code).map(Region::name).orElse(code.value()))
			.toList() : List.of(this.pages.where(details));
		posting.put("jobLocation",
				regions.stream()
					.map((region) -> Map.of("@type", "Place", "address",
							Map.of("@type", "PostalAddress", "addressRegion", region, "addressCountry", "GB")))
					.toList());
		posting.put("applicantLocationRequirements", Map.of("@type", "Country", "name", "England"));
		return JSON.writeValueAsString(posting).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

}
