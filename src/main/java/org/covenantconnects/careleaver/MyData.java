package org.covenantconnects.careleaver;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import org.covenantconnects.opportunity.Category;
import org.covenantconnects.opportunity.OpportunityType;

/**
 * Everything Covenant Connects holds about one care leaver, as they download it. Names
 * are spelled out in full so that the file reads without a key.
 *
 * @param emailsSentToYou every email sent to the care leaver, at any address they had, or
 * naming them (sent to an adviser, for instance), found by their account
 * @param heldElsewhere what other modules keep about them ({@link HeldElsewhere}), each
 * part written at the top level of the file under its own name
 */
public record MyData(Instant downloadedAt, Account account, Profile profile, List<EmailRecord> emailsSentToYou,
		Object alerts, @JsonAnyGetter Map<String, Object> heldElsewhere) {

	public record Account(String email, String name, String role, String status, Instant createdAt) {

	}

	public record Profile(String fullName, String preferredName, LocalDate dateOfBirth,
			String councilThatLookedAfterYou, String regionWhereYouLive, Set<Category> interestedInCategories,
			Set<OpportunityType> interestedInTypes, Situation situation, String ambitions,
			boolean openToSuggestionsFromCoordinators, Instant privacyNoticeAcceptedAt, Instant createdAt,
			String collegeOrUniversity, List<CareExperienceConfirmation> careExperienceConfirmed) {

	}

	/**
	 * One confirmation of their care experience, or a correction of it.
	 *
	 * @param correctionReason empty for the first confirmation
	 */
	public record CareExperienceConfirmation(String councilThatLookedAfterYou, String confirmedBy, String as,
			Instant confirmedAt, String correctionReason) {

	}

	public record EmailRecord(String sentTo, String subject, String body, String status, OffsetDateTime writtenAt,
			OffsetDateTime sentAt) {

	}

}
