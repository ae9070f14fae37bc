package org.covenantconnects.council;

import java.time.LocalDate;

/**
 * A council in a coordinator's patch, with the next step its contact log holds.
 *
 * @param nextStep the next step of the latest contact that set one, or {@code null}
 * @param due when that step is due, or {@code null}
 * @param overdue whether its due date has passed
 */
public record MyCouncil(CouncilPartnership partnership, String nextStep, LocalDate due, boolean overdue) {

}
