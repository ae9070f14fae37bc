package org.covenantconnects.takeup;

import org.covenantconnects.identity.AccountId;
import org.covenantconnects.opportunity.OpportunityId;

/**
 * A young person has just been asked whether they are still on something they started 3
 * or 6 months ago. Published in the transaction that marks the check-in sent, once for
 * each check-in.
 */
public record CheckInDue(TakeUpId takeUp, AccountId careLeaver, OpportunityId opportunity, int months) {

}
