package org.covenantconnects.takeup.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.covenantconnects.careleaver.CareLeaverDeleted;
import org.covenantconnects.careleaver.ForYouPutForward;
import org.covenantconnects.careleaver.HeldElsewhere;
import org.covenantconnects.careleaver.SharedWithOrganisations;
import org.covenantconnects.careleaver.Situation;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.opportunity.OpportunityView;
import org.covenantconnects.takeup.Proposals;
import org.covenantconnects.takeup.TakeUp;
import org.covenantconnects.takeup.TakeUpStatus;
import org.covenantconnects.takeup.TakeUps;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What care leavers' own pages and their data need of their take-ups, given through the
 * interfaces the care leaver module offers: what they were put forward for (For you),
 * what they shared (My account), their saved opportunities and take-ups (the download),
 * and erasing them with the account.
 */
@Component
class TakeUpsForCareLeavers implements ForYouPutForward, SharedWithOrganisations {

	private final TakeUps takeUps;

	private final Proposals proposals;

	private final TakeUpRepository records;

	TakeUpsForCareLeavers(TakeUps takeUps, Proposals proposals, TakeUpRepository records) {
		this.takeUps = takeUps;
		this.proposals = proposals;
		this.records = records;
	}

	@Override
	public List<PutForward> waitingFor(AccountId careLeaver) {
		return this.proposals.waitingWithOpportunities(careLeaver)
			.stream()
			.map((waiting) -> new PutForward(waiting.proposal().id(), waiting.opportunity(), waiting.proposal().from()))
			.toList();
	}

	@Override
	public List<Shared> sharedBy(AccountId careLeaver) {
		return this.takeUps.mine(careLeaver)
			.stream()
			.filter((row) -> row.takeUp() != null && row.takeUp().status() != TakeUpStatus.INTERESTED
					&& row.takeUp().status() != TakeUpStatus.CLAIMED)
			.map((row) -> new Shared(row.organisation(), row.title(), row.takeUp().sharedName(),
					row.takeUp().sharedEmail(), row.takeUp().sharedSituation(), row.takeUp().message() != null))
			.toList();
	}

	/**
	 * Leaves the young person's take-ups only as anonymous counts and removes their saved
	 * opportunities, in the transaction that deletes their account.
	 */
	@EventListener
	void on(CareLeaverDeleted deleted) {
		this.records.erase(deleted.account());
	}

	/** The opportunities they saved, in their download. */
	@Component
	@Order(1)
	static class SavedInTheDownload implements HeldElsewhere {

		private final TakeUpRepository records;

		private final Opportunities opportunities;

		SavedInTheDownload(TakeUpRepository records, Opportunities opportunities) {
			this.records = records;
			this.opportunities = opportunities;
		}

		@Override
		public String part() {
			return "savedOpportunities";
		}

		@Override
		public Object about(AccountId careLeaver) {
			return this.records.saved(careLeaver).entrySet().stream().map((entry) -> {
				Optional<OpportunityView> opportunity = this.opportunities.find(entry.getKey());
				return new Saved(entry.getKey().toString(), opportunity.map((o) -> o.details().title()).orElse(null),
						opportunity.map(OpportunityView::organisationName).orElse(null), entry.getValue());
			}).toList();
		}

	}

	/** Their take-ups with all they shared and each one's history, in their download. */
	@Component
	@Order(2)
	static class TakeUpsInTheDownload implements HeldElsewhere {

		private final TakeUpRepository records;

		private final Opportunities opportunities;

		TakeUpsInTheDownload(TakeUpRepository records, Opportunities opportunities) {
			this.records = records;
			this.opportunities = opportunities;
		}

		@Override
		public String part() {
			return "takeUps";
		}

		@Override
		public Object about(AccountId careLeaver) {
			return this.records.takeUps(careLeaver).stream().map((takeUp) -> {
				Optional<OpportunityView> opportunity = this.opportunities.find(takeUp.opportunity());
				return new TakeUpRecord(takeUp.id().toString(), takeUp.opportunity().toString(),
						opportunity.map((o) -> o.details().title()).orElse(null),
						opportunity.map(OpportunityView::organisationName).orElse(null), takeUp.status(),
						new SharedWithOrganisation(takeUp.sharedName(), takeUp.sharedEmail(), takeUp.sharedSituation(),
								takeUp.message()),
						takeUp.createdAt(), takeUp.updatedAt(), takeUp.history());
			}).toList();
		}

	}

	record Saved(String opportunityId, String title, String organisation, Instant savedAt) {

	}

	record TakeUpRecord(String id, String opportunityId, String title, String organisation, TakeUpStatus status,
			SharedWithOrganisation sharedWithOrganisation, Instant createdAt, Instant updatedAt,
			List<TakeUp.Event> history) {

	}

	record SharedWithOrganisation(String name, String email, Situation situation, String message) {

	}

}
