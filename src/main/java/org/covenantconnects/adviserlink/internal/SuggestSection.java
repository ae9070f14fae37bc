package org.covenantconnects.adviserlink.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.covenantconnects.adviserlink.Links;
import org.covenantconnects.adviserlink.web.YoungPeopleController;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.covenantconnects.opportunity.OpportunityPageSection;
import org.covenantconnects.opportunity.OpportunityView;
import org.covenantconnects.platform.Choice;
import org.covenantconnects.supporter.Supporters;

import org.springframework.stereotype.Component;

/**
 * On an open opportunity's page, for a verified supporter linked with at least one young
 * person: a form to suggest it to one of them.
 */
@Component
public class SuggestSection implements OpportunityPageSection {

	private final Links links;

	private final Supporters supporters;

	SuggestSection(Links links, Supporters supporters) {
		this.links = links;
		this.supporters = supporters;
	}

	@Override
	public Optional<Section> sectionFor(OpportunityView opportunity, CurrentUser reader) {
		if (reader == null || !reader.is(Role.SUPPORTER) || !opportunity.isOpen()
				|| !this.supporters.isVerified(reader.id())) {
			return Optional.empty();
		}
		List<Choice> choices = choices(this.links, reader.id());
		if (choices.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Section("adviserlink/suggest", choices, Map.of("suggestForm",
				new YoungPeopleController.SuggestForm(), "kindChoices", YoungPeopleController.SuggestForm.KINDS)));
	}

	/** The young people linked with the supporter, as radio choices. */
	public static List<Choice> choices(Links links, AccountId supporter) {
		return links.youngPeopleOf(supporter)
			.stream()
			.map((link) -> Choice.of(link.id().toString(), links.nameOf(link.careLeaver())))
			.toList();
	}

}
