package org.covenantconnects.prospect;

import java.time.Instant;
import java.util.UUID;

import org.covenantconnects.identity.AccountId;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.signatory.Sector;
import org.jspecify.annotations.Nullable;

/**
 * An organisation the Covenant team would like to sign. Its id becomes its signatory's id
 * when it accepts the invitation to sign.
 *
 * @param recommendedByCouncil the council that recommended it, or {@code null}
 * @param recommendedBy who else recommended it, in words, or {@code null} when a council
 * did
 * @param invitedAt when it was last invited to sign, or {@code null}
 */
public record Prospect(UUID id, String name, @Nullable String website, @Nullable Sector sector,
		@Nullable RegionCode region, String contactName, String contactEmail,
		@Nullable LocalAuthorityId recommendedByCouncil, @Nullable String recommendedBy, @Nullable AccountId recordedBy,
		Instant recordedAt, @Nullable Instant invitedAt) {

}
