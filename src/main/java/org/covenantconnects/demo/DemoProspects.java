package org.covenantconnects.demo;

import java.time.LocalDate;
import java.util.List;

import org.covenantconnects.contactlog.ContactKind;
import org.covenantconnects.contactlog.ContactLog;
import org.covenantconnects.contactlog.NewContact;
import org.covenantconnects.contactlog.PartnerRef;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.prospect.NewProspect;
import org.covenantconnects.prospect.Prospect;
import org.covenantconnects.prospect.Prospects;
import org.covenantconnects.resource.Audience;
import org.covenantconnects.resource.Resources;
import org.covenantconnects.signatory.NewOrganisation;
import org.covenantconnects.signatory.Sector;
import org.covenantconnects.signatory.Signatories;
import org.covenantconnects.signatory.SignatoryId;
import org.covenantconnects.signatory.Size;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Five prospects at different stages, most with a contact log: recorded (one recommended
 * by Manchester council), invited to sign, and signing (its signatory has the prospect's
 * id, so the log shows on its signatory page too); and four resources for partners,
 * written as small PDFs at start, one of them in a second version. Runs once the demo
 * accounts exist; what is already recorded is left as it is.
 */
@Component
@ConditionalOnProperty(name = "connects.demo.enabled", havingValue = "true")
class DemoProspects {

	private static final RegionCode NORTH_WEST = new RegionCode("E12000002");

	private static final RegionCode YORKSHIRE = new RegionCode("E12000003");

	private final Prospects prospects;

	private final ContactLog contactLog;

	private final Resources resources;

	private final Accounts accounts;

	private final Places places;

	private final Signatories signatories;

	DemoProspects(Prospects prospects, ContactLog contactLog, Resources resources, Accounts accounts, Places places,
			Signatories signatories) {
		this.signatories = signatories;
		this.prospects = prospects;
		this.contactLog = contactLog;
		this.resources = resources;
		this.accounts = accounts;
		this.places = places;
	}

	@EventListener(ApplicationReadyEvent.class)
	void prospectsAndResources() {
		AccountId coordinator = this.accounts.idOf("coordinator@example.com").orElse(null);
		if (coordinator == null) {
			return;
		}
		if (this.prospects.all().isEmpty()) {
			prospects(coordinator);
		}
		if (this.resources.current().isEmpty()) {
			resources(coordinator);
		}
	}

