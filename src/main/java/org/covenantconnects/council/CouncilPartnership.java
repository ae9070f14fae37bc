package org.covenantconnects.council;

import java.time.LocalDate;

import org.covenantconnects.identity.AccountId;
import org.covenantconnects.places.LocalAuthority;

/**
 * A council's partnership with the Covenant; a council never recorded is not a partner.
 *
 * @param since when it became a partner, or {@code null} (not a partner, or not known)
 * @param accountManager the coordinator who looks after it, or {@code null}
 * @param localOffer the address of the council's published local offer for care leavers,
 * or {@code null}
 */
public record CouncilPartnership(LocalAuthority council, boolean partner, LocalDate since, AccountId accountManager,
		String localOffer) {

	static CouncilPartnership none(LocalAuthority council) {
		return new CouncilPartnership(council, false, null, null, null);
	}

}
