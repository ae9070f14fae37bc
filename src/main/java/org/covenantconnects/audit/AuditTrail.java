package org.covenantconnects.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.covenantconnects.audit.internal.RecordViews;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who looked at a young person's record. Every module that shows someone a young person's
 * profile, take-ups or progress writes it here, in the same transaction as the read, so
 * that a look is never shown without being recorded. Entries are never changed or removed
 * (the table refuses it); they go only with the young person's account.
 */
@Service
public class AuditTrail {

	private final RecordViews views;

	private final Clock clock;

	AuditTrail(RecordViews views, Clock clock) {
		this.views = views;
		this.clock = clock;
	}

	/**
	 * Writes that someone other than the young person looked at their record: who, in
	 * what role, what they looked at (the page or action), and when.
	 */
	@Transactional
	public void recordView(AccountId viewer, Role role, AccountId careLeaver, String what) {
		this.views.insert(viewer, role, List.of(careLeaver), what, now());
	}

	/** Writes one entry for each young person listed to someone, in one statement. */
	@Transactional
	public void recordViews(AccountId viewer, Role role, Collection<AccountId> careLeavers, String what) {
		if (!careLeavers.isEmpty()) {
			this.views.insert(viewer, role, careLeavers, what, now());
		}
	}

	/**
	 * Writes one entry for each take-up someone looked at, naming the take-up.
	 * @param takeUps each take-up's id, with whose it is ({@code null} once they deleted
	 * their account)
	 */
	@Transactional
	public void recordTakeUpViews(AccountId viewer, Role role, Map<UUID, AccountId> takeUps, String what) {
		if (!takeUps.isEmpty()) {
			this.views.insertForTakeUps(viewer, role, takeUps, what, now());
		}
	}

	/**
	 * The audit trail of one young person, newest first, for a coordinator or an
	 * administrator; reading it is itself recorded.
	 */
	@Transactional
	public List<RecordView> trailOf(AccountId reader, Role role, AccountId careLeaver) {
		recordView(reader, role, careLeaver, "Read the audit trail");
		return this.views.of(careLeaver);
	}

	/** The entries about a young person, newest first, for their own download. */
	public List<RecordView> aboutYou(AccountId careLeaver) {
		return this.views.of(careLeaver);
	}

	private Instant now() {
		return this.clock.instant();
	}

	/**
	 * One entry of the audit trail.
	 *
	 * @param viewer who looked, or {@code null} once their account has been erased
	 * @param takeUp the take-up looked at, or {@code null}
	 */
	public record RecordView(AccountId viewer, Role viewerRole, UUID takeUp, String what, Instant viewedAt) {

	}

}
