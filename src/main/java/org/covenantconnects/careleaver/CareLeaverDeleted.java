package org.covenantconnects.careleaver;

import org.covenantconnects.identity.AccountId;

/**
 * A care leaver deleted their account. Other modules remove whatever they keep about
 * them.
 */
public record CareLeaverDeleted(AccountId account) {

}
