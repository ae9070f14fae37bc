package org.covenantconnects.identity;

/**
 * An account whose address was never confirmed is being removed, past the retention
 * period for unconfirmed accounts. Published in the transaction that removes it, before
 * it goes: the module that keeps its profile removes it too.
 */
public record UnconfirmedAccountRemoved(AccountId account, Role role) {

}
