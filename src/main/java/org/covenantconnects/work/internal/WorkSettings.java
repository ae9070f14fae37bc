package org.covenantconnects.work.internal;

import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How work left unfinished is taken over and retried ({@code connects.work}).
 *
 * @param takeOverAfter how long a piece of work may stay unfinished before another
 * instance takes it over; well above the longest any listener takes
 * @param checkInterval how often each instance looks for work to take over or retry
 * @param retryAfter the pause before the first retry of failed work, doubling after each
 * @param maxAttempts how many times work is run again before it is given up on and left
 * for an administrator
 * @param stopTimeout how long a stopping instance waits for its running work to end
 */
@ConfigurationProperties("connects.work")
public record WorkSettings(Duration takeOverAfter, Duration checkInterval, Duration retryAfter, int maxAttempts,
		Duration stopTimeout) {

	/** When work last begun at {@code since} after so many attempts may run again. */
	Instant nextAttemptAt(Instant since, int attempts) {
		return since.plus(this.retryAfter.multipliedBy(1L << Math.min(Math.max(attempts, 0), 20)));
	}

	boolean givenUp(int attempts) {
		return attempts >= this.maxAttempts;
	}

}
