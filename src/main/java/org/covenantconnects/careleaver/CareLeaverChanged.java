package org.covenantconnects.careleaver;

import org.covenantconnects.identity.AccountId;

/**
 * A care leaver's profile was made or changed: their details, or whether they want
 * suggestions from the Covenant team. Published in the transaction that made the change.
 */
public record CareLeaverChanged(AccountId account) {

}
