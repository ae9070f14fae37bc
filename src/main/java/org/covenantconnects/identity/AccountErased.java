package org.covenantconnects.identity;

/**
 * An account has been erased: every module has removed what it kept about the person, and
 * the account keeps nothing that identifies them. Published in the erasing transaction,
 * for anything held in memory to forget them.
 */
public record AccountErased(AccountId account, Role role) {

}
