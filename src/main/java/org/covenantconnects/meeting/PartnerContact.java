package org.covenantconnects.meeting;

import org.covenantconnects.contactlog.PartnerRef;
import org.jspecify.annotations.Nullable;

/**
 * Someone a coordinator may invite to a network meeting: a partner council's lead or a
 * partner college's or university's central point of contact.
 */
public record PartnerContact(PartnerRef partner, String partnerName, String name, @Nullable String role, String email) {

	/** What the invitations form sends for this contact. */
	public String key() {
		return this.partner.kind().name() + ":" + this.partner.id() + ":" + this.email;
	}

	public String describe() {
		return this.name + ((this.role != null) ? ", " + this.role : "");
	}

}
