package org.covenantconnects.meeting;

import java.time.Instant;
import java.util.UUID;

import org.covenantconnects.contactlog.PartnerRef;
import org.jspecify.annotations.Nullable;

/**
 * A partner contact invited to a network meeting, as they were when invited: a work
 * contact, not an account.
 *
 * @param attended whether they came, once the coordinator has said; {@code null} before
 * @param loggedAt when their coming went into their partner's contact log, or
 * {@code null}
 */
public record Invitee(UUID id, PartnerRef partner, String partnerName, String name, @Nullable String role, String email,
		Instant invitedAt, @Nullable Boolean attended, @Nullable Instant loggedAt) {

	/** "Sarah Ahmed, Head of leaving care, Leeds". */
	public String describe() {
		return this.name + ((this.role != null) ? ", " + this.role : "") + ", " + this.partnerName;
	}

	public boolean came() {
		return Boolean.TRUE.equals(this.attended);
	}

}
