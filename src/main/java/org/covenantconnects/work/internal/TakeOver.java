package org.covenantconnects.work.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventPublication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Takes over work that another instance left unfinished, and retries failed work, in
 * every instance of the service (ADR 035).
 * <p>
 * Every {@code connects.work.check-interval}, an instance marks as failed each event
 * publication still unfinished {@code connects.work.take-over-after} after it began (or
 * was last run again): the instance running it died or lost its database. It then runs
 * again the failed publications that are due: work taken over at once (the take-over time
 * is longer than the first pause), and work whose listener failed after
 * {@code connects.work.retry-after}, doubling after each attempt, up to
 * {@code connects.work.max-attempts}; after that the work waits for an administrator on
 * the stuck work page.
 * <p>
 * <b>Exactly one instance runs it again.</b> Instances look for and claim failed work one
 * at a time ({@link Resubmissions}), and each claim dates the publication, so work taken
 * over and still running is not thought dead until another {@code take-over-after} has
 * passed. Spring Modulith's own staleness monitor is not used: in this version it
 * measures a resubmitted publication's age from its first publication, so it would mark a
 * retry as dead while it runs and let a second instance start it too.
 */
@Component
class TakeOver {

	private static final Log log = LogFactory.getLog(TakeOver.class);

	private final JdbcClient jdbc;

	private final Resubmissions resubmissions;

	private final WorkSettings settings;

	private final Clock clock;

	private final WorkOnStop stopping;

	TakeOver(JdbcClient jdbc, Resubmissions resubmissions, WorkSettings settings, Clock clock, WorkOnStop stopping) {
		this.jdbc = jdbc;
		this.resubmissions = resubmissions;
		this.settings = settings;
		this.clock = clock;
		this.stopping = stopping;
	}

	@Scheduled(fixedDelayString = "${connects.work.check-interval}",
			initialDelayString = "${connects.work.check-interval}")
	void run() {
		if (!this.stopping.takesNewWork()) {
			return;
		}
		Instant now = this.clock.instant();
		this.resubmissions.resubmit(() -> {
			int abandoned = markAbandoned(now);
			if (abandoned > 0) {
				log.warn(abandoned + " piece(s) of work left unfinished for over " + this.settings.takeOverAfter()
						+ " (their instance stopped without finishing them) are taken over");
			}
		}, (publication) -> this.stopping.takesNewWork() && due(publication, now), false);
	}

	/**
	 * Marks failed the publications unfinished for longer than the take-over time since
	 * they began or were last run again, so that they are run again.
	 * @return how many
	 */
	int markAbandoned(Instant now) {
		return this.jdbc.sql("""
				update event_publication set status = 'FAILED'
				where completion_date is null and status in ('PUBLISHED', 'PROCESSING', 'RESUBMITTED')
				  and coalesce(last_resubmission_date, publication_date) < :before
				""")
			.param("before", OffsetDateTime.ofInstant(now.minus(this.settings.takeOverAfter()), ZoneOffset.UTC))
			.update();
	}

	private boolean due(EventPublication publication, Instant now) {
		int attempts = publication.getCompletionAttempts();
		if (this.settings.givenUp(attempts)) {
			return false;
		}
		Instant lastRun = publication.getLastResubmissionDate();
		Instant since = (lastRun != null) ? lastRun : publication.getPublicationDate();
		return !now.isBefore(this.settings.nextAttemptAt(since, attempts));
	}

}
