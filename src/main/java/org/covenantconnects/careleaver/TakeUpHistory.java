package org.covenantconnects.careleaver;

import java.time.Instant;

import org.covenantconnects.identity.AccountId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes each change of a take-up to its history and publishes {@link TakeUpMoved} in the
 * same transaction, so that whoever else must hear of it (a linked adviser) does so
 * exactly when the change is committed.
 */
@Component
class TakeUpHistory {

	private final CareLeaverRepository careLeavers;

	private final ApplicationEventPublisher events;

	TakeUpHistory(CareLeaverRepository careLeavers, ApplicationEventPublisher events) {
		this.careLeavers = careLeavers;
		this.events = events;
	}

	/**
	 * @param careLeaver whose take-up it is; {@code null} once they deleted their
	 * account, when nobody is told
	 * @param by the account that made the change, or {@code null}
	 * @param reason why it ended early, or {@code null}
	 */
	void record(TakeUp takeUp, AccountId careLeaver, TakeUpStatus from, TakeUpStatus to, TakeUp.Actor actor,
			AccountId by, String reason, Instant at) {
		this.careLeavers.recordEvent(takeUp.id(), from, to, actor, by, reason, at);
		if (careLeaver != null) {
			this.events
				.publishEvent(new TakeUpMoved(takeUp.id(), careLeaver, takeUp.opportunity(), from, to, actor, at));
		}
	}

}
