package org.covenantconnects.identity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Something an administrator did: published for the audit module, which keeps it in the
 * admin audit log in the same transaction as the action.
 *
 * @param admin who did it
 * @param action what they did, as a short phrase: "Locked an account"
 * @param subject whose account it was about, or {@code null}
 * @param detail anything more to keep (a certificate reference, a role), or {@code null}
 * @param at when
 */
public record AdminAction(AccountId admin, String action, @Nullable AccountId subject, @Nullable String detail,
		Instant at) {

}
