package org.covenantconnects.contactlog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.covenantconnects.identity.AccountId;

/**
 * One entry of a partner's contact log.
 *
 * @param nextStep what happens next, or {@code null}
 * @param nextStepDue when the next step is due, or {@code null}
 * @param writtenBy who wrote it, or {@code null} when the service did (an import, demo
 * data)
 * @param attended how many attended an awareness session, or {@code null}
 */
public record ContactLogEntry(UUID id, PartnerRef partner, ContactKind kind, LocalDate happenedOn, String who,
		String summary, String nextStep, LocalDate nextStepDue, AccountId writtenBy, Instant writtenAt,
		Integer attended) {

}
