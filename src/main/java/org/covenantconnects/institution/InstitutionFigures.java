package org.covenantconnects.institution;

import java.util.List;

/**
 * How the care leavers who go to an institution use Connects (their take-ups and the
 * events they came to), which other modules keep: a care leaver goes to it when the
 * college or university on their profile is its name, in any case (as the chooser stores
 * it). Exact counts, for the page to hide small ones.
 */
public interface InstitutionFigures {

	/** How many care leavers on Connects go to the institution of this name. */
	long careLeavers(String institutionName);

	/**
	 * Their take-ups, ever, for each type of opportunity that has any: how many began and
	 * how many of those started.
	 */
	List<TakeUpsOfType> takeUpsByType(String institutionName);

	/**
	 * The events they came to, ever: how many times one of them was marked as having come
	 * to an event (not cancelled), and how many of them came to at least one.
	 */
	EventsAttended eventsAttended(String institutionName);

	/**
	 * Attendances at events: each time one of the care leavers was marked as having come
	 * to one, and how many different care leavers came to at least one.
	 */
	record EventsAttended(long attendances, long careLeavers) {

	}

	/** The take-ups of one type of opportunity, by its label. */
	record TakeUpsOfType(String type, long began, long started) {

	}

}
