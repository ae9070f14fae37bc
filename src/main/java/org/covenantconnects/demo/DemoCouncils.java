package org.covenantconnects.demo;

import java.time.LocalDate;
import java.util.List;

import org.covenantconnects.contactlog.ContactKind;
import org.covenantconnects.contactlog.ContactLog;
import org.covenantconnects.contactlog.NewContact;
import org.covenantconnects.contactlog.PartnerRef;
import org.covenantconnects.council.CouncilPartnership;
import org.covenantconnects.council.Councils;
import org.covenantconnects.council.PartnershipDetails;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.places.LocalAuthority;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes 30 councils partners, each with a fictional lead, the demo coordinator as account
 * manager and a made-up local offer address, and gives three of them a few contact log
 * entries. Runs once the demo accounts exist; a council already recorded is left as it
 * is.
 */
@Component
@ConditionalOnProperty(name = "connects.demo.enabled", havingValue = "true")
class DemoCouncils {

	/**
	 * Partners on the published list of 2025; Cambridgeshire is left for the import to
	 * add.
	 */
	static final List<String> PARTNERS = List.of("Barnet", "Birmingham", "Blackpool", "Bolton", "Bristol", "Cornwall",
			"Coventry", "Croydon", "Devon", "Essex", "Gateshead", "Hackney", "Kent", "Kirklees", "Lancashire", "Leeds",
			"Liverpool", "Manchester", "Norfolk", "Oldham", "Plymouth", "Salford", "Sheffield", "Somerset", "Surrey",
			"Sutton", "Walsall", "Wirral", "Wolverhampton", "Worcestershire");

	private static final List<String> FIRST_NAMES = List.of("Amira", "Ben", "Carys", "Dev", "Ellie", "Femi");

	private static final List<String> LAST_NAMES = List.of("Ahmed", "Brooks", "Clarke", "Doyle", "Evans");

	private final Councils councils;

	private final ContactLog contactLog;

	private final Accounts accounts;

	DemoCouncils(Councils councils, ContactLog contactLog, Accounts accounts) {
		this.councils = councils;
		this.contactLog = contactLog;
		this.accounts = accounts;
	}

	@EventListener(ApplicationReadyEvent.class)
	void partners() {
		AccountId coordinator = this.accounts.idOf("coordinator@example.com").orElse(null);
		if (coordinator == null) {
			return;
		}
		LocalDate firstDay = LocalDate.of(2021, 4, 1);
		for (int i = 0; i < PARTNERS.size(); i++) {
			String name = PARTNERS.get(i);
			LocalAuthority council = this.councils.all()
				.stream()
				.map(CouncilPartnership::council)
				.filter((c) -> c.name().equals(name))
				.findFirst()
				.orElse(null);
			if (council == null || this.councils.partnershipOf(council).partner()
					|| !this.councils.changesOf(council.id()).isEmpty()) {
				continue;
			}
			this.councils.update(council.id(), new PartnershipDetails(true, firstDay.plusMonths(i * 2L), coordinator,
					"https://" + council.slug() + ".council.example/local-offer"), null);
			String lead = FIRST_NAMES.get(i % FIRST_NAMES.size()) + " " + LAST_NAMES.get(i % LAST_NAMES.size());
			this.councils.addLead(council.id(), lead, "Head of leaving care",
					lead.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@" + council.slug()
							+ ".council.example",
					null);
			if (i % 10 == 7) {
				PartnerRef partner = PartnerRef.council(council.id().value());
				this.contactLog.add(partner,
						new NewContact(ContactKind.MEETING, LocalDate.of(2026, 9, 14),
								"Chris Morgan (Covenant), " + lead,
								"Agreed to review the council tax exemption for care leavers "
										+ "up to 25 and to share the local offer with the leaving-care team.",
								"Send the draft exemption policy", LocalDate.of(2026, 12, 18)),
						coordinator);
				this.contactLog.add(partner,
						new NewContact(ContactKind.CALL, LocalDate.of(2026, 10, 22), "Chris Morgan (Covenant), " + lead,
								"Talked through apprenticeships the council can offer.", null, null),
						coordinator);
				this.contactLog.add(partner,
						new NewContact(ContactKind.EVENT, LocalDate.of(2026, 11, 5), "Regional network meeting",
								"Presented the council's offer to other councils in the region.",
								"Share the slides with the network", LocalDate.of(2026, 12, 1)),
						coordinator);
			}
		}
	}

}
