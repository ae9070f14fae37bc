package org.covenantconnects.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Role;
import org.covenantconnects.identity.UnconfirmedAccountRemoved;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes what identity keeps no longer than it needs (ADR 022): single-use links some
 * time after they expire or are used, failed sign-ins once they no longer count towards
 * the limit, changes of email address some time after their link expired, and accounts
 * whose address was never confirmed. Each step is one statement bounded by time, or
 * claims its rows with {@code FOR UPDATE SKIP LOCKED}, so every instance may run it at
 * once.
 */
@Component
public class IdentityRetention {

	private static final Log log = LogFactory.getLog(IdentityRetention.class);

	private static final int BATCH = 100;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Duration accountTokens;

	private final Duration signInFailures;

	private final Duration emailChanges;

	private final Duration unconfirmedAccounts;

	IdentityRetention(JdbcClient jdbc, TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock,
			@Value("${connects.retention.account-tokens}") Duration accountTokens,
			@Value("${connects.retention.sign-in-failures}") Duration signInFailures,
			@Value("${connects.retention.email-changes}") Duration emailChanges,
			@Value("${connects.retention.unconfirmed-accounts}") Duration unconfirmedAccounts) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
		this.accountTokens = accountTokens;
		this.signInFailures = atLeast(signInFailures, SignInLimits.WINDOW);
		this.emailChanges = emailChanges;
		this.unconfirmedAccounts = unconfirmedAccounts;
	}

	/** What one run removed. */
	public record Removed(int accountTokens, int signInFailures, int emailChanges, int unconfirmedAccounts) {

	}

	@Scheduled(cron = "${connects.retention.cron}", zone = "Europe/London")
	public Removed run() {
		OffsetDateTime now = OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
		int tokens = this.jdbc.sql("delete from account_token where expires_at < :before or used_at < :before")
			.param("before", now.minus(this.accountTokens))
			.update();
		int failures = this.jdbc.sql("delete from sign_in_failure where failed_at < :before")
			.param("before", now.minus(this.signInFailures))
			.update();
		// A network someone signed in from spares them the wider limit for 90 days after.
		failures += this.jdbc.sql("delete from sign_in_network where signed_in_at < :before")
			.param("before", now.minus(SignInLimits.KNOWN_NETWORK_KEPT_FOR))
			.update();
		int changes = this.jdbc.sql("delete from email_change where expires_at < :before")
			.param("before", now.minus(this.emailChanges))
			.update();
		int accounts = removeUnconfirmed(now.minus(this.unconfirmedAccounts));
		Removed removed = new Removed(tokens, failures, changes, accounts);
		log.info("Retention, identity: removed " + tokens + " single-use links, " + failures + " failed sign-ins, "
				+ changes + " changes of email address and " + accounts + " accounts never confirmed");
		return removed;
	}

	/**
	 * Removes accounts made before the given time whose address was never confirmed, a
	 * batch per transaction. The module that keeps each one's profile removes it on
	 * {@link UnconfirmedAccountRemoved}, in the same transaction.
	 */
	private int removeUnconfirmed(OffsetDateTime madeBefore) {
		int total = 0;
		while (true) {
			Integer removed = this.transactions.execute((status) -> {
				List<Unconfirmed> batch = this.jdbc.sql("""
						select id, role from account where status = 'UNVERIFIED' and created_at < :before
						order by created_at limit :batch for update skip locked""")
					.param("before", madeBefore)
					.param("batch", BATCH)
					.query((row, n) -> new Unconfirmed(row.getObject("id", UUID.class),
							Role.valueOf(row.getString("role"))))
					.list();
				for (Unconfirmed account : batch) {
					this.events
						.publishEvent(new UnconfirmedAccountRemoved(new AccountId(account.id()), account.role()));
				}
				if (!batch.isEmpty()) {
					this.jdbc.sql("delete from account where id in (:ids)")
						.param("ids", batch.stream().map(Unconfirmed::id).toList())
						.update();
				}
				return batch.size();
			});
			total += removed;
			if (removed < BATCH) {
				return total;
			}
		}
	}

	private static Duration atLeast(Duration duration, Duration minimum) {
		return (duration.compareTo(minimum) < 0) ? minimum : duration;
	}

	private record Unconfirmed(UUID id, Role role) {
	}

}
