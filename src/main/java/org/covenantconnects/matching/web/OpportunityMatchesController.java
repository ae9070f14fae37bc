package org.covenantconnects.matching.web;

import org.covenantconnects.careleaver.CareLeaverProfile;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.matching.internal.Caseload;
import org.covenantconnects.matching.internal.CoordinatorSuggestions;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.opportunity.OpportunityView;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * For one open opportunity, the young people who turned matching on and whom it fits,
 * best first with the reasons, and suggesting it to one of them. Each young person shown
 * is written to the audit trail.
 */
@Controller
public class OpportunityMatchesController {

	public static final int SHOWN = 25;

	private final Caseload caseload;

	private final Opportunities opportunities;

	private final CoordinatorSuggestions suggestions;

	OpportunityMatchesController(Caseload caseload, Opportunities opportunities, CoordinatorSuggestions suggestions) {
		this.caseload = caseload;
		this.opportunities = opportunities;
		this.suggestions = suggestions;
	}

	@GetMapping("/coordinator/matches/{id}")
	String matches(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, Model model) {
		OpportunityView opportunity = open(id);
		model.addAttribute("opportunity", opportunity);
		model.addAttribute("candidates", this.caseload.candidatesFor(user.id(), opportunity, SHOWN));
		return "matching/opportunity-matches";
	}

	@PostMapping("/coordinator/matches/{id}/suggest")
	String suggest(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@RequestParam(name = "young-person", required = false) String youngPerson, RedirectAttributes redirect) {
		OpportunityView opportunity = open(id);
		if (youngPerson == null || youngPerson.isBlank()) {
			redirect.addFlashAttribute("problem", "Choose a young person to suggest it to");
		}
		else {
			AccountId careLeaver = CaseloadController.parse(youngPerson);
			CareLeaverProfile profile = this.caseload.profileFor(user.id(), careLeaver,
					"Suggested " + opportunity.details().title() + " to them");
			this.suggestions.propose(user, profile, opportunity.id().toString(), redirect);
		}
		return "redirect:/coordinator/matches/" + opportunity.id() + "#candidates";
	}

	private OpportunityView open(String id) {
		return OpportunityId.parse(id)
			.flatMap(this.opportunities::findPublic)
			.filter(OpportunityView::isOpen)
			.orElseThrow(() -> new Opportunities.NoSuchOpportunityException(null));
	}

}
