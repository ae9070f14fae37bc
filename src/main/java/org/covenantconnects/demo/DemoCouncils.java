package org.covenantconnects.demo;

import java.time.LocalDate;
import java.util.List;

import org.covenantconnects.contactlog.ContactKind;
import org.covenantconnects.contactlog.ContactLog;
import org.covenantconnects.contactlog.NewContact;
import org.covenantconnects.contactlog.PartnerRef;
import org.covenantconnects.council.ApproachPart;
import org.covenantconnects.council.CouncilPartnership;
import org.covenantconnects.council.Councils;
import org.covenantconnects.council.PartFacts;
import org.covenantconnects.council.PartProgress;
import org.covenantconnects.council.PartStatus;
import org.covenantconnects.council.PartnershipDetails;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.Role;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.signatory.Signatories;
import org.covenantconnects.signatory.SignatoryId;
import org.covenantconnects.signatory.SignatorySummary;
import org.covenantconnects.supporter.NewSupporter;
import org.covenantconnects.supporter.OrganisationType;
import org.covenantconnects.supporter.SupporterRole;
import org.covenantconnects.supporter.Supporters;
import org.covenantconnects.supporter.Verification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes 30 councils partners, each with a fictional lead, the demo coordinator as account
 * manager and a made-up local offer address, and gives three of them a few contact log
 * entries; and gives the partners the parts of the Whole Council Approach at different
 * stages, with evidence and figures: four have embedded it, each with six verified
 * personal advisers on Connects against a headcount of six. Runs once the demo accounts
 * exist; a council already recorded is left as it is.
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

	/** Partners that have embedded the approach. */
	static final List<String> EMBEDDED = List.of("Leeds", "Manchester", "Salford", "Wirral");

	/** The personal advisers each embedded council employs. */
	private static final int EMBEDDED_HEADCOUNT = 6;

	private static final List<String> FIRST_NAMES = List.of("Amira", "Ben", "Carys", "Dev", "Ellie", "Femi");

	private static final List<String> LAST_NAMES = List.of("Ahmed", "Brooks", "Clarke", "Doyle", "Evans");

	private final Councils councils;

	private final ContactLog contactLog;

	private final Accounts accounts;

	private final Supporters supporters;

	private final Signatories signatories;

	DemoCouncils(Councils councils, ContactLog contactLog, Accounts accounts, Supporters supporters,
			Signatories signatories) {
		this.councils = councils;
		this.contactLog = contactLog;
		this.accounts = accounts;
		this.supporters = supporters;
		this.signatories = signatories;
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
		approaches();
	}

	/**
	 * The Whole Council Approach for the partners: four embedded, the others at different
	 * stages, every third one not started; a council with a part recorded is left as it
	 * is.
	 */
	private void approaches() {
		SignatoryId redbrick = this.signatories.signed()
			.stream()
			.filter((s) -> s.name().equals("Redbrick Borough Services"))
			.map(SignatorySummary::id)
			.findFirst()
			.orElse(null);
		for (int i = 0; i < PARTNERS.size(); i++) {
			String name = PARTNERS.get(i);
			LocalAuthority council = this.councils.councilBySlug(slugOf(name)).orElse(null);
			if (council == null || this.councils.approachOf(council.id())
				.progress()
				.values()
				.stream()
				.anyMatch((p) -> p.status() != PartStatus.NOT_STARTED)) {
				continue;
			}
			String site = "https://" + council.slug() + ".council.example/";
			if (EMBEDDED.contains(name)) {
				advisers(council);
				record(council, ApproachPart.RAISING_AWARENESS, PartStatus.IN_PLACE, LocalDate.of(2025, 9, 1),
						"Every personal adviser registered on Connects at the team meeting in September 2025.", null,
						new PartFacts.Awareness(EMBEDDED_HEADCOUNT));
				record(council, ApproachPart.COUNCIL_TAX_EXEMPTION, PartStatus.IN_PLACE, LocalDate.of(2024, 4, 1),
						"Cabinet decision of March 2024 exempting care leavers up to 25.", site + "council-tax",
						new PartFacts.TaxExemption(true, 25, LocalDate.of(2024, 4, 1)));
				record(council, ApproachPart.TRAINING_AND_EMPLOYMENT, PartStatus.IN_PLACE, LocalDate.of(2025, 1, 6),
						"Ten apprenticeships a year ring-fenced for care leavers in the workforce plan.",
						site + "apprenticeships", new PartFacts.TrainingAndEmployment(
								name.equals("Leeds") ? redbrick : null, 10, 75, 68 + i % 10, 2026));
				record(council, ApproachPart.SOCIAL_VALUE_POLICY, PartStatus.IN_PROGRESS, LocalDate.of(2026, 2, 1),
						"Procurement team drafting the care leaver clause.", null,
						new PartFacts.SocialValuePolicy(false, null, 100_000L, null));
				record(council, ApproachPart.ECONOMIC_DEVELOPMENT, PartStatus.PLANNED, LocalDate.of(2027, 3, 10),
						"First social value event for local businesses planned.", null,
						new PartFacts.EconomicDevelopment(12, LocalDate.of(2027, 3, 10)));
				continue;
			}
			switch (i % 3) {
				case 0 -> {
					record(council, ApproachPart.RAISING_AWARENESS, PartStatus.IN_PROGRESS, LocalDate.of(2026, 6, 1),
							"Leaving-care managers briefed; advisers registering team by team.", null,
							new PartFacts.Awareness(20 + i));
					record(council, ApproachPart.COUNCIL_TAX_EXEMPTION, PartStatus.IN_PLACE, LocalDate.of(2023, 4, 1),
							"Council tax support scheme 2023 onwards.", site + "council-tax",
							new PartFacts.TaxExemption(true, (i % 2 == 0) ? 25 : 21, LocalDate.of(2023, 4, 1)));
					record(council, ApproachPart.TRAINING_AND_EMPLOYMENT, PartStatus.PLANNED, LocalDate.of(2027, 4, 1),
							"Ring-fenced apprenticeships in next year's workforce plan.", null,
							new PartFacts.TrainingAndEmployment(null, null, 70, 61, 2025));
				}
				case 1 -> {
					record(council, ApproachPart.RAISING_AWARENESS, PartStatus.PLANNED, LocalDate.of(2027, 1, 15),
							"Briefing for the leaving-care service booked.", null, new PartFacts.Awareness(30 + i));
					record(council, ApproachPart.COUNCIL_TAX_EXEMPTION, PartStatus.IN_PROGRESS,
							LocalDate.of(2026, 9, 1), "Report to cabinet in the spring.", null,
							new PartFacts.TaxExemption(false, null, null));
					record(council, ApproachPart.SOCIAL_VALUE_POLICY, PartStatus.IN_PLACE, LocalDate.of(2022, 11, 1),
							"Social value policy names care leavers among priority groups.", site + "social-value",
							new PartFacts.SocialValuePolicy(true, LocalDate.of(2022, 11, 1), 100_000L, true));
					record(council, ApproachPart.ECONOMIC_DEVELOPMENT, PartStatus.IN_PLACE, LocalDate.of(2024, 5, 20),
							"Yearly social value breakfast with the chamber of commerce.", null,
							new PartFacts.EconomicDevelopment(25 + i, LocalDate.of(2026, 5, 18)));
				}
				default -> {
					// Not started: the council has only its partnership so far.
				}
			}
		}
	}

	private void record(LocalAuthority council, ApproachPart part, PartStatus status, LocalDate on, String evidence,
			String link, PartFacts facts) {
		this.councils.recordPart(council.id(), new PartProgress(status, on, evidence, link), facts, null);
	}

	/** Verified personal advisers at an embedded council, up to its headcount. */
	private void advisers(LocalAuthority council) {
		long already = this.supporters.verifiedCouncilAdvisersByCouncil().getOrDefault(council.id(), 0L);
		for (int n = 1; n <= EMBEDDED_HEADCOUNT - already; n++) {
			String email = "adviser" + n + "@" + council.slug() + ".council.example";
			String name = FIRST_NAMES.get(n % FIRST_NAMES.size()) + " " + LAST_NAMES.get((n + 2) % LAST_NAMES.size());
			AccountId account = this.accounts.createDemoAccount(name, email, DemoData.PASSWORD, Role.SUPPORTER);
			this.supporters.createDemoSupporter(account, new NewSupporter(name, SupporterRole.PERSONAL_ADVISER,
					OrganisationType.COUNCIL, null, council.id(), email), Verification.VERIFIED);
		}
	}

	private String slugOf(String name) {
		return this.councils.all()
			.stream()
			.map(CouncilPartnership::council)
			.filter((c) -> c.name().equals(name))
			.map(LocalAuthority::slug)
			.findFirst()
			.orElse("");
	}

}
