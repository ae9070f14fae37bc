package org.covenantconnects.council;

import java.util.UUID;

/**
 * Someone who leads the partnership at a council: personal data, never shown publicly.
 */
public record CouncilLead(UUID id, String name, String role, String email) {

}
