package org.covenantconnects.careleaver;

import org.covenantconnects.identity.AccountId;

/**
 * A care leaver is deleting their account. Published in the transaction that deletes it,
 * before their profile goes: other modules remove whatever they keep about them, either
 * at once in the same transaction or once it commits.
 */
public record CareLeaverDeleted(AccountId account) {

}
