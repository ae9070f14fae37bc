package org.covenantconnects.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.covenantconnects.concern.About;
import org.covenantconnects.concern.ConcernId;
import org.covenantconnects.concern.ConcernKind;
import org.covenantconnects.concern.ConcernOutcome;
import org.covenantconnects.concern.ConcernStatus;
import org.covenantconnects.concern.Concerns;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.opportunity.OpportunityView;
import org.covenantconnects.signatory.Signatories;
import org.covenantconnects.signatory.SignatorySummary;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Concerns in the coordinators' queue at every stage: one new, one being triaged, one
 * closed with a reply, and one about the demo signatory's work experience, which the demo
 * coordinator took down, so that the signatory sees the reason. Runs once the demo
 * opportunities exist, and only while there is no concern.
 */
@Component
@ConditionalOnProperty(name = "connects.demo.enabled", havingValue = "true")
class DemoConcerns {

	static final String TAKEN_DOWN_TITLE = "Two weeks' work experience";

	private final Accounts accounts;

	private final Signatories signatories;

	private final Opportunities opportunities;

	private final Concerns concerns;

	private final Clock clock;

	DemoConcerns(Accounts accounts, Signatories signatories, Opportunities opportunities, Concerns concerns,
			Clock clock) {
		this.accounts = accounts;
		this.signatories = signatories;
		this.opportunities = opportunities;
		this.concerns = concerns;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void report() {
		Optional<AccountId> coordinatorId = this.accounts.idOf("coordinator@example.com");
		Optional<AccountId> member = this.accounts.idOf("signatory@example.com");
		if (coordinatorId.isEmpty() || member.isEmpty() || this.signatories.ofMember(member.get()).isEmpty()
				|| this.concerns.count(ConcernStatus.NEW) + this.concerns.count(ConcernStatus.IN_TRIAGE)
						+ this.concerns.count(ConcernStatus.CLOSED) > 0) {
			return;
		}
		CurrentUser coordinator = this.accounts.find(coordinatorId.get())
			.map((a) -> new CurrentUser(a.id(), a.email(), a.displayName(), a.role()))
			.orElseThrow();
		List<SignatorySummary> signed = this.signatories.signed();
		if (signed.size() < 4) {
			return;
		}
		Instant now = this.clock.instant();
		// New: a misleading offer, from someone who left an address.
		this.opportunities.openOf(signed.get(1).id())
			.stream()
			.findFirst()
			.ifPresent((o) -> this.concerns.createDemo(About.opportunity(o), ConcernKind.MISLEADING,
					"The page says the course is free, but when I rang they said there is a £40 registration fee.",
					"worried.reader@example.net", now.minus(3, ChronoUnit.HOURS)));
		// In triage: an organisation a reader thinks is not what it says.
		ConcernId triaged = this.concerns.createDemo(About.organisation(signed.get(2)), ConcernKind.SCAM,
				"Someone saying they were from this organisation messaged my friend asking for her bank details "
						+ "to pay her for a job.",
				null, now.minus(2, ChronoUnit.DAYS));
		this.concerns.triage(triaged, ConcernStatus.IN_TRIAGE,
				"Asked the organisation's contact whether anyone there sent messages like this.", coordinator);
		// Closed: wrong details, corrected, with a reply.
		this.opportunities.openOf(signed.get(3).id()).stream().findFirst().ifPresent((o) -> {
			ConcernId closed = this.concerns.createDemo(About.opportunity(o), ConcernKind.WRONG_DETAILS,
					"The closing date on the page is not the one on the organisation's own website.",
					"a.reader@example.net", now.minus(9, ChronoUnit.DAYS));
			this.concerns.triage(closed, ConcernStatus.IN_TRIAGE, null, coordinator);
			this.concerns.close(closed, ConcernOutcome.DETAILS_CORRECTED,
					"Thank you. The organisation has corrected the closing date.", coordinator);
		});
		// The demo signatory's work experience, taken down while it is looked into.
		this.opportunities.ofOrganisation(member.get())
			.stream()
			.filter((o) -> o.details().title().equals(TAKEN_DOWN_TITLE) && o.isPublic())
			.map(OpportunityView::id)
			.findFirst()
			.flatMap(this.opportunities::find)
			.ifPresent((o) -> {
				ConcernId unsafe = this.concerns.createDemo(About.opportunity(o), ConcernKind.UNSAFE,
						"The placement asks young people to work unpaid evenings on their own in the shop.", null,
						now.minus(1, ChronoUnit.DAYS));
				this.concerns.triage(unsafe, ConcernStatus.IN_TRIAGE, "Spoke to the organisation; checking the rota.",
						coordinator);
				this.concerns.takeDownOpportunity(unsafe,
						"We were told the placement includes evening shifts worked alone. It stays down until you "
								+ "confirm every shift is supervised.",
						coordinator);
			});
	}

}
