package org.covenantconnects.careleaver.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.covenantconnects.careleaver.CareLeavers;
import org.covenantconnects.email.Email;
import org.covenantconnects.email.Emails;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.UnconfirmedAccountRemoved;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The retention of young people's accounts (ADR 022). The service is for care leavers up
 * to 25: once someone is 26 and has not signed in for a year (by default), they are told
 * by email that their account will be deleted a month later (by default) unless they sign
 * in, and then it is deleted by the same path as "delete my account". Each warning is
 * claimed by a conditional update and each deletion by a row lock taken with
 * {@code SKIP LOCKED}, so every instance may run this at once: nobody is emailed twice or
 * deleted twice.
 * <p>
 * Also removes the profile of an account removed because its address was never confirmed.
 */
@Component
public class CareLeaverRetention {

	private static final Log log = LogFactory.getLog(CareLeaverRetention.class);

	private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	/** From this age the service is no longer for them. */
	static final int TOO_OLD = 26;

	private static final int BATCH = 500;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final CareLeavers careLeavers;

	private final Accounts accounts;

	private final Emails emails;

	private final Clock clock;

	private final String baseUrl;

	private final Duration inactiveFor;

	private final Duration warningBefore;

	CareLeaverRetention(JdbcClient jdbc, TransactionTemplate transactions, CareLeavers careLeavers, Accounts accounts,
			Emails emails, Clock clock, @Value("${connects.base-url}") String baseUrl,
			@Value("${connects.retention.young-people-inactive-for}") Duration inactiveFor,
			@Value("${connects.retention.young-people-warning-before}") Duration warningBefore) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.careLeavers = careLeavers;
		this.accounts = accounts;
		this.emails = emails;
		this.clock = clock;
		this.baseUrl = baseUrl;
		this.inactiveFor = inactiveFor;
		this.warningBefore = warningBefore;
	}

	/** What one run did. */
	public record Outcome(int warned, int deleted) {

	}

	@Scheduled(cron = "${connects.retention.cron}", zone = "Europe/London")
	public Outcome run() {
		Instant now = this.clock.instant();
		LocalDate bornOnOrBefore = LocalDate.ofInstant(now, ENGLAND).minusYears(TOO_OLD);
		Instant inactiveSince = now.minus(this.inactiveFor);
		int warned = 0;
		int deleted = 0;
		UUID after = new UUID(0, 0);
		while (true) {
			List<Candidate> batch = this.jdbc.sql("""
					select account_id, inactivity_warned_at from care_leaver
					where date_of_birth <= :born and account_id > :after
					order by account_id limit :batch""")
				.param("born", bornOnOrBefore)
				.param("after", after)
				.param("batch", BATCH)
				.query((row, n) -> new Candidate(new AccountId(row.getObject("account_id", UUID.class)),
						instant(row.getObject("inactivity_warned_at", OffsetDateTime.class))))
				.list();
			if (batch.isEmpty()) {
				break;
			}
			after = batch.get(batch.size() - 1).account().value();
			Map<AccountId, Instant> lastActivity = this.accounts
				.lastActivity(batch.stream().map(Candidate::account).toList());
			for (Candidate candidate : batch) {
				Instant last = lastActivity.get(candidate.account());
				if (last == null || !last.isBefore(inactiveSince)) {
					continue;
				}
				if (candidate.warnedAt() == null || candidate.warnedAt().isBefore(last)) {
					warned += warn(candidate, now) ? 1 : 0;
				}
				else if (!candidate.warnedAt().isAfter(now.minus(this.warningBefore))) {
					deleted += delete(candidate) ? 1 : 0;
				}
			}
		}
		log.info("Retention, care leavers: warned " + warned + " people aged " + TOO_OLD
				+ " or more who have not signed in for " + this.inactiveFor.toDays() + " days, and deleted " + deleted
				+ " accounts warned " + this.warningBefore.toDays() + " days ago");
		return new Outcome(warned, deleted);
	}

	/** Claims the warning with a conditional update, and writes the email with it. */
	private boolean warn(Candidate candidate, Instant now) {
		return Boolean.TRUE.equals(this.transactions.execute((status) -> {
			int claimed = this.jdbc.sql("""
					update care_leaver set inactivity_warned_at = :now
					where account_id = :id and inactivity_warned_at is not distinct from :seen""")
				.param("now", now.atOffset(ZoneOffset.UTC))
				.param("id", candidate.account().value())
				.param("seen", (candidate.warnedAt() != null) ? candidate.warnedAt().atOffset(ZoneOffset.UTC) : null,
						java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
				.update();
			if (claimed == 0) {
				return false;
			}
			String email = this.accounts.find(candidate.account()).orElseThrow().email();
			String deletedOn = LocalDate.ofInstant(now.plus(this.warningBefore), ENGLAND)
				.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
			this.emails.queue(new Email(email, "Your Covenant Connects account will be deleted on " + deletedOn, """
					Hello,

					Covenant Connects is for young people leaving care up to the age of 25, and you have not \
					signed in for more than a year. We will delete your account and everything it holds on %s.

					If you still want it, sign in before then and we will keep it:
					%s/sign-in

					You can download what we hold about you from My account after signing in.
					""".formatted(deletedOn, this.baseUrl)));
			return true;
		}));
	}

	/**
	 * Deletes the account by the path "delete my account" takes, if no other instance is
	 * deleting it and it was not warned again meanwhile.
	 */
	private boolean delete(Candidate candidate) {
		return Boolean.TRUE.equals(this.transactions.execute((status) -> {
			boolean mine = this.jdbc.sql("""
					select account_id from care_leaver where account_id = :id and inactivity_warned_at = :seen
					for update skip locked""")
				.param("id", candidate.account().value())
				.param("seen", candidate.warnedAt().atOffset(ZoneOffset.UTC))
				.query(UUID.class)
				.optional()
				.isPresent();
			if (mine) {
				this.careLeavers.delete(candidate.account());
			}
			return mine;
		}));
	}

	/**
	 * An account whose address was never confirmed is being removed: its profile goes by
	 * the same path as "delete my account", in the same transaction.
	 */
	@EventListener
	void on(UnconfirmedAccountRemoved removed) {
		if (this.careLeavers.profile(removed.account()).isPresent()) {
			this.careLeavers.delete(removed.account());
		}
	}

	private static Instant instant(OffsetDateTime at) {
		return (at != null) ? at.toInstant() : null;
	}

	private record Candidate(AccountId account, Instant warnedAt) {
	}

}
