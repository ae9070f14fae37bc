package org.covenantconnects.adviserlink.internal;

import java.util.Optional;

import org.covenantconnects.adviserlink.Link;
import org.covenantconnects.email.Email;
import org.covenantconnects.email.Emails;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.AccountSummary;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.opportunity.OpportunityView;
import org.covenantconnects.platform.HandledEvents;
import org.covenantconnects.supporter.Supporters;
import org.covenantconnects.takeup.CheckInDue;
import org.covenantconnects.takeup.TakeUp;
import org.covenantconnects.takeup.TakeUpMoved;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells each adviser linked with a young person, by email, when one of the young person's
 * take-ups changes status and when the young person is asked whether they are still on
 * something they started. The email says only what a linked adviser may see anyway (the
 * opportunity, its organisation and the status), never a reason, anything the young
 * person shared with the organisation or wrote, and links to the young person's page,
 * where the adviser sees it all in the service.
 * <p>
 * Runs from the event publication registry after the change is committed, and again (on
 * another instance, ADR 035) if it did not finish. Each event is marked handled in the
 * transaction that queues its emails, so a second run for the same event queues nothing.
 */
@Component
class AdviserAlerts {

	private final LinkRepository links;

	private final Supporters supporters;

	private final Accounts accounts;

	private final Opportunities opportunities;

	private final Emails emails;

	private final HandledEvents handled;

	private final String baseUrl;

	AdviserAlerts(LinkRepository links, Supporters supporters, Accounts accounts, Opportunities opportunities,
			Emails emails, HandledEvents handled, @Value("${connects.base-url}") String baseUrl) {
		this.handled = handled;
		this.links = links;
		this.supporters = supporters;
		this.accounts = accounts;
		this.opportunities = opportunities;
		this.emails = emails;
		this.baseUrl = baseUrl;
	}

	@ApplicationModuleListener
	void on(TakeUpMoved moved) {
		if (!this.handled.firstTime("adviser alerts: take-up moved",
				moved.takeUp().value() + " " + moved.to() + " " + moved.occurredAt())) {
			return;
		}
		String young = nameOf(moved.careLeaver());
		String opportunity = describe(this.opportunities.find(moved.opportunity()));
		String news = (moved.from() == moved.to()) ? young + " told us that " + opportunity + " is still going."
				: "The status of " + young + "'s " + opportunity + " is now: " + moved.to().label() + " (changed by "
						+ who(moved.actor(), young) + ").";
		tellAdvisers(moved.careLeaver(), "News about " + young + ": " + moved.to().label(), news);
	}

	@ApplicationModuleListener
	void on(CheckInDue due) {
		if (!this.handled.firstTime("adviser alerts: check-in", due.takeUp().value() + " " + due.months())) {
			return;
		}
		String young = nameOf(due.careLeaver());
		String opportunity = describe(this.opportunities.find(due.opportunity()));
		tellAdvisers(due.careLeaver(), "We asked " + young + " how it is going",
				young + " started " + opportunity + " " + due.months() + " months ago. Today we asked them: "
						+ "are you still there, did you finish it, or did you leave?\n\n" + "Only " + young
						+ " can answer, from their own account. If you talk to them, you could "
						+ "remind them. We will tell you when the status changes.");
	}

	private void tellAdvisers(AccountId careLeaver, String subject, String news) {
		for (Link link : this.links.activeOf(careLeaver, false)) {
			if (!this.supporters.isVerified(link.supporter())) {
				continue;
			}
			this.accounts.find(link.supporter())
				.ifPresent((adviser) -> this.emails.queue(new Email(adviser.email(), subject,
						"""
								Hello %s,

								%s

								See how each of their opportunities is going:
								%s/supporter/young-people/%s

								You get this because they linked their Covenant Connects account with yours. They can end the link at any time.
								"""
							.formatted(adviser.displayName(), news, this.baseUrl, link.id()))
					.about(careLeaver.value())));
		}
	}

	private String nameOf(AccountId account) {
		return this.accounts.find(account).map(AccountSummary::displayName).orElse("A young person you support");
	}

	private static String describe(Optional<OpportunityView> opportunity) {
		return opportunity.map((o) -> "\"" + o.details().title() + "\" with " + o.organisationName())
			.orElse("an opportunity");
	}

	private static String who(TakeUp.Actor actor, String young) {
		return switch (actor) {
			case CARE_LEAVER -> young;
			case SIGNATORY -> "the organisation";
			case COORDINATOR -> "the Covenant team";
			case SUPPORTER -> "an adviser";
			case SERVICE -> "Covenant Connects";
		};
	}

}
