package org.covenantconnects.signatory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.covenantconnects.identity.AccountId;
import org.covenantconnects.places.RegionCode;

/**
 * An organisation on its way through the signing pipeline. The stage only moves by the
 * methods here, each of which checks that the move is allowed from where the organisation
 * stands.
 */
class Signatory {

	final UUID id;

	String name;

	String slug;

	Sector sector;

	Size size;

	String website;

	boolean national;

	List<RegionCode> regions;

	String couldOffer;

	Stage stage;

	Instant stageChangedAt;

	String returnedReason;

	AccountId accountManager;

	String intentLeaderName;

	String intentLeaderRole;

	LocalDate intentSignedOn;

	String proformaOffer;

	String proformaFirstOpportunities;

	String proformaContactPhone;

	LocalDate signedOn;

	boolean demo;

	Instant createdAt;

	Signatory(UUID id) {
		this.id = id;
	}

	SignatoryId id() {
		return new SignatoryId(this.id);
	}

	// Read by the pages' templates.

	public UUID uuid() {
		return this.id;
	}

	public String name() {
		return this.name;
	}

	public Stage stage() {
		return this.stage;
	}

	public String returnedReason() {
		return this.returnedReason;
	}

	/**
	 * Records the statement of intent; a prospect moves on, later stages keep their
	 * place.
	 */
	void signIntent(String leaderName, String leaderRole, LocalDate signedOn, Instant now) {
		requireEditable();
		this.intentLeaderName = leaderName;
		this.intentLeaderRole = leaderRole;
		this.intentSignedOn = signedOn;
		if (this.stage == Stage.INTERESTED) {
			moveTo(Stage.INTENT_SIGNED, now);
		}
	}

	void describeOffer(String offer, String firstOpportunities, String contactPhone) {
		requireEditable();
		if (this.intentSignedOn == null) {
			throw new IllegalStateException("Sign the statement of intent first");
		}
		this.proformaOffer = offer;
		this.proformaFirstOpportunities = firstOpportunities;
		this.proformaContactPhone = contactPhone;
	}

	boolean isReadyToSubmit() {
		return this.intentSignedOn != null && this.proformaOffer != null && this.stage == Stage.INTENT_SIGNED;
	}

	void submitForReview(Instant now) {
		if (!isReadyToSubmit()) {
			throw new IllegalStateException("The statement of intent and the proforma must be complete");
		}
		this.returnedReason = null;
		moveTo(Stage.PROFORMA_SUBMITTED, now);
	}

	void approve(LocalDate today, Instant now) {
		if (this.stage != Stage.PROFORMA_SUBMITTED) {
			throw new IllegalStateException("Only a submitted proforma can be approved");
		}
		this.signedOn = today;
		this.returnedReason = null;
		moveTo(Stage.SIGNED, now);
	}

	/**
	 * Sends the proforma back with reasons the organisation will see; it can then
	 * resubmit.
	 */
	void returnWithReasons(String reasons, Instant now) {
		if (this.stage != Stage.PROFORMA_SUBMITTED) {
			throw new IllegalStateException("Only a submitted proforma can be returned");
		}
		this.returnedReason = reasons;
		moveTo(Stage.INTENT_SIGNED, now);
	}

	void lapse(Instant now) {
		if (this.stage != Stage.SIGNED) {
			throw new IllegalStateException("Only a signatory can lapse");
		}
		moveTo(Stage.LAPSED, now);
	}

	/** While a coordinator is reviewing, the organisation cannot change its answers. */
	boolean isEditable() {
		return this.stage == Stage.INTERESTED || this.stage == Stage.INTENT_SIGNED;
	}

	private void requireEditable() {
		if (!isEditable()) {
			throw new IllegalStateException("The answers cannot be changed at stage " + this.stage);
		}
	}

	private void moveTo(Stage next, Instant now) {
		this.stage = next;
		this.stageChangedAt = now;
	}

	SignatorySummary summary() {
		return new SignatorySummary(id(), this.name, this.slug, this.sector, this.stage, this.national,
				List.copyOf(this.regions), this.website, this.signedOn);
	}

}
