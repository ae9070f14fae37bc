package org.covenantconnects.careleaver;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.covenantconnects.opportunity.Category;
import org.covenantconnects.opportunity.OpportunityType;

/**
 * Everything Covenant Connects holds about one care leaver, as they download it. Names
 * are spelled out in full so that the file reads without a key.
 */
public record MyData(Instant downloadedAt, Account account, Profile profile, List<Saved> savedOpportunities,
		List<TakeUpRecord> takeUps, List<EmailRecord> emailsSentToYou, List<LookedAt> whoLookedAtYourApplications,
		Object alerts, Map<String, Object> more) {

	public record Account(String email, String name, String role, String status, Instant createdAt) {

	}

	public record Profile(String fullName, String preferredName, LocalDate dateOfBirth,
			String councilThatLookedAfterYou, String regionWhereYouLive, Set<Category> interestedInCategories,
			Set<OpportunityType> interestedInTypes, Situation situation, String ambitions,
			boolean openToSuggestionsFromCoordinators, Instant privacyNoticeAcceptedAt, Instant createdAt,
			String collegeOrUniversity) {

	}

	public record Saved(String opportunityId, String title, String organisation, Instant savedAt) {

	}

	public record TakeUpRecord(String id, String opportunityId, String title, String organisation, TakeUpStatus status,
			SharedWithOrganisation sharedWithOrganisation, Instant createdAt, Instant updatedAt,
			List<TakeUp.Event> history) {

	}

	public record SharedWithOrganisation(String name, String email, Situation situation, String message) {

	}

	/**
	 * One entry of the audit trail about them: who (by role), what they looked at, when.
	 */
	public record LookedAt(String who, String what, Instant when) {

	}

	public record EmailRecord(String subject, String body, String status, OffsetDateTime writtenAt,
			OffsetDateTime sentAt) {

	}

}
