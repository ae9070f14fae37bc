package org.covenantconnects.adviserlink.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.covenantconnects.adviserlink.Link;
import org.covenantconnects.adviserlink.Links;
import org.covenantconnects.careleaver.HeldElsewhere;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.AccountSummary;
import org.covenantconnects.identity.Accounts;

import org.springframework.stereotype.Component;

/**
 * The people a care leaver is linked with, their requests and invitations, and the
 * suggestions made to them, in the download of everything held about them.
 */
@Component
class LinksInTheDownload implements HeldElsewhere {

	private final Links links;

	private final Accounts accounts;

	LinksInTheDownload(Links links, Accounts accounts) {
		this.links = links;
		this.accounts = accounts;
	}

	@Override
	public String part() {
		return "peopleWhoHelpYou";
	}

	@Override
	public Object about(AccountId careLeaver) {
		Map<String, Object> held = new LinkedHashMap<>();
		held.put("linked", this.links.supportersOf(careLeaver).stream().map(this::described).toList());
		held.put("requestsWaitingForYourAnswer",
				this.links.requestsFor(careLeaver).stream().map(this::described).toList());
		held.put("invitationsYouSent", this.links.invitationsSentBy(careLeaver).stream().map(this::described).toList());
		held.put("suggestionsToYou",
				this.links.suggestedTo(careLeaver)
					.stream()
					.map((suggestion) -> Map.of("opportunity", suggestion.opportunity().toString(), "suggestedBy",
							suggestion.suggestedBy()))
					.toList());
		return held;
	}

	private Described described(Link link) {
		String name = (link.supporter() != null)
				? this.accounts.find(link.supporter()).map(AccountSummary::displayName).orElse(null) : null;
		return new Described(name, link.invitedEmail(), link.startedBy().name(), link.active(), link.createdAt(),
				link.startedAt());
	}

	record Described(String supporter, String invitedEmail, String askedBy, boolean linked, Instant askedAt,
			Instant linkedAt) {
	}

}
