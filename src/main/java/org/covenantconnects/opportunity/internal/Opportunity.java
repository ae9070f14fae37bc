package org.covenantconnects.opportunity.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.opportunity.OpportunityDetails;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.opportunity.OpportunityView;
import org.covenantconnects.opportunity.Status;
import org.covenantconnects.signatory.SignatoryId;

/**
 * One opportunity on its way from draft to archive. Its status moves only by the methods
 * here, each of which checks that the move is allowed from where it stands:
 * {@code DRAFT → SUBMITTED → PUBLISHED → CLOSED → ARCHIVED}, with a submission returned
 * to draft with reasons, and a substantive edit of a published opportunity sending it
 * back for review. The Covenant team can take a published or closed opportunity down,
 * with a reason, and put it back to where it was.
 */
@SuppressFBWarnings(value = "PA_PUBLIC_PRIMITIVE_ATTRIBUTE",
		justification = "A row of the opportunity module read and written only inside the module; its package is not part of any API")
public class Opportunity {

	/** How long an open-ended opportunity stays published before we ask again. */
	public static final Duration RECONFIRM_AFTER = Duration.ofDays(90);

	/** How long a signatory has to re-confirm before the opportunity is hidden. */
	public static final Duration RECONFIRM_GRACE = Duration.ofDays(14);

	public final UUID id;

	public final SignatoryId signatory;

	public String organisationName;

	public OpportunityDetails details;

	public Status status;

	public String returnedReason;

	Instant createdAt;

	Instant submittedAt;

	public Instant publishedAt;

	public Instant confirmedAt;

	public Instant reconfirmRequestedAt;

	public boolean demo;

	public String takenDownReason;

	public Instant takenDownAt;

	public AccountId takenDownBy;

	/** The status it had before it was taken down, to return to when it is put back. */
	public Status takenDownFrom;

	Opportunity(UUID id, SignatoryId signatory) {
		this.id = id;
		this.signatory = signatory;
	}

	public static Opportunity draft(SignatoryId signatory, String organisationName, OpportunityDetails details,
			Instant now) {
		requireValid(details);
		Opportunity opportunity = new Opportunity(UUID.randomUUID(), signatory);
		opportunity.organisationName = organisationName;
		opportunity.details = details;
		opportunity.status = Status.DRAFT;
		opportunity.createdAt = now;
		opportunity.confirmedAt = now;
		return opportunity;
	}

	public OpportunityId id() {
		return new OpportunityId(this.id);
	}

	/**
	 * Changes the details. A draft just changes; a substantive change to a published
	 * opportunity goes back to coordinators for review (and off the public pages until
	 * they publish it again), while new dates or places take effect at once.
	 */
	public void edit(OpportunityDetails next, Instant now) {
		requireValid(next);
		if (this.status != Status.DRAFT && this.status != Status.PUBLISHED) {
			throw new IllegalStateException("An opportunity that is " + this.status + " cannot be changed");
		}
		if (this.status == Status.PUBLISHED && this.details.isSubstantiveChangeTo(next)) {
			this.status = Status.SUBMITTED;
			this.submittedAt = now;
		}
		this.details = next;
	}

	public void submit(Instant now) {
		require(Status.DRAFT, "Only a draft can be submitted");
		this.status = Status.SUBMITTED;
		this.submittedAt = now;
		this.returnedReason = null;
	}

	/**
	 * Only an organisation that has signed the Covenant can have opportunities listed.
	 */
	public void publish(boolean organisationSigned, Instant now) {
		require(Status.SUBMITTED, "Only a submitted opportunity can be published");
		if (!organisationSigned) {
			throw new IllegalStateException("The organisation has not signed the Covenant");
		}
		this.status = Status.PUBLISHED;
		this.publishedAt = now;
		this.confirmedAt = now;
		this.reconfirmRequestedAt = null;
		this.returnedReason = null;
	}

	public void returnWithReason(String reason, Instant now) {
		require(Status.SUBMITTED, "Only a submitted opportunity can be returned");
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("A returned opportunity needs a reason");
		}
		this.status = Status.DRAFT;
		this.returnedReason = reason.trim();
	}

	/** Closed at its closing date, or by its signatory when it is full. */
	public void close() {
		require(Status.PUBLISHED, "Only a published opportunity can be closed");
		this.status = Status.CLOSED;
	}

	public void archive() {
		if (this.status != Status.CLOSED && this.status != Status.DRAFT) {
			throw new IllegalStateException("Only a closed opportunity or a draft can be archived");
		}
		this.status = Status.ARCHIVED;
	}

	/**
	 * The Covenant team takes a published or closed opportunity off every public list and
	 * page; its organisation sees the reason and can change nothing until it is put back.
	 */
	public void takeDown(String reason, AccountId by, Instant now) {
		if (this.status != Status.PUBLISHED && this.status != Status.CLOSED) {
			throw new IllegalStateException("Only a published or closed opportunity can be taken down");
		}
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("Taking an opportunity down needs a reason");
		}
		this.takenDownFrom = this.status;
		this.status = Status.TAKEN_DOWN;
		this.takenDownReason = reason.trim();
		this.takenDownAt = now;
		this.takenDownBy = by;
	}

	/** The Covenant team puts a taken-down opportunity back where it was. */
	public void putBack() {
		require(Status.TAKEN_DOWN, "Only an opportunity that was taken down can be put back");
		this.status = this.takenDownFrom;
		this.takenDownFrom = null;
		this.takenDownReason = null;
		this.takenDownAt = null;
		this.takenDownBy = null;
	}

	/** The signatory says an open-ended opportunity is still available. */
	public void confirmStillAvailable(Instant now) {
		require(Status.PUBLISHED, "Only a published opportunity can be confirmed");
		this.confirmedAt = now;
		this.reconfirmRequestedAt = null;
	}

	/**
	 * Published and in date: closing dates take effect the day after, even before the
	 * closing job runs.
	 */
	public Status statusOn(LocalDate today) {
		if (this.status == Status.PUBLISHED && this.details.closesOn() != null
				&& this.details.closesOn().isBefore(today)) {
			return Status.CLOSED;
		}
		return this.status;
	}

	boolean isHiddenUntilConfirmed(Instant now) {
		return this.reconfirmRequestedAt != null && this.reconfirmRequestedAt.plus(RECONFIRM_GRACE).isBefore(now);
	}

	public OpportunityView view(LocalDate today, Instant now) {
		return new OpportunityView(id(), this.signatory, this.organisationName, this.details, statusOn(today),
				this.returnedReason, this.publishedAt, this.reconfirmRequestedAt != null, isHiddenUntilConfirmed(now),
				(this.status == Status.TAKEN_DOWN)
						? new OpportunityView.TakenDown(this.takenDownReason, this.takenDownAt, this.takenDownBy)
						: null);
	}

	private void require(Status expected, String message) {
		if (this.status != expected) {
			throw new IllegalStateException(message);
		}
	}

	private static void requireValid(OpportunityDetails details) {
		if (!details.problems().isEmpty()) {
			throw new IllegalArgumentException("Invalid opportunity: " + details.problems());
		}
	}

}
