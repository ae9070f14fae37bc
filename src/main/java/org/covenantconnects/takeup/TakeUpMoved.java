package org.covenantconnects.takeup;

import java.time.Instant;

import org.covenantconnects.identity.AccountId;
import org.covenantconnects.opportunity.OpportunityId;

/**
 * A take-up's status changed, or a check-in answer confirmed it, and the change was
 * written to its history. Published in the transaction of the change, so listeners hear
 * of it only once it is committed.
 *
 * @param from {@code null} when the take-up began with this change; equal to {@code to}
 * when a young person answered a check-in saying nothing has changed
 * @param actor who made the change
 */
public record TakeUpMoved(TakeUpId takeUp, AccountId careLeaver, OpportunityId opportunity, TakeUpStatus from,
		TakeUpStatus to, TakeUp.Actor actor, Instant occurredAt) {

}
