package org.covenantconnects.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.opportunity.OpportunityView;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.signatory.Signatories;
import org.covenantconnects.signatory.SignatorySummary;
import org.covenantconnects.takeup.PastTakeUps;
import org.covenantconnects.takeup.PastTakeUps.Step;
import org.covenantconnects.takeup.TakeUpStatus;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What the demo signatory, Northwind Bakeries, delivered over the past months for young
 * people Manchester looked after: five apprenticeships (one completed), six jobs started
 * and five work placements (internships and traineeships of a few weeks), so that its
 * social value page and statement, and Manchester's own view, show real figures. The
 * young people are not on the demo. Made once, when Northwind has no take-ups.
 */
@Component
@ConditionalOnProperty(name = "connects.demo.enabled", havingValue = "true")
class DemoSocialValue {

	static final LocalAuthorityId MANCHESTER = new LocalAuthorityId(24);

	private static final RegionCode NORTH_WEST = new RegionCode("E12000002");

	private final Accounts accounts;

	private final Signatories signatories;

	private final Opportunities opportunities;

	private final PastTakeUps takeUps;

	private final Clock clock;

	DemoSocialValue(Accounts accounts, Signatories signatories, Opportunities opportunities, PastTakeUps takeUps,
			Clock clock) {
		this.accounts = accounts;
		this.signatories = signatories;
		this.opportunities = opportunities;
		this.takeUps = takeUps;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void delivered() {
		AccountId member = this.accounts.idOf("signatory@example.com").orElse(null);
		SignatorySummary organisation = (member != null) ? this.signatories.ofMember(member).orElse(null) : null;
		if (organisation == null || this.takeUps.anyOf(organisation.id())) {
			return;
		}
		List<OpportunityView> open = this.opportunities.openOf(organisation.id());
		Instant now = this.clock.instant();
		Optional<OpportunityView> apprenticeship = ofType(open, OpportunityType.APPRENTICESHIP);
		Optional<OpportunityView> job = ofType(open, OpportunityType.JOB);
		Optional<OpportunityView> placement = ofType(open, OpportunityType.INTERNSHIP)
			.or(() -> ofType(open, OpportunityType.TRAINEESHIP));
		apprenticeship.ifPresent((opportunity) -> {
			int[] startedDaysAgo = { 200, 170, 140, 110, 80 };
			for (int i = 0; i < startedDaysAgo.length; i++) {
				Instant started = now.minus(Duration.ofDays(startedDaysAgo[i]));
				List<Step> steps = (i == 0)
						? List.of(applied(started), offered(started), new Step(TakeUpStatus.STARTED, started),
								new Step(TakeUpStatus.COMPLETED, now.minus(Duration.ofDays(30))))
						: List.of(applied(started), offered(started), new Step(TakeUpStatus.STARTED, started));
				record(organisation, opportunity, steps);
			}
		});
		job.ifPresent((opportunity) -> {
			for (int daysAgo : new int[] { 160, 130, 100, 70, 45, 20 }) {
				Instant started = now.minus(Duration.ofDays(daysAgo));
				record(organisation, opportunity,
						List.of(applied(started), offered(started), new Step(TakeUpStatus.STARTED, started)));
			}
		});
		placement.ifPresent((opportunity) -> {
			int[][] startedAndWeeks = { { 190, 4 }, { 150, 6 }, { 120, 3 }, { 90, 8 }, { 60, 4 } };
			for (int[] placed : startedAndWeeks) {
				Instant started = now.minus(Duration.ofDays(placed[0]));
				record(organisation, opportunity,
						List.of(applied(started), offered(started), new Step(TakeUpStatus.STARTED, started),
								new Step(TakeUpStatus.COMPLETED, started.plus(Duration.ofDays(7L * placed[1])))));
			}
		});
	}

	private void record(SignatorySummary organisation, OpportunityView opportunity, List<Step> steps) {
		OpportunityId id = opportunity.id();
		this.takeUps.recordDemo(organisation.id(), id, opportunity.details().type(), NORTH_WEST, MANCHESTER, steps);
	}

	private static Step applied(Instant started) {
		return new Step(TakeUpStatus.APPLIED, started.minus(Duration.ofDays(21)));
	}

	private static Step offered(Instant started) {
		return new Step(TakeUpStatus.OFFERED, started.minus(Duration.ofDays(10)));
	}

	private static Optional<OpportunityView> ofType(List<OpportunityView> open, OpportunityType type) {
		return open.stream().filter((opportunity) -> opportunity.details().type() == type).findFirst();
	}

}
