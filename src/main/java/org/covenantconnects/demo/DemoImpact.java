package org.covenantconnects.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import org.covenantconnects.impact.EmbeddedCounts;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps, for all England, a count of the councils and institutions that had embedded
 * their approach at the end of each of the past twelve months, climbing to the demo's
 * four councils and three institutions, as the service would have kept them had it been
 * running for a year: so the impact dashboard's embedded goals have a history. A month
 * already kept is left as it is.
 */
@Component
@ConditionalOnProperty(name = "connects.demo.enabled", havingValue = "true")
class DemoImpact {

	static final int COUNCILS_EMBEDDED = 4;

	static final int INSTITUTIONS_EMBEDDED = 3;

	private final EmbeddedCounts embedded;

	private final Clock clock;

	DemoImpact(EmbeddedCounts embedded, Clock clock) {
		this.embedded = embedded;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void keepAYearOfEmbeddedCounts() {
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/London")));
		YearMonth thisMonth = YearMonth.from(today);
		for (int monthsAgo = 12; monthsAgo >= 1; monthsAgo--) {
			LocalDate end = thisMonth.minusMonths(monthsAgo).atEndOfMonth();
			int gone = 13 - monthsAgo;
			this.embedded.keep(end, null,
					new EmbeddedCounts.Counted(COUNCILS_EMBEDDED * gone / 13, INSTITUTIONS_EMBEDDED * gone / 13));
		}
	}

}
