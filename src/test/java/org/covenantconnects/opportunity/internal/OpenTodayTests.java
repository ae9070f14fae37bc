package org.covenantconnects.opportunity.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.covenantconnects.opportunity.FitRule;
import org.covenantconnects.opportunity.Scope;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link OpenToday} answers as {@link PublishedListing.Listed#isOpen} does, on the days
 * and instants either side of a closing day and of a request to re-confirm, to the
 * nanosecond.
 */
class OpenTodayTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

	private static final Instant HIDE_BEFORE = Instant.parse("2026-11-23T10:15:30.123456789Z");

	@Test
	void agreesWithTheRecordOnEitherSideOfEachBoundary() {
		List<LocalDate> closingDays = new ArrayList<>();
		closingDays.add(null);
		closingDays.addAll(List.of(TODAY.minusDays(1), TODAY, TODAY.plusDays(1)));
		List<Instant> reconfirmations = new ArrayList<>();
		reconfirmations.add(null);
		reconfirmations.addAll(
				List.of(HIDE_BEFORE.minusSeconds(1), HIDE_BEFORE.minusNanos(1), HIDE_BEFORE, HIDE_BEFORE.plusNanos(1),
						HIDE_BEFORE.plusSeconds(1), HIDE_BEFORE.minusSeconds(1).plusNanos(999_999_999)));
		List<PublishedListing.Listed> rows = new ArrayList<>();
		for (LocalDate closes : closingDays) {
			for (Instant reconfirm : reconfirmations) {
				rows.add(listed(closes, reconfirm, rows.size() % 2 == 0));
			}
		}
		OpenToday open = OpenToday.of(rows);
		int opened = 0;
		for (LocalDate day : List.of(TODAY.minusDays(1), TODAY, TODAY.plusDays(1))) {
			OpenToday.Test test = open.on(day, HIDE_BEFORE);
			for (int place = 0; place < rows.size(); place++) {
				PublishedListing.Listed listed = rows.get(place);
				assertThat(test.isOpen(place)).as("%s on %s", listed, day).isEqualTo(listed.isOpen(day, HIDE_BEFORE));
				assertThat(open.confirmedOnly(place)).isEqualTo(listed.confirmedOnly());
				opened += test.isOpen(place) ? 1 : 0;
			}
		}
		assertThat(opened).isGreaterThan(0).isLessThan(3 * rows.size());
	}

	private static PublishedListing.Listed listed(LocalDate closes, Instant reconfirm, boolean confirmedOnly) {
		FitRule fit = FitRule.of(Scope.NATIONAL, List.of(), List.of(), 16, 25, (council) -> null);
		return new PublishedListing.Listed(UUID.randomUUID(), "JOB", "EMPLOYMENT_AND_WORK_EXPERIENCE", "NATIONAL", fit,
				closes, Instant.parse("2026-11-01T00:00:00Z"), reconfirm, false, 0, confirmedOnly, Set.of(), Set.of(),
				Set.of());
	}

}
