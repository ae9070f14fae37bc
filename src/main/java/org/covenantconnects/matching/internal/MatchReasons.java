package org.covenantconnects.matching.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.covenantconnects.careleaver.CareLeaverProfile;
import org.covenantconnects.careleaver.Words;
import org.covenantconnects.opportunity.OpportunityDetails;
import org.covenantconnects.opportunity.OpportunityView;
import org.covenantconnects.opportunity.SearchCriteria;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.Places;

import org.springframework.stereotype.Component;

/**
 * Why an opportunity is a good match for a young person, in short phrases that read the
 * same to the coordinator who ranks it and to the young person who is put forward for it.
 * They follow the ranking: interests, being only for their council or region, closing
 * soon, a quality internship, and barriers the organisation removes.
 */
@Component
public class MatchReasons {

	private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final Places places;

	private final Clock clock;

	MatchReasons(Places places, Clock clock) {
		this.places = places;
		this.clock = clock;
	}

	public List<String> why(CareLeaverProfile profile, OpportunityView opportunity) {
		OpportunityDetails details = opportunity.details();
		LocalDate today = LocalDate.now(this.clock.withZone(ENGLAND));
		List<String> reasons = new ArrayList<>();
		if (profile.types().contains(details.type())) {
			reasons.add("Matches an interest in " + Words.plural(details.type()));
		}
		if (profile.categories().contains(details.category())) {
			reasons.add("Matches an interest in " + Words.inSentence(details.category()));
		}
		String region = this.places.region(profile.region()).map(Words::inSentence).orElse("their region");
		switch (details.scope()) {
			case COUNCILS -> reasons.add(details.councils().contains(profile.council())
					? "Only for young people looked after by " + councilName(profile)
					: "Only for a few councils, in " + region);
			case REGIONS -> reasons.add("Only for young people living in " + region);
			case NATIONAL -> reasons.add("Open to young people anywhere in England");
		}
		if (details.closesOn() != null
				&& !details.closesOn().isAfter(today.plusDays(SearchCriteria.CLOSING_SOON_DAYS))) {
			reasons.add("Closes soon, on " + DAY.format(details.closesOn()));
		}
		if (opportunity.isQualityInternship()) {
			reasons.add("A quality internship: paid, with a mentor and a route to a job");
		}
		List<String> barriers = details.barriers().described();
		if (!barriers.isEmpty()) {
			reasons.add("Removes barriers: " + String.join(", ", barriers).toLowerCase(Locale.UK));
		}
		return reasons;
	}

	private String councilName(CareLeaverProfile profile) {
		return this.places.localAuthority(profile.council()).map(LocalAuthority::name).orElse("their council");
	}

}
