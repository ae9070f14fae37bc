package org.covenantconnects.alert.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.covenantconnects.email.Email;
import org.covenantconnects.email.Emails;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.opportunity.OpportunityView;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds a care leaver, once, that an opportunity they saved and have not yet taken up
 * closes within three days. The reminder's row is written in the transaction that queues
 * the email, so several instances never send it twice.
 */
@Component
public class ClosingSoon {

	private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	private final JdbcClient jdbc;

	private final Emails emails;

	private final Opportunities opportunities;

	private final UnsubscribeLinks links;

	private final Clock clock;

	private final String baseUrl;

	ClosingSoon(JdbcClient jdbc, Emails emails, Opportunities opportunities, UnsubscribeLinks links, Clock clock,
			@Value("${connects.base-url}") String baseUrl) {
		this.jdbc = jdbc;
		this.emails = emails;
		this.opportunities = opportunities;
		this.links = links;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	@Scheduled(cron = "${connects.alerts.closing-soon-cron:0 0 8 * * *}", zone = "Europe/London")
	@Transactional
	public int remind() {
		LocalDate today = LocalDate.now(this.clock.withZone(ENGLAND));
		List<Due> due = this.jdbc.sql("""
				with due as (
				  insert into closing_reminder (account_id, opportunity_id, sent_at)
				  select s.account_id, s.opportunity_id, :now from saved_opportunity s
				  join opportunity o on o.id = s.opportunity_id and o.status = 'PUBLISHED'
				    and o.closes_on between :today and :today + 3
				  join alert_preference p on p.account_id = s.account_id and p.by_email and p.frequency <> 'OFF'
				  where not exists (select 1 from take_up t where t.account_id = s.account_id
				    and t.opportunity_id = s.opportunity_id)
				  on conflict do nothing returning account_id, opportunity_id)
				select d.account_id, acc.email, d.opportunity_id from due d
				join account acc on acc.id = d.account_id and acc.status = 'ACTIVE'
				""")
			.param("now", OffsetDateTime.now(this.clock))
			.param("today", today)
			.query((rs, i) -> new Due(new AccountId(rs.getObject(1, UUID.class)), rs.getString(2),
					new OpportunityId(rs.getObject(3, UUID.class))))
			.list();
		for (Due reminder : due) {
			OpportunityView opportunity = this.opportunities.findPublic(reminder.opportunity()).orElse(null);
			if (opportunity == null || opportunity.details().closesOn() == null) {
				continue;
			}
			this.emails.queue(new Email(reminder.email(), "Closing soon: " + opportunity.details().title(),
					"""
							Hello,

							You saved this opportunity, and it closes on %s:

							%s (%s)
							%s/opportunities/%s

							If you want it, apply or say you are interested before then.
							""".formatted(
							opportunity.details()
								.closesOn()
								.format(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM",
										java.util.Locale.UK)),
							opportunity.details().title(), opportunity.organisationName(), this.baseUrl,
							opportunity.id().value()),
					this.links.linkFor(reminder.account())));
		}
		return due.size();
	}

	private record Due(AccountId account, String email, OpportunityId opportunity) {

	}

}
