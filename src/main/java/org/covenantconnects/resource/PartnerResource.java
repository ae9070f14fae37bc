package org.covenantconnects.resource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.covenantconnects.identity.AccountId;
import org.jspecify.annotations.Nullable;

/**
 * One version of a document for partners, without its content.
 *
 * @param documentId the same for every version of one document
 * @param publishedOn the date the document carries
 * @param fileName the name it is downloaded under, made from its title
 * @param supersededAt when a newer version replaced it, or {@code null} for the current
 * one
 */
public record PartnerResource(UUID id, UUID documentId, String title, List<Audience> audiences, LocalDate publishedOn,
		String fileName, int sizeBytes, @Nullable AccountId uploadedBy, Instant uploadedAt,
		@Nullable Instant supersededAt) {

	public PartnerResource {
		audiences = List.copyOf(audiences);
	}

	public boolean isCurrent() {
		return this.supersededAt == null;
	}

	/** Its size as people read it, such as "120 KB" or "2.4 MB". */
	public String size() {
		if (this.sizeBytes < 1024 * 1024) {
			return Math.max(1, Math.round(this.sizeBytes / 1024.0)) + " KB";
		}
		return String.format(java.util.Locale.UK, "%.1f MB", this.sizeBytes / (1024.0 * 1024.0));
	}

}
