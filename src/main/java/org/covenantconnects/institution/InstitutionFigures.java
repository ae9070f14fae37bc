package org.covenantconnects.institution;

import java.time.Instant;
import java.util.List;

/**
 * How the care leavers who go to an institution use Connects (their take-ups and the
 * events they came to), which other modules keep: a care leaver goes to it when the
 * college or university on their profile is its name, in any case (as the chooser stores
 * it). Exact counts, for the page to hide small ones. Stages and the six-month figure are
 * read from the take-ups' kept histories as of a moment, so a past moment's figures are
 * not changed by anything recorded later.
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
	 * Their take-ups by the stage each was at as of {@code asOf}, every stage in the
	 * order a take-up goes through them, by its label.
	 */
	List<AtStage> takeUpsByStage(String institutionName, Instant asOf);

	/**
	 * As of {@code asOf}: their take-ups that began six months or more before, and how
	 * many of those were still going six months after they began.
	 */
	SixMonthsOn sixMonthsOn(String institutionName, Instant asOf);

	/** How many take-ups were at one stage. */
	record AtStage(String stage, long count) {

	}

	/**
	 * Take-ups that began six months or more before, and those of them still going then.
	 */
	record SixMonthsOn(long began, long stillGoing) {

	}

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
