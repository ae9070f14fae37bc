package org.covenantconnects.socialvalue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.signatory.SignatoryId;
import org.covenantconnects.takeup.TakeUpOutcomes;
import org.covenantconnects.takeup.TakeUpOutcomes.Whose;

import org.springframework.stereotype.Service;

/**
 * The calculator: the outcomes an organisation delivered, or the young people a council
 * looked after took up, in a year as of a day, each times its proxy value (ADR 047). "As
 * of a day" means at the end of that day in England, or now if that is sooner.
 */
@Service
public class SocialValues {

	/** Days are England's. */
	public static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	private final TakeUpOutcomes outcomes;

	private final ProxyValues proxies;

	private final Clock clock;

	SocialValues(TakeUpOutcomes outcomes, ProxyValues proxies, Clock clock) {
		this.outcomes = outcomes;
		this.proxies = proxies;
		this.clock = clock;
	}

	/** Today in England. */
	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(ENGLAND));
	}

	/** What one organisation delivered in a year, as of a day. */
	public SocialValue ofOrganisation(SignatoryId organisation, Period period, LocalDate asOf) {
		return of(Whose.organisation(organisation), period, asOf);
	}

	/** What the young people one council looked after took up in a year, as of a day. */
	public SocialValue inCouncilArea(LocalAuthorityId council, Period period, LocalDate asOf) {
		return of(Whose.council(council), period, asOf);
	}

	/** The day a year's figures are as of: its last day, or today while it lasts. */
	public LocalDate asOfFor(Period period) {
		LocalDate today = today();
		return period.lastDay().isAfter(today) ? today : period.lastDay();
	}

	private SocialValue of(Whose whose, Period period, LocalDate asOf) {
		Instant from = period.firstDay().atStartOfDay(ENGLAND).toInstant();
		Instant until = period.lastDay().plusDays(1).atStartOfDay(ENGLAND).toInstant();
		Instant endOfDay = asOf.plusDays(1).atStartOfDay(ENGLAND).toInstant();
		Instant now = this.clock.instant();
		Instant moment = endOfDay.isAfter(now) ? now : endOfDay;
		Map<Outcome, ProxyValue> values = this.proxies.all();
		List<SocialValue.Row> rows = new ArrayList<>();
		for (Outcome outcome : Outcome.values()) {
			ProxyValue proxy = values.get(outcome);
			rows.add(switch (outcome.counted()) {
				case WEEKS -> {
					TakeUpOutcomes.Weeks weeks = this.outcomes.weeksUnderWay(whose, outcome.types(), from, until,
							moment);
					yield new SocialValue.Row(outcome, weeks.weeks(), weeks.takeUps(), proxy);
				}
				case BEGUN -> {
					long begun = this.outcomes.begun(whose, outcome.types(), from, until, moment);
					yield new SocialValue.Row(outcome, begun, begun, proxy);
				}
				case COMPLETED -> {
					long completed = this.outcomes.completed(whose, outcome.types(), from, until, moment);
					yield new SocialValue.Row(outcome, completed, completed, proxy);
				}
			});
		}
		return new SocialValue(period, asOf, rows);
	}

}
