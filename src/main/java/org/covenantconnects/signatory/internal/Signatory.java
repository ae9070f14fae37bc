package org.covenantconnects.signatory.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.signatory.Sector;
import org.covenantconnects.signatory.SignatoryId;
import org.covenantconnects.signatory.SignatorySummary;
import org.covenantconnects.signatory.Size;
import org.covenantconnects.signatory.Stage;

/**
 * An organisation on its way through the signing pipeline. The stage only moves by the
 * methods here, each of which checks that the move is allowed from where the organisation
 * stands.
 */
@SuppressFBWarnings(value = "PA_PUBLIC_PRIMITIVE_ATTRIBUTE",
		justification = "A row of the signatory module read and written only inside the module; its package is not part of any API")
public class Signatory {

	public final UUID id;

	public String name;

	public String slug;

	public Sector sector;

	public Size size;

	public String website;

	public boolean national;

	public List<RegionCode> regions;

	public String couldOffer;

	public Stage stage;

	public Instant stageChangedAt;

	String returnedReason;

	public AccountId accountManager;

	public String intentLeaderName;

	public String intentLeaderRole;

	public LocalDate intentSignedOn;

	public String proformaOffer;

	public String proformaFirstOpportunities;

	public String proformaContactPhone;

	public LocalDate signedOn;

	public boolean demo;

	public Instant createdAt;

	public Signatory(UUID id) {
		this.id = id;
	}

	public SignatoryId id() {
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
	public void signIntent(String leaderName, String leaderRole, LocalDate signedOn, Instant now) {
		requireEditable();
		this.intentLeaderName = leaderName;
		this.intentLeaderRole = leaderRole;
		this.intentSignedOn = signedOn;
		if (this.stage == Stage.INTERESTED) {
			moveTo(Stage.INTENT_SIGNED, now);
		}
	}

	public void describeOffer(String offer, String firstOpportunities, String contactPhone) {
		requireEditable();
		if (this.intentSignedOn == null) {
			throw new IllegalStateException("Sign the statement of intent first");
		}
		this.proformaOffer = offer;
		this.proformaFirstOpportunities = firstOpportunities;
		this.proformaContactPhone = contactPhone;
	}

	public boolean isReadyToSubmit() {
		return this.intentSignedOn != null && this.proformaOffer != null && this.stage == Stage.INTENT_SIGNED;
	}

	public void submitForReview(Instant now) {
		if (!isReadyToSubmit()) {
			throw new IllegalStateException("The statement of intent and the proforma must be complete");
		}
		this.returnedReason = null;
		moveTo(Stage.PROFORMA_SUBMITTED, now);
	}

	public void approve(LocalDate today, Instant now) {
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
	public void returnWithReasons(String reasons, Instant now) {
		if (this.stage != Stage.PROFORMA_SUBMITTED) {
			throw new IllegalStateException("Only a submitted proforma can be returned");
		}
		this.returnedReason = reasons;
		moveTo(Stage.INTENT_SIGNED, now);
	}

	public void lapse(Instant now) {
		if (this.stage != Stage.SIGNED) {
			throw new IllegalStateException("Only a signatory can lapse");
		}
		moveTo(Stage.LAPSED, now);
	}

	/** While a coordinator is reviewing, the organisation cannot change its answers. */
	public boolean isEditable() {
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

	public SignatorySummary summary() {
		return new SignatorySummary(id(), this.name, this.slug, this.sector, this.stage, this.national,
				List.copyOf(this.regions), this.website, this.signedOn);
	}

}
