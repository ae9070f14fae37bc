package org.covenantconnects.careleaver;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.covenantconnects.identity.AccountId;
import org.covenantconnects.opportunity.Category;
import org.covenantconnects.opportunity.FitRule;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.RegionCode;

/**
 * What a care leaver has told us about themselves. Only they (and, later, coordinators
 * with an audited reason) see it; organisations never do.
 *
 * @param openToSuggestions whether coordinators may suggest opportunities to them; off
 * until they turn it on
 * @param institution the college or university they attend, in their words, or
 * {@code null}
 * @param careExperienceConfirmedAt when a linked personal adviser or the Covenant team
 * confirmed their care experience ({@link CareExperience}); {@code null} while it is not
 * confirmed
 */
public record CareLeaverProfile(AccountId account, String fullName, String preferredName, LocalDate dateOfBirth,
		LocalAuthorityId council, RegionCode region, Set<Category> categories, Set<OpportunityType> types,
		Situation situation, String ambitions, boolean openToSuggestions, Instant privacyNoticeAcceptedAt,
		Instant createdAt, String institution, Instant careExperienceConfirmedAt) {

	/** The youngest age the programme is for. */
	public static final int YOUNGEST = 16;

	/** The oldest age the programme is for; some opportunities go further. */
	public static final int OLDEST = 25;

	public CareLeaverProfile {
		categories = Set.copyOf(categories);
		types = Set.copyOf(types);
	}

	/**
	 * Whether their care experience is confirmed, so that opportunities for confirmed
	 * young people only are open to them.
	 */
	public boolean isCareExperienceConfirmed() {
		return this.careExperienceConfirmedAt != null;
	}

	/** The name they like to be called: their preferred name, or else their full name. */
	public String nameToUse() {
		return (this.preferredName != null) ? this.preferredName : this.fullName;
	}

	/** Their age in whole years on the day. */
	public int ageOn(LocalDate day) {
		return ageOn(this.dateOfBirth, day);
	}

	public static int ageOn(LocalDate dateOfBirth, LocalDate day) {
		return FitRule.ageOn(dateOfBirth, day);
	}

}
