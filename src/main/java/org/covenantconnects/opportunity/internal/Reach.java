package org.covenantconnects.opportunity.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.covenantconnects.opportunity.Category;
import org.covenantconnects.opportunity.FitCriteria;
import org.covenantconnects.opportunity.FitRule;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.RegionCode;

/**
 * The published opportunities of a copy by whom they reach ({@link FitRule#reaches}), for
 * For you: for each region, those that reach everyone who lives there (national ones,
 * those for the region and those of one of its councils); for each council, its own
 * (those that name it); and each opportunity's age range, type, category and scope as
 * small numbers. A young person's For you then looks only at what reaches their region or
 * their council, about a third of the opportunities, and orders it without comparing two
 * of them: by how well it suits them, in twelve groups, each already newest first.
 */
final class Reach {

	/** Scope's place in For you's order: local, then regional, then national. */
	private static final int SCOPES = 3;

	/** How well an opportunity suits a young person: its type (2) and category (1). */
	private static final int SUITS = 4;

	private static final int[] NONE = new int[0];

	private final OpenToday open;

	/**
	 * For each region, the places of the opportunities reaching everyone living there.
	 */
	private final Map<RegionCode, int[]> byRegion;

	/** For each council, the places of the opportunities that name it. */
	private final Map<LocalAuthorityId, int[]> byCouncil;

	/** The places of the national opportunities: all that reach a region none names. */
	private final int[] national;

	private final int[] ageFrom;

	private final int[] ageTo;

	/**
	 * Type by {@link OpportunityType#ordinal()}, -1 for one this service does not know.
	 */
	private final int[] type;

	/** Category by {@link Category#ordinal()}, -1 for one this service does not know. */
	private final int[] category;

	/** Local (0), regional (1), national (2). */
	private final int[] scope;

	private Reach(OpenToday open, Map<RegionCode, int[]> byRegion, Map<LocalAuthorityId, int[]> byCouncil,
			int[] national, int[] ageFrom, int[] ageTo, int[] type, int[] category, int[] scope) {
		this.open = open;
		this.byRegion = byRegion;
		this.byCouncil = byCouncil;
		this.national = national;
		this.ageFrom = ageFrom;
		this.ageTo = ageTo;
		this.type = type;
		this.category = category;
		this.scope = scope;
	}

	/**
	 * Reads the rows of a copy, in its order (newest first, then by id), with whether
	 * each is open today.
	 */
	static Reach of(List<PublishedListing.Listed> rows, OpenToday open) {
		int size = rows.size();
		Map<RegionCode, PlaceList> byRegion = new HashMap<>();
		Map<LocalAuthorityId, PlaceList> byCouncil = new HashMap<>();
		PlaceList national = new PlaceList();
		int[] ageFrom = new int[size];
		int[] ageTo = new int[size];
		int[] type = new int[size];
		int[] category = new int[size];
		int[] scope = new int[size];
		for (int i = 0; i < size; i++) {
			PublishedListing.Listed listed = rows.get(i);
			FitRule fit = listed.fit();
			if (fit.reachesEveryone()) {
				national.add(i);
			}
			else {
				for (RegionCode region : fit.regions()) {
					byRegion.computeIfAbsent(region, (r) -> new PlaceList()).add(i);
				}
				for (LocalAuthorityId council : fit.councils()) {
					byCouncil.computeIfAbsent(council, (c) -> new PlaceList()).add(i);
				}
			}
			ageFrom[i] = fit.ageFrom();
			ageTo[i] = fit.ageTo();
			type[i] = ordinal(OpportunityType.class, listed.type());
			category[i] = ordinal(Category.class, listed.category());
			scope[i] = switch (listed.scope()) {
				case "COUNCILS" -> 0;
				case "REGIONS" -> 1;
				default -> 2;
			};
		}
		int[] nationalPlaces = national.toArray();
		Map<RegionCode, int[]> regions = new HashMap<>();
		byRegion.forEach((region, places) -> regions.put(region, union(places.toArray(), nationalPlaces)));
		Map<LocalAuthorityId, int[]> councils = new HashMap<>();
		byCouncil.forEach((council, places) -> councils.put(council, places.toArray()));
		return new Reach(open, Map.copyOf(regions), Map.copyOf(councils), nationalPlaces, ageFrom, ageTo, type,
				category, scope);
	}

