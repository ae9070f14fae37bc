package org.covenantconnects.council;

import java.time.LocalDate;

import org.covenantconnects.identity.AccountId;

/**
 * The details of a partnership a coordinator keeps.
 *
 * @param since {@code null} when not a partner or not known
 * @param accountManager {@code null} for none
 * @param localOffer {@code null} for none
 */
public record PartnershipDetails(boolean partner, LocalDate since, AccountId accountManager, String localOffer) {

}
