package org.covenantconnects.council;

import org.covenantconnects.places.LocalAuthority;

/**
 * How one row of a published partner list matched.
 *
 * @param row the row's number among the names, from 1
 * @param council the council matched or guessed, or the closest one when not matched (may
 * be {@code null})
 * @param score how close the cleaned name is to the council's, from 0 to 1
 * @param runnerUp the next closest council, or {@code null}
 * @param duplicateOf the row this one repeats, or 0
 */
public record NameMatch(int row, String published, MatchOutcome outcome, LocalAuthority council, double score,
		LocalAuthority runnerUp, double runnerUpScore, int duplicateOf) {

}
