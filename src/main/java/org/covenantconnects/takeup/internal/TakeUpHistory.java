package org.covenantconnects.takeup.internal;

import java.time.Instant;

import org.covenantconnects.identity.AccountId;
import org.covenantconnects.takeup.TakeUp;
import org.covenantconnects.takeup.TakeUpMoved;
import org.covenantconnects.takeup.TakeUpStatus;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes each change of a take-up to its history and publishes {@link TakeUpMoved} in the
 * same transaction, so that whoever else must hear of it (a linked adviser) does so
 * exactly when the change is committed.
 */
@Component
public class TakeUpHistory {

	private final TakeUpRepository takeUps;

	private final ApplicationEventPublisher events;

	TakeUpHistory(TakeUpRepository takeUps, ApplicationEventPublisher events) {
		this.takeUps = takeUps;
		this.events = events;
	}

	/**
	 * @param careLeaver whose take-up it is; {@code null} once they deleted their
	 * account, when nobody is told
	 * @param by the account that made the change, or {@code null}
	 * @param reason why it ended early, or {@code null}
	 */
	public void record(TakeUp takeUp, AccountId careLeaver, TakeUpStatus from, TakeUpStatus to, TakeUp.Actor actor,
			AccountId by, String reason, Instant at) {
		this.takeUps.recordEvent(takeUp.id(), from, to, actor, by, reason, at);
		if (careLeaver != null) {
			this.events
				.publishEvent(new TakeUpMoved(takeUp.id(), careLeaver, takeUp.opportunity(), from, to, actor, at));
		}
	}

}
