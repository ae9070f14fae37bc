package org.covenantconnects.search.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One published opportunity as the API shows it. The access code of a discount or free
 * tickets is never included: it is for signed-in care leavers only.
 *
 * @param places {@code null} for unlimited
 * @param applyUrl only for the {@code LINK} route
 */
record OpportunityJson(String id, String url, String title, String summary, String description, Named type,
		Named category, List<Named> outcomes, Named orientation, boolean qualityInternship, Organisation organisation,
		String scope, List<Named> regions, List<Named> councils, Eligibility eligibility, Integer places,
		LocalDate opensOn, LocalDate closesOn, LocalDate startsOn, Named takeUp, String applyUrl,
		List<String> helpToTakePart, String status, Instant publishedAt) {

	record Named(String code, String label) {

	}

	record Organisation(String id, String name, String url) {

	}

	record Eligibility(int ageFrom, int ageTo, String otherConditions) {

	}

}
