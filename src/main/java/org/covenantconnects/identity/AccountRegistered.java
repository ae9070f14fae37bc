package org.covenantconnects.identity;

/** An account was created, by registration or by invitation. */
public record AccountRegistered(AccountId account, Role role) {

}
