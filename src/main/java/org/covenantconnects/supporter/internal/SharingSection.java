package org.covenantconnects.supporter.internal;

import java.util.Map;
import java.util.Optional;

import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.covenantconnects.opportunity.OpportunityPageSection;
import org.covenantconnects.opportunity.OpportunityView;
import org.covenantconnects.supporter.Supporters;
import org.covenantconnects.supporter.web.ShareForm;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The share section on an open opportunity's page, for verified supporters: its link to
 * copy, and a form to send it to a young person by email.
 */
@Component
public class SharingSection implements OpportunityPageSection {

	private final Supporters supporters;

	private final String baseUrl;

	SharingSection(Supporters supporters, @Value("${connects.base-url}") String baseUrl) {
		this.supporters = supporters;
		this.baseUrl = baseUrl;
	}

	@Override
	public Optional<Section> sectionFor(OpportunityView opportunity, CurrentUser viewer) {
		if (viewer == null || !viewer.is(Role.SUPPORTER) || !opportunity.isOpen()
				|| !this.supporters.isVerified(viewer.id())) {
			return Optional.empty();
		}
		return Optional.of(new Section("supporter/share", null,
				Map.of("shareForm", new ShareForm(), "shareLink", link(this.baseUrl, opportunity))));
	}

	public static String link(String baseUrl, OpportunityView opportunity) {
		return baseUrl + "/opportunities/" + opportunity.id();
	}

}