	private static <E extends Enum<E>> int ordinal(Class<E> type, String name) {
		try {
			return Enum.valueOf(type, name).ordinal();
		}
		catch (IllegalArgumentException ex) {
			return -1;
		}
	}

	/**
	 * What fits one young person, best first, as {@code fittingInDatabase} orders it:
	 * those of a type they are interested in, then of a category they are interested in,
	 * then local before regional before national, then newest first.
	 * @return the places in the copy of all that fit, in that order
	 */
	int[] fitting(FitCriteria fit, LocalDate today, Instant hideBefore) {
		int[] reaching = reaching(fit);
		boolean[] types = new boolean[OpportunityType.values().length];
		fit.types().forEach((t) -> types[t.ordinal()] = true);
		boolean[] categories = new boolean[Category.values().length];
		fit.categories().forEach((c) -> categories[c.ordinal()] = true);
		int age = fit.age();
		boolean confirmed = fit.confirmed();
		OpenToday.Test open = this.open.on(today, hideBefore);
		// Each that fits goes into one of twelve groups; a group keeps the copy's order.
		int[] group = new int[reaching.length];
		int[] counts = new int[SUITS * SCOPES + 1];
		int fitting = 0;
		for (int place : reaching) {
			if (age < this.ageFrom[place] || age > this.ageTo[place]) {
				continue;
			}
			if ((!confirmed && this.open.confirmedOnly(place)) || !open.isOpen(place)) {
				continue;
			}
			int suits = ((this.type[place] >= 0 && types[this.type[place]]) ? 2 : 0)
					+ ((this.category[place] >= 0 && categories[this.category[place]]) ? 1 : 0);
			int g = (SUITS - 1 - suits) * SCOPES + this.scope[place];
			group[fitting] = g;
			reaching[fitting] = place;
			counts[g + 1]++;
			fitting++;
		}
		for (int g = 1; g < counts.length; g++) {
			counts[g] += counts[g - 1];
		}
		int[] ordered = new int[fitting];
		for (int k = 0; k < fitting; k++) {
			ordered[counts[group[k]]++] = reaching[k];
		}
		return ordered;
	}

	/**
	 * The places of the opportunities that reach a young person, whatever their age:
	 * those that reach everyone in their region, and their council's own, in the copy's
	 * order. A new array each time.
	 */
	int[] reaching(FitCriteria fit) {
		return union(this.byRegion.getOrDefault(fit.region(), this.national),
				this.byCouncil.getOrDefault(fit.council(), NONE));
	}

	/** Two lists of places in increasing order, as one, each place once. */
	private static int[] union(int[] first, int[] second) {
		int[] both = new int[first.length + second.length];
		int i = 0;
		int j = 0;
		int n = 0;
		while (i < first.length || j < second.length) {
			int next;
			if (j == second.length || (i < first.length && first[i] < second[j])) {
				next = first[i++];
			}
			else if (i == first.length || second[j] < first[i]) {
				next = second[j++];
			}
			else {
				next = first[i++];
				j++;
			}
			both[n++] = next;
		}
		return (n == both.length) ? both : Arrays.copyOf(both, n);
	}

	/** A growing list of places. */
	private static final class PlaceList {

		private int[] places = new int[16];

		private int size;

		void add(int place) {
			if (this.size == this.places.length) {
				this.places = Arrays.copyOf(this.places, this.size * 2);
			}
			this.places[this.size++] = place;
		}

		int[] toArray() {
			return Arrays.copyOf(this.places, this.size);
		}

	}

}
