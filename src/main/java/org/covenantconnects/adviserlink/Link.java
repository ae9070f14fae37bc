package org.covenantconnects.adviserlink;

import java.time.Instant;
import java.util.UUID;

import org.covenantconnects.identity.AccountId;

/**
 * A link between a care leaver and a supporter, or a request for one that waits for an
 * answer.
 *
 * @param supporter {@code null} while a young person's invitation waits
 * @param careLeaver {@code null} while a supporter's request waits
 * @param invitedEmail the address asked, while waiting; {@code null} once active
 * @param startedAt when the link started; {@code null} while waiting
 */
public record Link(UUID id, AccountId supporter, AccountId careLeaver, String invitedEmail, StartedBy startedBy,
		boolean active, Instant createdAt, Instant startedAt) {

	/** Who asked for the link. */
	public enum StartedBy {

		CARE_LEAVER, SUPPORTER

	}

}
