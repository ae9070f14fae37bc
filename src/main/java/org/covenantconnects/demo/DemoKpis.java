package org.covenantconnects.demo;

import org.covenantconnects.event.EventKind;
import org.covenantconnects.impact.Basis;
import org.covenantconnects.impact.Cadence;
import org.covenantconnects.impact.DefinedKpis;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A KPI the demo administrator defined from the records Connects holds: career-path
 * sessions held, a termly KPI, so that the impact dashboard and the termly report show
 * one beside the Covenant's own. Defined once, before last term's report is issued.
 */
@Component
@ConditionalOnProperty(name = "connects.demo.enabled", havingValue = "true")
class DemoKpis {

	static final String NAME = "Career-path sessions held";

	private final DefinedKpis kpis;

	DemoKpis(DefinedKpis kpis) {
		this.kpis = kpis;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(0)
	void define() {
		if (this.kpis.nameTaken(NAME)) {
			return;
		}
		this.kpis.define(NAME,
				"Career-path sessions shown on Connects that ended, and were not cancelled before they ended, from 1 April to the end of the day: the sessions where signatories show young people the way into their sector. With a region: those held in it.",
				Basis.EVENTS_HELD, null, EventKind.CAREER_PATH_SESSION, Cadence.TERMLY, 12, null);
	}

}
