package org.covenantconnects.subscription;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.covenantconnects.alert.Email;
import org.covenantconnects.alert.Emails;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.opportunity.OpportunityView;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Weekly and monthly emails listing the alerts made since the last one. An alert is
 * emailed once: the instant ones are marked when queued, so no digest repeats them. Safe
 * on several instances: a person's digest for a period is claimed by inserting its row
 * (unique per person, frequency and period) in the same transaction that queues it.
 */
@Component
class Digests {

	private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	private final JdbcClient jdbc;

	private final Emails emails;

	private final Opportunities opportunities;

	private final UnsubscribeLinks links;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final String baseUrl;

	private final int batchSize;

	Digests(JdbcClient jdbc, Emails emails, Opportunities opportunities, UnsubscribeLinks links,
			TransactionTemplate transactions, Clock clock, @Value("${connects.base-url}") String baseUrl,
			@Value("${connects.alerts.digest-batch-size:1000}") int batchSize) {
		this.jdbc = jdbc;
		this.emails = emails;
		this.opportunities = opportunities;
		this.links = links;
		this.transactions = transactions;
		this.clock = clock;
		this.baseUrl = baseUrl;
		this.batchSize = batchSize;
	}

	@Scheduled(cron = "${connects.alerts.weekly-digest-cron:0 0 7 * * MON}", zone = "Europe/London")
	void sendWeekly() {
		send(Frequency.WEEKLY, today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
	}

	@Scheduled(cron = "${connects.alerts.monthly-digest-cron:0 0 7 1 * *}", zone = "Europe/London")
	void sendMonthly() {
		send(Frequency.MONTHLY, today().withDayOfMonth(1));
	}

	/**
	 * Queues the digests of the period for everyone with alerts waiting for one.
	 * @return how many digests this call queued
	 */
	int send(Frequency frequency, LocalDate periodStart) {
		if (frequency != Frequency.WEEKLY && frequency != Frequency.MONTHLY) {
			throw new IllegalArgumentException("Digests are weekly or monthly");
		}
		Map<OpportunityId, Optional<OpportunityView>> seen = new HashMap<>();
		int sent = 0;
		UUID after = null;
		while (true) {
			UUID from = after;
			Batch batch = this.transactions.execute((status) -> sendBatch(frequency, periodStart, from, seen));
			sent += batch.sent();
			if (batch.last() == null) {
				return sent;
			}
			after = batch.last();
		}
	}

	private Batch sendBatch(Frequency frequency, LocalDate periodStart, UUID after,
			Map<OpportunityId, Optional<OpportunityView>> seen) {
		List<UUID> people = this.jdbc
			.sql("""
					select distinct account_id from alert
					where emailed_at is null and email = :frequency and (cast(:after as uuid) is null or account_id > :after)
					order by account_id limit :batch
					""")
			.param("frequency", frequency.name())
			.param("after", after)
			.param("batch", this.batchSize)
			.query(UUID.class)
			.list();
		if (people.isEmpty()) {
			return new Batch(0, null);
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		Map<AccountId, Digest> digests = new LinkedHashMap<>();
		this.jdbc.sql("""
				with claimed as (
				  insert into alert_digest (account_id, frequency, period_start, alerts, sent_at)
				  select p, :frequency, :period, 0, :now from unnest(:people::uuid[]) p
				  on conflict do nothing returning account_id)
				update alert a set emailed_at = :now from claimed c, account acc
				where a.account_id = c.account_id and a.emailed_at is null and a.email = :frequency
				  and acc.id = a.account_id and acc.status = 'ACTIVE'
				returning a.account_id, acc.email, a.audience, a.opportunity_id
				""")
			.param("frequency", frequency.name())
			.param("period", periodStart)
			.param("now", now)
			.param("people", people.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")))
			.query((rs, i) -> new Row(new AccountId(rs.getObject(1, UUID.class)), rs.getString(2), rs.getString(3),
					new OpportunityId(rs.getObject(4, UUID.class))))
			.list()
			.forEach((row) -> digests
				.computeIfAbsent(row.account(), (a) -> new Digest(a, row.email(), row.audience(), new ArrayList<>()))
				.opportunities()
				.add(row.opportunity()));
		List<Email> batch = new ArrayList<>();
		for (Digest digest : digests.values()) {
			List<OpportunityView> listed = digest.opportunities()
				.stream()
				.map((id) -> seen.computeIfAbsent(id, this.opportunities::findPublic))
				.flatMap(Optional::stream)
				.filter(OpportunityView::isOpen)
				.toList();
			if (!listed.isEmpty()) {
				batch.add(email(digest, frequency, listed));
			}
		}
		this.emails.queueAll(batch);
		return new Batch(batch.size(), people.get(people.size() - 1));
	}

	private Email email(Digest digest, Frequency frequency, List<OpportunityView> listed) {
		boolean supporter = "SUPPORTER".equals(digest.audience());
		String when = (frequency == Frequency.WEEKLY) ? "this week" : "this month";
		StringBuilder text = new StringBuilder("Hello,\n\n");
		text.append(supporter
				? "New opportunities for young people in your area " + when
						+ ". If you support someone one of them would suit, you can send it to them from its page."
				: "New opportunities that fit what you told us, published " + when + ".");
		text.append("\n\n");
		for (OpportunityView opportunity : listed) {
			text.append(opportunity.details().title())
				.append(" (")
				.append(opportunity.organisationName())
				.append(")\n")
				.append(opportunity.details().summary())
				.append('\n')
				.append(this.baseUrl)
				.append("/opportunities/")
				.append(opportunity.id().value())
				.append("\n\n");
		}
		text.append("You can choose which alerts you get, and how often, at ").append(this.baseUrl).append("/alerts\n");
		String subject = ((listed.size() == 1) ? "1 new opportunity" : listed.size() + " new opportunities")
				+ (supporter ? " for young people in your area" : " for you");
		return new Email(digest.email(), subject, text.toString(), this.links.linkFor(digest.account()));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ENGLAND));
	}

	private record Digest(AccountId account, String email, String audience, List<OpportunityId> opportunities) {

	}

	private record Row(AccountId account, String email, String audience, OpportunityId opportunity) {

	}

	private record Batch(int sent, UUID last) {

	}

}
