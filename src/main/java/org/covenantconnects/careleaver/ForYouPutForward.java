package org.covenantconnects.careleaver;

import java.util.List;
import java.util.UUID;

import org.covenantconnects.identity.AccountId;
import org.covenantconnects.opportunity.OpportunityView;

/**
 * What the young person has been put forward for and not yet answered, shown at the top
 * of For you. Another module provides them, so that this module does not depend on it.
 */
public interface ForYouPutForward {

	/** Those not yet answered, newest first, leaving out any whose opportunity closed. */
	List<PutForward> waitingFor(AccountId careLeaver);

	/**
	 * One opportunity they were put forward for.
	 *
	 * @param id what the link to answer it names
	 * @param from who put them forward, as the young person reads it
	 */
	record PutForward(UUID id, OpportunityView opportunity, String from) {

	}

}
