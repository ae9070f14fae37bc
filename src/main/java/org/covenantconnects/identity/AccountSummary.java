package org.covenantconnects.identity;

import java.time.Instant;

/** What administrators see of an account in lists. */
public record AccountSummary(AccountId id, String email, String displayName, Role role, AccountStatus status,
		Instant createdAt) {

}
