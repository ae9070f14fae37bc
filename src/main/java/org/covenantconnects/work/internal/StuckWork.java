package org.covenantconnects.work.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.AdminAction;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The work administrators see on the stuck work page: event publications that failed,
 * whether they wait for a retry or were given up on, and those unfinished for longer than
 * the take-over time, which the next check hands to a live instance.
 */
@Service
public class StuckWork {

	private final JdbcClient jdbc;

	private final Resubmissions resubmissions;

	private final WorkSettings settings;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	StuckWork(JdbcClient jdbc, Resubmissions resubmissions, WorkSettings settings, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.resubmissions = resubmissions;
		this.settings = settings;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** The stuck work, oldest first, at most 200. */
	public List<Piece> list() {
		return this.jdbc
			.sql("""
					select id, listener_id, event_type, publication_date, status, coalesce(completion_attempts, 0) as attempts,
					  last_resubmission_date
					from event_publication
					where completion_date is null and (status = 'FAILED'
					  or (status in ('PUBLISHED', 'PROCESSING') and publication_date < :before)
					  or (status = 'RESUBMITTED' and last_resubmission_date < :before))
					order by publication_date, id
					limit 200
					""")
			.param("before",
					OffsetDateTime.ofInstant(this.clock.instant().minus(this.settings.takeOverAfter()), ZoneOffset.UTC))
			.query((rs, i) -> piece(rs.getObject("id", UUID.class), rs.getString("listener_id"),
					rs.getString("event_type"), rs.getObject("publication_date", OffsetDateTime.class).toInstant(),
					rs.getString("status"), rs.getInt("attempts"),
					Optional.ofNullable(rs.getObject("last_resubmission_date", OffsetDateTime.class))
						.map(OffsetDateTime::toInstant)
						.orElse(null)))
			.list();
	}

	private Piece piece(UUID id, String listener, String eventType, Instant began, String status, int attempts,
			Instant lastRun) {
		State state;
		Instant next = null;
		if (!"FAILED".equals(status)) {
			state = State.ABANDONED;
		}
		else if (this.settings.givenUp(attempts)) {
			state = State.GIVEN_UP;
		}
		else {
			state = State.WAITING;
			next = this.settings.nextAttemptAt((lastRun != null) ? lastRun : began, attempts);
		}
		return new Piece(id, describe(listener), simpleName(eventType), began, state, attempts, lastRun, next);
	}

	/**
	 * Runs the failed work again now, on this instance, whatever its attempts so far, and
	 * records it in the admin audit log.
	 * @return false if it is not failed work (done meanwhile, or running)
	 */
	public boolean runAgain(UUID id, AccountId admin) {
		Optional<Piece> piece = list().stream()
			.filter((p) -> p.id().equals(id) && p.state() != State.ABANDONED)
			.findFirst();
		if (piece.isEmpty()) {
			return false;
		}
		this.transactions
			.executeWithoutResult((status) -> this.events.publishEvent(new AdminAction(admin, "Ran stuck work again",
					null, piece.get().what() + " (" + piece.get().event() + ", " + id + ")", this.clock.instant())));
		return this.resubmissions.resubmit(() -> {
		}, (publication) -> publication.getIdentifier().equals(id), true);
	}

	/**
	 * The listener in words: its class and method, without the packages, for example
	 * {@code AdviserAlerts.on(CheckInDue)}.
	 */
	static String describe(String listenerId) {
		int arguments = listenerId.indexOf('(');
		String method = (arguments < 0) ? listenerId : listenerId.substring(0, arguments);
		String[] parts = method.split("\\.");
		String name = (parts.length >= 2) ? parts[parts.length - 2] + "." + parts[parts.length - 1] : method;
		if (arguments < 0) {
			return name;
		}
		String types = listenerId.substring(arguments + 1, Math.max(arguments + 1, listenerId.lastIndexOf(')')));
		return name + "(" + simpleName(types) + ")";
	}

	private static String simpleName(String type) {
		String name = type.substring(type.lastIndexOf('.') + 1);
		return name.substring(name.lastIndexOf('$') + 1);
	}

	/** How a piece of work is stuck. */
	public enum State {

		/** Its instance stopped without finishing it; the next check hands it over. */
		ABANDONED,
		/** It failed, and is run again at {@link Piece#nextAttempt}. */
		WAITING,
		/** It failed every attempt and waits for an administrator. */
		GIVEN_UP

	}

	/**
	 * One piece of stuck work.
	 *
	 * @param what the listener that does it
	 * @param event the kind of change it follows
	 * @param began when the change was committed
	 * @param attempts how many times it was run again
	 */
	public record Piece(UUID id, String what, String event, Instant began, State state, int attempts, Instant lastRun,
			Instant nextAttempt) {

	}

}
