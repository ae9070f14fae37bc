package org.covenantconnects.event;

import java.time.Instant;
import java.util.UUID;

import org.covenantconnects.identity.AccountId;
import org.jspecify.annotations.Nullable;

/**
 * A person's sign-up to an event.
 *
 * @param position for someone waiting, their place in the queue (1 is next); otherwise 0
 * @param attended whether they came, once the organiser has said; {@code null} before
 */
public record SignUp(UUID event, AccountId account, SignUpStatus status, Instant signedUpAt, int position,
		@Nullable Boolean attended) {

	public boolean hasPlace() {
		return this.status == SignUpStatus.PLACE;
	}

	public boolean isWaiting() {
		return this.status == SignUpStatus.WAITING;
	}

}
