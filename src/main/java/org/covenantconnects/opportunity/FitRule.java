package org.covenantconnects.opportunity;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.RegionCode;

/**
 * Whom one opportunity fits: the one rule that For you, recommendations, alerts, matching
 * and taking an opportunity up all follow. An opportunity fits a young person when their
 * age in whole years on the day (the day in England) is within its age range, and it
 * reaches them:
 * <ul>
 * <li>{@link Scope#NATIONAL}: everyone;</li>
 * <li>{@link Scope#REGIONS}: those who live in one of its regions;</li>
 * <li>{@link Scope#COUNCILS}: those looked after by one of its councils, and those who
 * live in the region of one of its councils.</li>
 * </ul>
 * An age range not given is {@value OpportunityDetails#YOUNGEST} to
 * {@value OpportunityDetails#DEFAULT_OLDEST}. Regions or councils held with another scope
 * count for nothing.
 * <p>
 * Where PostgreSQL must answer it, the rule is written again in SQL: For you when no copy
 * of the published opportunities is kept in memory ({@code OpportunityRepository.FITS})
 * and the alerts made when an opportunity is published ({@code FanOut.FITS});
 * {@code FitRuleAgreementTests} checks that both agree with this class.
 */
public final class FitRule {

	private final int ageFrom;

	private final int ageTo;

	private final boolean everyone;

	private final Set<RegionCode> regions;

	private final Set<LocalAuthorityId> councils;

	private FitRule(int ageFrom, int ageTo, boolean everyone, Set<RegionCode> regions, Set<LocalAuthorityId> councils) {
		this.ageFrom = ageFrom;
		this.ageTo = ageTo;
		this.everyone = everyone;
		this.regions = regions;
		this.councils = councils;
	}

	/**
	 * The rule of an opportunity.
	 * @throws NullPointerException if its scope is not given
	 */
	public static FitRule of(OpportunityDetails details, Places places) {
		return of(details.scope(), details.regions(), details.councils(), details.ageFrom(), details.ageTo(),
				(council) -> places.localAuthority(council).map(LocalAuthority::region).orElse(null));
	}

	/**
	 * The rule of an opportunity, from the facts that decide it.
	 * @param ageFrom the youngest age it is open to, or {@code null} when not given
	 * @param ageTo the oldest age it is open to, or {@code null} when not given
	 * @param regionOf the region of a council, or {@code null} for a council it does not
	 * know
	 * @throws NullPointerException if the scope is not given
	 */
	public static FitRule of(Scope scope, Collection<RegionCode> regions, Collection<LocalAuthorityId> councils,
			Integer ageFrom, Integer ageTo, Function<LocalAuthorityId, RegionCode> regionOf) {
		int from = (ageFrom != null) ? ageFrom : OpportunityDetails.YOUNGEST;
		int to = (ageTo != null) ? ageTo : OpportunityDetails.DEFAULT_OLDEST;
		return switch (scope) {
			case NATIONAL -> new FitRule(from, to, true, Set.of(), Set.of());
			case REGIONS -> new FitRule(from, to, false, Set.copyOf(regions), Set.of());
			case COUNCILS -> new FitRule(from, to, false, regionsOf(councils, regionOf), Set.copyOf(councils));
		};
	}

	private static Set<RegionCode> regionsOf(Collection<LocalAuthorityId> councils,
			Function<LocalAuthorityId, RegionCode> regionOf) {
		Set<RegionCode> regions = new HashSet<>();
		for (LocalAuthorityId council : councils) {
			RegionCode region = regionOf.apply(council);
			if (region != null) {
				regions.add(region);
			}
		}
		return Set.copyOf(regions);
	}

	/**
	 * Whether it fits a young person on a day.
	 * @param today the day in England
	 * @param region where they live
	 * @param council the council that looked after them
	 */
	public boolean fits(LocalDate dateOfBirth, LocalDate today, RegionCode region, LocalAuthorityId council) {
		return fits(ageOn(dateOfBirth, today), region, council);
	}

	/**
	 * Whether it fits a young person of this age.
	 * @param region where they live
	 * @param council the council that looked after them
	 */
	public boolean fits(int age, RegionCode region, LocalAuthorityId council) {
		return isOpenToAge(age) && reaches(region, council);
	}

	public boolean isOpenToAge(int age) {
		return age >= this.ageFrom && age <= this.ageTo;
	}

	/**
	 * Whether it reaches someone who lives in this region and was looked after by this
	 * council, whatever their age.
	 */
	public boolean reaches(RegionCode region, LocalAuthorityId council) {
		return this.everyone || this.regions.contains(region) || this.councils.contains(council);
	}

	/** The youngest age it is open to. */
	public int ageFrom() {
		return this.ageFrom;
	}

	/** The oldest age it is open to. */
	public int ageTo() {
		return this.ageTo;
	}

	/** Whether it reaches everyone in England ({@link Scope#NATIONAL}). */
	public boolean reachesEveryone() {
		return this.everyone;
	}

	/** The regions where everyone who lives there is reached; never {@code null}. */
	public Set<RegionCode> regions() {
		return this.regions;
	}

	/**
	 * The councils whose young people (those they looked after) are reached, wherever
	 * they live; never {@code null}.
	 */
	public Set<LocalAuthorityId> councils() {
		return this.councils;
	}

	/**
	 * The day a young person must be born after to be no older than {@link #ageTo()} on
	 * this day. With {@link #bornBy(LocalDate)}, the age range as dates of birth, for
	 * those who test many people at once; it agrees with {@link #ageOn} (on 28 February
	 * of a year that is not a leap year, someone born on 29 February has not yet had
	 * their birthday).
	 */
	public LocalDate bornAfter(LocalDate today) {
		return today.minusYears(this.ageTo + 1L);
	}

	/**
	 * The day a young person must be born on or before to be at least {@link #ageFrom()}
	 * on this day.
	 */
	public LocalDate bornBy(LocalDate today) {
		return today.minusYears(this.ageFrom);
	}

	/** Someone's age in whole years on a day. */
	public static int ageOn(LocalDate dateOfBirth, LocalDate day) {
		return Period.between(dateOfBirth, day).getYears();
	}

	/**
	 * The councils whose own opportunities ({@link Scope#COUNCILS}) reach a young person:
	 * the council that looked after them and every council of the region they live in.
	 * The same rule as {@link #reaches}, seen from the young person's side, for finding
	 * what fits them among many opportunities at once.
	 * @param region where they live
	 * @param council the council that looked after them
	 * @param all every council, with its region
	 */
	public static Set<LocalAuthorityId> councilsReaching(RegionCode region, LocalAuthorityId council,
			Collection<LocalAuthority> all) {
		Set<LocalAuthorityId> reaching = new HashSet<>();
		reaching.add(council);
		for (LocalAuthority each : all) {
			if (each.region().equals(region)) {
				reaching.add(each.id());
			}
		}
		return reaching;
	}

}
