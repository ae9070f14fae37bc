package org.covenantconnects.careleaver;

import java.util.List;
import java.util.UUID;

import org.covenantconnects.identity.AccountId;
import org.covenantconnects.opportunity.OpportunityId;

/**
 * Opportunities that someone the young person chose to link with suggested to them, shown
 * at the top of For you. Another module provides them, so that this module does not
 * depend on it.
 */
public interface ForYouSuggestions {

	/**
	 * The suggestions to show the care leaver, newest first, leaving out those they
	 * dismissed.
	 */
	List<Suggestion> suggestedTo(AccountId careLeaver);

	/**
	 * One suggestion.
	 *
	 * @param id what the young person's "dismiss" button names
	 * @param suggestedBy the name of the person who suggested it
	 */
	record Suggestion(UUID id, OpportunityId opportunity, String suggestedBy) {

	}

}
