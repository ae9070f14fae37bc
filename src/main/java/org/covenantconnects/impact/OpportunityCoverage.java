package org.covenantconnects.impact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.covenantconnects.careleaver.CareLeaversByCouncil;
import org.covenantconnects.opportunity.Category;
import org.covenantconnects.opportunity.OpenOpportunityCounts;
import org.covenantconnects.opportunity.Outcome;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.Region;
import org.covenantconnects.places.RegionCode;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Where opportunities are missing: the opportunities open now per care leaver registered
 * on Connects, by the council that looked after them, by category and by outcome, the
 * least served first, so that the Covenant team knows where to look for new offers. An
 * opportunity counts for a council when it is open to young people there by the search's
 * rule ({@link OpenOpportunityCounts}). Counts only, for the Covenant team, who see them
 * as they are.
 */
@Service
public class OpportunityCoverage {

	private final CareLeaversByCouncil careLeavers;

	private final OpenOpportunityCounts opportunities;

	private final Places places;

	OpportunityCoverage(CareLeaversByCouncil careLeavers, OpenOpportunityCounts opportunities, Places places) {
		this.careLeavers = careLeavers;
		this.opportunities = opportunities;
		this.places = places;
	}

	/**
	 * The coverage in all England or one region, of the opportunities of a category and
	 * towards an outcome if they are given. The councils' table takes both; the table by
	 * category takes the outcome, and the one by outcome the category.
	 */
	public Coverage of(@Nullable RegionCode region, @Nullable Category category, @Nullable Outcome outcome) {
		Map<LocalAuthorityId, Long> registered = this.careLeavers.registered();
		Map<LocalAuthorityId, Long> open = this.opportunities.byCouncil(category, outcome);
		List<Row> councils = new ArrayList<>();
		long careLeaversInArea = 0;
		for (LocalAuthority council : this.places.localAuthorities()) {
			if (region != null && !council.region().equals(region)) {
				continue;
			}
			long people = registered.getOrDefault(council.id(), 0L);
			careLeaversInArea += people;
			String regionName = this.places.region(council.region()).map(Region::name).orElse("");
			councils.add(new Row(council.name(), regionName, people, open.getOrDefault(council.id(), 0L)));
		}
		councils.sort(Row.LEAST_SERVED_FIRST);
		Map<Category, Long> byCategory = this.opportunities.byCategory(region, outcome);
		List<Row> categories = new ArrayList<>();
		for (Category each : Category.values()) {
			categories.add(new Row(each.label(), null, careLeaversInArea, byCategory.get(each)));
		}
		categories.sort(Row.LEAST_SERVED_FIRST);
		Map<Outcome, Long> byOutcome = this.opportunities.byOutcome(region, category);
		List<Row> outcomes = new ArrayList<>();
		for (Outcome each : Outcome.values()) {
			outcomes.add(new Row(each.label(), null, careLeaversInArea, byOutcome.get(each)));
		}
		outcomes.sort(Row.LEAST_SERVED_FIRST);
		long openInArea = (category != null) ? byCategory.get(category)
				: byCategory.values().stream().mapToLong(Long::longValue).sum();
		return new Coverage(careLeaversInArea, openInArea, councils, categories, outcomes);
	}

	/**
	 * The coverage of an area.
	 *
	 * @param careLeavers care leavers registered whose council is in the area
	 * @param open opportunities open in the area, of the category and towards the outcome
	 * asked for
	 * @param councils the area's councils, least served first
	 * @param categories the categories, least served first (of the outcome asked for)
	 * @param outcomes the outcomes, least served first (of the category asked for)
	 */
	public record Coverage(long careLeavers, long open, List<Row> councils, List<Row> categories, List<Row> outcomes) {

		/** Councils with care leavers on Connects and no opportunity open to them. */
		public long councilsWithNone() {
			return this.councils.stream().filter(Row::noneOpen).count();
		}

		/** Councils with no care leaver on Connects. */
		public long councilsWithoutCareLeavers() {
			return this.councils.stream().filter((row) -> row.careLeavers() == 0).count();
		}

	}

	/**
	 * One council, category or outcome: its care leavers on Connects and the
	 * opportunities open to them.
	 *
	 * @param region the council's region, {@code null} for a category or an outcome
	 */
	public record Row(String name, @Nullable String region, long careLeavers, long open) {

		/**
		 * The lowest opportunities per care leaver first, so those with care leavers and
		 * none open come first; among equals, the most care leavers first; those with no
		 * care leavers on Connects last.
		 */
		static final Comparator<Row> LEAST_SERVED_FIRST = Comparator.comparing((Row row) -> row.careLeavers() == 0)
			.thenComparing((a, b) -> Long.compare(a.open() * Math.max(1, b.careLeavers()),
					b.open() * Math.max(1, a.careLeavers())))
			.thenComparing(Comparator.comparingLong(Row::careLeavers).reversed())
			.thenComparing(Row::name);

		/** Whether it has care leavers on Connects and no opportunity open to them. */
		public boolean noneOpen() {
			return this.careLeavers > 0 && this.open == 0;
		}

		/**
		 * Opportunities per care leaver, to two decimal places ("1.25"), or {@code null}
		 * when no care leaver is on Connects.
		 */
		public @Nullable BigDecimal perCareLeaver() {
			if (this.careLeavers == 0) {
				return null;
			}
			return BigDecimal.valueOf(this.open).divide(BigDecimal.valueOf(this.careLeavers), 2, RoundingMode.HALF_UP);
		}

		/** {@link #perCareLeaver()} for a page: "1,204.50", "under 0.01" or "0". */
		public String perCareLeaverShown() {
			BigDecimal ratio = perCareLeaver();
			if (ratio == null) {
				return "No care leavers on Connects";
			}
			if (this.open == 0) {
				return "0";
			}
			if (ratio.signum() == 0) {
				return "under 0.01";
			}
			return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK)).format(ratio);
		}

	}

}
