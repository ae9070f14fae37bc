package org.covenantconnects.identity;

/** An account's email address was confirmed and it can now sign in. */
public record AccountActivated(AccountId account, Role role) {

}
