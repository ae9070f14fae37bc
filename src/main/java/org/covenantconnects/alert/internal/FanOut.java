package org.covenantconnects.alert.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.covenantconnects.email.Email;
import org.covenantconnects.email.Emails;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.opportunity.FitRule;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.opportunity.OpportunityPublished;
import org.covenantconnects.opportunity.OpportunityView;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes the alerts of a newly published opportunity for everyone it fits, in one
 * statement, and queues the instant emails a few thousand at a time. Runs from Modulith's
 * event publication registry, so a publication whose alerts were not committed is handled
 * again on restart; the unique (opportunity, person) key makes handling it twice
 * harmless.
 */
@Component
public class FanOut {

	private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	/**
	 * How many instant emails go to the outbox in one statement: a national opportunity
	 * queues tens of thousands, and one by one each cost a round trip.
	 */
	private static final int QUEUED_AT_ONCE = 2_000;

	/**
	 * {@link FitRule} in SQL: whether the opportunity {@code o} fits the care leaver
	 * {@code c} on {@code :today}, with what it needs of the opportunity beside it
	 * ({@link #OPPORTUNITY_FIT}). {@code FitRuleAgreementTests} runs this text against
	 * the rule in Java.
	 */
	public static final String FITS = """
			c.date_of_birth <= fit.born_by and c.date_of_birth > fit.born_after
			  and (o.scope = 'NATIONAL' or (o.scope = 'REGIONS' and c.region_code = any(o.regions))
			    or (o.scope = 'COUNCILS' and (c.local_authority_id = any(o.councils)
			      or c.region_code = any(fit.council_regions))))
			""";

	/**
	 * What {@link #FITS} needs of the opportunity {@code o}, worked out once for it
	 * rather than for each person: its age range as dates of birth on {@code :today}
	 * (born after {@code fit.born_after}, and on or before {@code fit.born_by}), and the
	 * regions of its councils ({@code fit.council_regions}).
	 */
	public static final String OPPORTUNITY_FIT = """
			cross join lateral (select cast(:today as date) - make_interval(years => o.age_to + 1) as born_after,
			    cast(:today as date) - make_interval(years => o.age_from) as born_by,
			    coalesce(array_agg(la.region_code), '{}') as council_regions
			  from local_authority la where la.id = any(o.councils)) fit
			""";

	/**
	 * Everyone the opportunity fits: care leavers by {@link #FITS} (and, for an
	 * opportunity only for confirmed young people, only those whose care experience is),
	 * then by the regions they chose for regional opportunities, if any (which narrow
	 * what fits, never widen it); verified supporters by where they work (national, their
	 * council's region or the regions they chose, their council); and everyone by the
	 * kinds of opportunity they chose. {@code AlertsBenchmark} measures the select alone.
	 */
	static final String FITTING = """
			select o.id, p.account_id, p.audience, p.in_app,
			  case when p.by_email then p.frequency else 'NONE' end, :now
			from opportunity o
			""" + OPPORTUNITY_FIT + """
			join alert_preference p on p.frequency <> 'OFF' and (p.in_app or p.by_email)
			left join care_leaver c on p.audience = 'CARE_LEAVER' and c.account_id = p.account_id
			left join supporter s on p.audience = 'SUPPORTER' and s.account_id = p.account_id
			  and s.verification = 'VERIFIED'
			left join local_authority sla on sla.id = s.local_authority_id
			where o.id = :opportunity and o.status = 'PUBLISHED'
			  and ((c.account_id is not null and (
			""" + FITS + """
			      ) and (o.scope <> 'REGIONS' or cardinality(p.regions) = 0 or o.regions && p.regions)
			      and (not o.confirmed_only or c.care_experience_confirmed_at is not null))
			    or (s.account_id is not null and (o.scope = 'NATIONAL'
			      or (o.scope = 'REGIONS' and o.regions && case when cardinality(p.regions) = 0
			        then array[sla.region_code]::varchar(9)[] else p.regions end)
			      or (o.scope = 'COUNCILS' and s.local_authority_id = any(o.councils)))))
			  and ((cardinality(p.categories) = 0 and cardinality(p.types) = 0)
			    or o.category = any(p.categories) or o.type = any(p.types))
			""";