	private void prospects(AccountId coordinator) {
		LocalAuthority manchester = council("Manchester");
		Prospect mancunian = this.prospects.record(
				new NewProspect("Mancunian Print Works", "https://www.mancunianprint.example", Sector.PRIVATE,
						NORTH_WEST, "Priya Shah", "priya.shah@mancunianprint.example", manchester.id(), null),
				coordinator);
		log(mancunian, ContactKind.CALL, LocalDate.of(2026, 11, 3),
				"Chris Morgan (Covenant), Priya Shah, head of people",
				"Manchester's leaving-care team recommended them: they took on two care leavers as apprentices last year. "
						+ "Interested in signing; want to know what the proforma asks.",
				"Send the proforma questions", LocalDate.of(2026, 11, 17), coordinator);
		log(mancunian, ContactKind.EMAIL, LocalDate.of(2026, 11, 10), "Chris Morgan (Covenant)",
				"Sent the proforma questions and the Social Value Toolkit.", "Invite them to sign",
				LocalDate.of(2026, 12, 14), coordinator);

		Prospect dales = this.prospects.record(new NewProspect("Dales Outdoor Centre", "https://dalesoutdoor.example",
				Sector.VOLUNTARY, YORKSHIRE, "Tom Hargreaves", "tom@dalesoutdoor.example", null,
				"Sam Patel, personal adviser at Manchester City Council"), coordinator);
		log(dales, ContactKind.MEETING, LocalDate.of(2026, 10, 21), "Chris Morgan (Covenant), Tom Hargreaves, manager",
				"Could offer residential weekends and a paid summer role for care leavers.", null, null, coordinator);
		this.prospects.invite(dales.id(), coordinator);

		Prospect harbour = this.prospects.record(new NewProspect("Harbour Street Cafe", null, null, null, "Lena Novak",
				"lena.novak@harbourstreet.example", council("Plymouth").id(), null), coordinator);
		log(harbour, ContactKind.EVENT, LocalDate.of(2026, 11, 26), "Plymouth social-value event",
				"Met at Plymouth's event for local businesses; interested in work experience placements.",
				"Call to explain the Covenant", LocalDate.of(2026, 12, 10), coordinator);

		Prospect pennine = this.prospects.record(
				new NewProspect("Pennine Bakery Co-op", "https://www.penninebakery.example", Sector.PRIVATE, YORKSHIRE,
						"Aisha Khan", "aisha.khan@penninebakery.example", council("Leeds").id(), null),
				coordinator);
		log(pennine, ContactKind.MEETING, LocalDate.of(2026, 9, 30), "Chris Morgan (Covenant), Aisha Khan, owner",
				"Leeds recommended them; they already mentor two care leavers and want to offer baking apprenticeships.",
				null, null, coordinator);
		this.signatories.createDemoInterested(new SignatoryId(pennine.id()),
				new NewOrganisation(pennine.name(), Sector.PRIVATE, Size.SMALL, pennine.website(), false,
						List.of(YORKSHIRE), "Baking apprenticeships and mentoring"));
		this.contactLog.add(PartnerRef.organisation(pennine.id()),
				new NewContact(ContactKind.RECORD, LocalDate.of(2026, 10, 14), pennine.name(),
						"Accepted the invitation and started signing the Covenant.", null, null),
				null);

		this.prospects.record(new NewProspect("Northfield Builders", "https://www.northfieldbuilders.example",
				Sector.PRIVATE, null, "Kwame Mensah", "k.mensah@northfieldbuilders.example", null,
				"A care leaver on Connects, by email to the Covenant team"), coordinator);
	}

	private void resources(AccountId coordinator) {
		var strategy = this.resources.publish("Whole Council Approach", List.of(Audience.COUNCILS),
				LocalDate.of(2025, 4, 1),
				TinyPdf.of("Whole Council Approach", List.of("The five parts of the approach for councils.",
						"Demo document of Covenant Connects, version of April 2025.")),
				coordinator);
		this.resources.publishNewVersion(strategy.id(), "Whole Council Approach", List.of(Audience.COUNCILS),
				LocalDate.of(2026, 4, 1),
				TinyPdf.of("Whole Council Approach", List.of("The five parts of the approach for councils.",
						"Demo document of Covenant Connects, version of April 2026.")),
				coordinator);
		this.resources.publish("Whole Council Approach: summary", List.of(Audience.COUNCILS), LocalDate.of(2026, 4, 1),
				TinyPdf.of("Whole Council Approach: summary",
						List.of("The approach on one page.", "Demo document of Covenant Connects.")),
				coordinator);
		this.resources.publish("Social Value Toolkit", List.of(Audience.COUNCILS, Audience.ORGANISATIONS),
				LocalDate.of(2025, 9, 15),
				TinyPdf.of("Social Value Toolkit",
						List.of("Naming care leavers in social value policies and contracts.",
								"Demo document of Covenant Connects.")),
				coordinator);
		this.resources.publish("Guidance for Virtual School Heads", List.of(Audience.VIRTUAL_SCHOOL_HEADS),
				LocalDate.of(2026, 1, 12),
				TinyPdf.of("Guidance for Virtual School Heads",
						List.of("Supporting care-experienced young people into education, employment and training.",
								"Demo document of Covenant Connects.")),
				coordinator);
	}

	private LocalAuthority council(String name) {
		return this.places.localAuthorities()
			.stream()
			.filter((council) -> council.name().equals(name))
			.findFirst()
			.orElseThrow();
	}

	private void log(Prospect prospect, ContactKind kind, LocalDate on, String who, String summary, String nextStep,
			LocalDate due, AccountId coordinator) {
		this.contactLog.add(PartnerRef.organisation(prospect.id()),
				new NewContact(kind, on, who, summary, nextStep, due), coordinator);
	}

}
