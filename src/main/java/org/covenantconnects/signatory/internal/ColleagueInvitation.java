package org.covenantconnects.signatory.internal;

import java.time.Instant;
import java.util.UUID;

import org.covenantconnects.identity.AccountId;
import org.covenantconnects.signatory.SignatoryId;

/**
 * A colleague invited to act for an organisation, waiting for them to choose a password.
 *
 * @param invitedBy the signatory user who invited them
 */
public record ColleagueInvitation(UUID id, SignatoryId signatory, String displayName, String email, AccountId invitedBy,
		Instant createdAt, Instant expiresAt) {

}
