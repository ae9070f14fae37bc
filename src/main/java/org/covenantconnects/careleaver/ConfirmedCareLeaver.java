package org.covenantconnects.careleaver;

import java.time.LocalDate;

import org.covenantconnects.identity.AccountId;
import org.covenantconnects.places.RegionCode;

/**
 * A registered care leaver whose account is active (their email address confirmed, not
 * locked) and whose care experience is confirmed: what another module needs to decide
 * whether they may take part in something only for them, such as the monthly give-away.
 */
public record ConfirmedCareLeaver(AccountId account, LocalDate dateOfBirth, RegionCode region) {

}