	private final JdbcClient jdbc;

	private final Emails emails;

	private final Opportunities opportunities;

	private final UnsubscribeLinks links;

	private final Clock clock;

	private final String baseUrl;

	FanOut(JdbcClient jdbc, Emails emails, Opportunities opportunities, UnsubscribeLinks links, Clock clock,
			@Value("${connects.base-url}") String baseUrl) {
		this.jdbc = jdbc;
		this.emails = emails;
		this.opportunities = opportunities;
		this.links = links;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	@ApplicationModuleListener
	void on(OpportunityPublished event) {
		fanOut(event.opportunity());
	}

	/**
	 * Makes the opportunity's alerts and queues the instant ones' emails.
	 * @return how many alerts were made (none the second time)
	 */
	@Transactional
	public int fanOut(OpportunityId opportunity) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		int made = this.jdbc.sql("""
				insert into alert (opportunity_id, account_id, audience, in_app, email, created_at)
				""" + FITTING + " on conflict on constraint alert_once do nothing")
			.param("opportunity", opportunity.value())
			.param("now", now)
			.param("today", LocalDate.now(this.clock.withZone(ENGLAND)))
			.update();
		if (made > 0) {
			emailInstantAlerts(opportunity, now);
		}
		return made;
	}

	private void emailInstantAlerts(OpportunityId id, OffsetDateTime now) {
		List<Recipient> recipients = this.jdbc.sql("""
				update alert a set emailed_at = :now from account acc
				where a.opportunity_id = :opportunity and a.email = 'INSTANT' and a.emailed_at is null
				  and acc.id = a.account_id and acc.status = 'ACTIVE'
				returning a.account_id, acc.email, a.audience
				""")
			.param("opportunity", id.value())
			.param("now", now)
			.query((rs, i) -> new Recipient(new AccountId(rs.getObject(1, UUID.class)), rs.getString(2),
					rs.getString(3)))
			.list();
		if (recipients.isEmpty()) {
			return;
		}
		OpportunityView opportunity = this.opportunities.find(id).orElseThrow();
		List<Email> batch = new ArrayList<>(Math.min(recipients.size(), QUEUED_AT_ONCE));
		for (Recipient recipient : recipients) {
			batch.add(instantEmail(recipient, opportunity));
			if (batch.size() == QUEUED_AT_ONCE) {
				this.emails.queueAll(batch);
				batch.clear();
			}
		}
		this.emails.queueAll(batch);
	}

	private Email instantEmail(Recipient recipient, OpportunityView opportunity) {
		String link = this.baseUrl + "/opportunities/" + opportunity.id().value();
		String title = opportunity.details().title();
		String by = opportunity.organisationName();
		if ("SUPPORTER".equals(recipient.audience())) {
			return new Email(recipient.email(), "New for young people in your area: " + title, """
					Hello,

					%s has published an opportunity for care leavers in your area:

					%s
					%s

					If you support a young person it would suit, you can send it to them from its page:
					%s

					You can choose which alerts you get, and how often, at %s/alerts
					""".formatted(by, title, opportunity.details().summary(), link, this.baseUrl),
					this.links.linkFor(recipient.account()));
		}
		return new Email(recipient.email(), "New opportunity for you: " + title, """
				Hello,

				%s has published an opportunity that fits what you told us:

				%s
				%s

				Read more and apply: %s

				You can choose which alerts you get, and how often, at %s/alerts
				""".formatted(by, title, opportunity.details().summary(), link, this.baseUrl),
				this.links.linkFor(recipient.account()));
	}

	private record Recipient(AccountId account, String email, String audience) {

	}

}
