package org.covenantconnects.matching.internal;

import java.util.Optional;

import org.covenantconnects.careleaver.CareLeaverProfile;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.opportunity.OpportunityView;
import org.covenantconnects.takeup.Proposals;
import org.covenantconnects.takeup.TakeUps;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A coordinator suggesting an opportunity to a young person who turned matching on. */
@Component
public class CoordinatorSuggestions {

	private final Proposals proposals;

	private final Opportunities opportunities;

	private final MatchReasons reasons;

	CoordinatorSuggestions(Proposals proposals, Opportunities opportunities, MatchReasons reasons) {
		this.proposals = proposals;
		this.opportunities = opportunities;
		this.reasons = reasons;
	}

	/**
	 * Puts the young person forward for an open opportunity, with the reasons, and says
	 * how it went in a one-off message.
	 */
	public void propose(CurrentUser user, CareLeaverProfile profile, String opportunityId,
			RedirectAttributes redirect) {
		Optional<OpportunityView> opportunity = Optional.ofNullable(opportunityId)
			.flatMap(OpportunityId::parse)
			.flatMap(this.opportunities::findPublic)
			.filter(OpportunityView::isOpen);
		if (opportunity.isEmpty()) {
			redirect.addFlashAttribute("problem", "That opportunity is no longer open, so it was not suggested");
			return;
		}
		String name = (profile.preferredName() != null) ? profile.preferredName() : profile.fullName();
		try {
			this.proposals.propose(new Proposals.Proposer(user.id(), Role.COORDINATOR, null), profile.account(),
					opportunity.get().id(), this.reasons.why(profile, opportunity.get()));
			redirect.addFlashAttribute("done", "You suggested " + opportunity.get().details().title() + " to " + name
					+ ". They have been emailed and will say yes or no thanks");
		}
		catch (TakeUps.TakeUpRefusedException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
	}

}
