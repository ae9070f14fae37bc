package org.covenantconnects.prospect.internal;

import java.time.Clock;
import java.time.ZoneId;
import java.util.UUID;

import org.covenantconnects.contactlog.ContactKind;
import org.covenantconnects.contactlog.ContactLog;
import org.covenantconnects.contactlog.NewContact;
import org.covenantconnects.contactlog.PartnerRef;
import org.covenantconnects.platform.HandledEvents;
import org.covenantconnects.signatory.OrganisationJoined;
import org.covenantconnects.signatory.SignatoryApproved;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Notes in a prospect's contact log when it accepts the invitation to sign and when it
 * signs. The signatory has the prospect's id, so an organisation that was never a
 * prospect is left alone. Each note is written once, however often the event is heard
 * (ADR 035).
 */
@Component
class SigningProgress {

	private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	private final ProspectRepository prospects;

	private final ContactLog contactLog;

	private final Clock clock;

	private final HandledEvents handled;

	SigningProgress(ProspectRepository prospects, ContactLog contactLog, Clock clock, HandledEvents handled) {
		this.handled = handled;
		this.prospects = prospects;
		this.contactLog = contactLog;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(OrganisationJoined event) {
		if (!this.handled.firstTime("prospect notes: joined", event.signatory().value().toString())) {
			return;
		}
		note(event.signatory().value(), "Accepted the invitation and started signing the Covenant.");
	}

	@ApplicationModuleListener
	void on(SignatoryApproved event) {
		if (!this.handled.firstTime("prospect notes: signed", event.signatory().value().toString())) {
			return;
		}
		note(event.signatory().value(), "Signed the Covenant: its proforma was approved.");
	}

	private void note(UUID id, String summary) {
		this.prospects.find(id)
			.ifPresent((prospect) -> this.contactLog.add(
					PartnerRef.organisation(id), new NewContact(ContactKind.RECORD,
							this.clock.instant().atZone(ENGLAND).toLocalDate(), prospect.name(), summary, null, null),
					null));
	}

}
