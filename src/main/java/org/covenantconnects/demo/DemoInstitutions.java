package org.covenantconnects.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.covenantconnects.careleaver.CareLeavers;
import org.covenantconnects.careleaver.NewCareLeaver;
import org.covenantconnects.careleaver.Situation;
import org.covenantconnects.contactlog.ContactKind;
import org.covenantconnects.contactlog.ContactLog;
import org.covenantconnects.contactlog.NewContact;
import org.covenantconnects.contactlog.PartnerRef;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.Role;
import org.covenantconnects.institution.ActionStatus;
import org.covenantconnects.institution.Answer;
import org.covenantconnects.institution.Area;
import org.covenantconnects.institution.Institution;
import org.covenantconnects.institution.InstitutionDetails;
import org.covenantconnects.institution.InstitutionKind;
import org.covenantconnects.institution.Institutions;
import org.covenantconnects.institution.Offer;
import org.covenantconnects.institution.OfferAnswer;
import org.covenantconnects.institution.Partnership;
import org.covenantconnects.institution.Pillar;
import org.covenantconnects.institution.PillarAction;
import org.covenantconnects.opportunity.Category;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.RegionCode;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Fifteen colleges and universities across the North, the Midlands and the South at
 * different stages: three not yet partners, three partners without a memorandum, six
 * working through their pillars and three that have embedded the Whole Institution
 * Approach, among them Newcastle College and Lewisham College of NCG, where the
 * Covenant's progression coordinators are based. Partners have a central point of
 * contact, the demo coordinator assigned, offers to care leavers and a few contact log
 * entries with an awareness session. Runs once the demo accounts exist; an institution
 * already recorded is left as it is.
 */
@Component
@ConditionalOnProperty(name = "connects.demo.enabled", havingValue = "true")
class DemoInstitutions {

	private static final RegionCode NORTH_EAST = new RegionCode("E12000001");

	private static final RegionCode NORTH_WEST = new RegionCode("E12000002");

	private static final RegionCode YORKSHIRE = new RegionCode("E12000003");

	private static final RegionCode EAST_MIDLANDS = new RegionCode("E12000004");

	private static final RegionCode WEST_MIDLANDS = new RegionCode("E12000005");

	private static final RegionCode LONDON = new RegionCode("E12000007");

	private static final RegionCode SOUTH_EAST = new RegionCode("E12000008");

	private static final RegionCode SOUTH_WEST = new RegionCode("E12000009");

	/** How far an institution has gone. */
	enum Stage {

		NOT_A_PARTNER, PARTNER, WORKING_ON_PILLARS, EMBEDDED

	}

	record Demo(String name, InstitutionKind kind, String group, RegionCode region, Area area, String domain,
			Stage stage) {

	}

	static final List<Demo> INSTITUTIONS = List.of(
			new Demo("Newcastle College", InstitutionKind.FE, "NCG", NORTH_EAST, Area.NORTH, "ncl-coll.example",
					Stage.EMBEDDED),
			new Demo("Lewisham College", InstitutionKind.FE, "NCG", LONDON, Area.SOUTH, "lewisham.example",
					Stage.EMBEDDED),
			new Demo("Wearside Technical College", InstitutionKind.FE, null, NORTH_EAST, Area.NORTH,
					"wearside-tech.example", Stage.WORKING_ON_PILLARS),
			new Demo("University of Pennine Dales", InstitutionKind.HE, null, YORKSHIRE, Area.NORTH,
					"penninedales.example", Stage.WORKING_ON_PILLARS),
			new Demo("Mersey Vale College", InstitutionKind.FE, null, NORTH_WEST, Area.NORTH, "merseyvale.example",
					Stage.PARTNER),
			new Demo("Irwell Bridge University", InstitutionKind.HE, null, NORTH_WEST, Area.NORTH,
					"irwellbridge.example", Stage.NOT_A_PARTNER),
			new Demo("Trent Meadows College", InstitutionKind.FE, null, EAST_MIDLANDS, Area.MIDLANDS,
					"trentmeadows.example", Stage.EMBEDDED),
			new Demo("Charnwood Forest College", InstitutionKind.FE, null, EAST_MIDLANDS, Area.MIDLANDS,
					"charnwoodforest.example", Stage.WORKING_ON_PILLARS),
			new Demo("University of the Black Country", InstitutionKind.HE, null, WEST_MIDLANDS, Area.MIDLANDS,
					"blackcountry-uni.example", Stage.WORKING_ON_PILLARS),
			new Demo("Arden Edge College", InstitutionKind.FE, null, WEST_MIDLANDS, Area.MIDLANDS, "ardenedge.example",
					Stage.PARTNER),
			new Demo("Severn Reach College", InstitutionKind.FE, null, WEST_MIDLANDS, Area.MIDLANDS,
					"severnreach.example", Stage.NOT_A_PARTNER),
			new Demo("Thameside City University", InstitutionKind.HE, null, LONDON, Area.SOUTH,
					"thameside-city.example", Stage.WORKING_ON_PILLARS),
			new Demo("Medway Downs College", InstitutionKind.FE, null, SOUTH_EAST, Area.SOUTH, "medwaydowns.example",
					Stage.WORKING_ON_PILLARS),
			new Demo("University of the Tamar Estuary", InstitutionKind.HE, null, SOUTH_WEST, Area.SOUTH,
					"tamar-estuary.example", Stage.PARTNER),
			new Demo("Mendip Hills College", InstitutionKind.FE, null, SOUTH_WEST, Area.SOUTH, "mendiphills.example",
					Stage.NOT_A_PARTNER));

	private static final List<String> CONTACTS = List.of("Aisha Khan", "Ben Hughes", "Cara Walsh", "Dan Okafor",
			"Erin Price", "Farid Malik");

	/**
	 * Young people who typed their college before the list existed, and what they typed:
	 * the first three clearly name a listed college and are matched to it as the college
	 * is added; the others match none, for the coordinator to match by hand or leave.
	 */
	static final List<List<String>> TYPED_COLLEGES = List.of(List.of("Ava Turner", "trent meadows college"),
			List.of("Ben Clarke", "The Lewisham College"), List.of("Chloe Ward", "Mersey Vale College."),
			List.of("Dylan Hart", "Newcastle Colege"), List.of("Ella Stone", "Newcastle Colege"),
			List.of("Finn Doyle", "Kendal College"), List.of("Grace Bell", "Open University"));

	private final Institutions institutions;

	private final ContactLog contactLog;

	private final Accounts accounts;

	private final CareLeavers careLeavers;

	private final Clock clock;

	DemoInstitutions(Institutions institutions, ContactLog contactLog, Accounts accounts, CareLeavers careLeavers,
			Clock clock) {
		this.institutions = institutions;
		this.contactLog = contactLog;
		this.accounts = accounts;
		this.careLeavers = careLeavers;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void institutions() {
		AccountId coordinator = this.accounts.idOf("coordinator@example.com").orElse(null);
		if (coordinator == null) {
			return;
		}
		typedColleges();
		for (int i = 0; i < INSTITUTIONS.size(); i++) {
			Demo demo = INSTITUTIONS.get(i);
			if (this.institutions.nameTaken(demo.name(), null)) {
				continue;
			}
			Institution institution = this.institutions.add(new InstitutionDetails(demo.name(), demo.kind(),
					demo.group(), demo.region(), demo.area(), "https://www." + demo.domain(), List.of(demo.domain())),
					null);
			if (demo.stage() == Stage.NOT_A_PARTNER) {
				continue;
			}
			String contact = CONTACTS.get(i % CONTACTS.size());
			boolean signed = demo.stage() != Stage.PARTNER;
			LocalDate signedOn = LocalDate.of(2025, 1 + i % 12, 10);
			this.institutions.updatePartnership(institution.id(),
					new Partnership(true, signed ? signedOn : null, signed ? signedOn.plusYears(2) : null,
							signed ? "https://www." + demo.domain() + "/covenant-memorandum.pdf" : null, contact,
							"Head of student support",
							contact.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@" + demo.domain(),
							coordinator),
					null);
			log(institution, contact, i, coordinator);
			offers(institution, demo, contact, i);
			if (demo.stage() == Stage.WORKING_ON_PILLARS) {
				workingOn(institution, i);
			}
			if (demo.stage() == Stage.EMBEDDED) {
				embedded(institution);
			}
		}
	}

	/**
	 * Young people looked after by County Durham, living in the North East, each with the
	 * college they typed; made before the colleges, so that those naming one clearly are
	 * matched as it is added.
	 */
	private void typedColleges() {
		LocalDate eighteen = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/London"))).minusYears(18);
		for (List<String> typed : TYPED_COLLEGES) {
			String name = typed.get(0);
			String email = name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@example.com";
			AccountId account = this.accounts.createDemoAccount(name, email, DemoData.PASSWORD, Role.CARE_LEAVER);
			this.careLeavers.createDemoProfile(account,
					new NewCareLeaver(name, null, email, eighteen, new LocalAuthorityId(1), NORTH_EAST,
							Set.of(Category.EDUCATION_AND_TRAINING), Set.of(OpportunityType.APPRENTICESHIP),
							Situation.EDUCATION, null, typed.get(1)));
		}
	}

	private void log(Institution institution, String contact, int i, AccountId coordinator) {
		PartnerRef partner = PartnerRef.institution(institution.id().value());
		this.contactLog.add(partner,
				new NewContact(ContactKind.MEETING, LocalDate.of(2026, 9, 8 + i), "Chris Morgan (Covenant), " + contact,
						"Went through the memorandum of understanding and the three pillars.",
						"Agree the first actions of the student pillar", LocalDate.of(2026, 12, 15)),
				coordinator);
		if (i % 2 == 0) {
			this.contactLog.add(partner,
					new NewContact(ContactKind.AWARENESS_SESSION, LocalDate.of(2026, 10, 6 + i),
							"Personal tutors and student services staff",
							"What the Covenant is, how care leavers register on Connects and the support on offer.",
							null, null, 20 + i * 3),
					coordinator);
		}
	}

	private void offers(Institution institution, Demo demo, String contact, int i) {
		boolean far = demo.stage() == Stage.EMBEDDED || demo.stage() == Stage.WORKING_ON_PILLARS;
		List<OfferAnswer> answers = new ArrayList<>();
		answers.add(far
				? new OfferAnswer(Offer.CARE_LEAVER_CONTACT, Answer.YES,
						"Get in touch before you apply, or at any time while you study.", null, contact,
						"careleavers@" + demo.domain())
				: new OfferAnswer(Offer.CARE_LEAVER_CONTACT, Answer.NOT_KNOWN, null, null, null, null));
		answers.add(far
				? new OfferAnswer(Offer.BURSARY, Answer.YES,
						"Paid in three instalments through the year to care leavers under 25.",
						(demo.kind() == InstitutionKind.HE) ? 200_000L : 120_000L + i * 5_000L, null, null)
				: new OfferAnswer(Offer.BURSARY, Answer.YES, "The 16 to 19 bursary for vulnerable groups.", null, null,
						null));
		answers.add(new OfferAnswer(Offer.YEAR_ROUND_ACCOMMODATION,
				(demo.kind() == InstitutionKind.HE) ? Answer.YES : Answer.NO,
				(demo.kind() == InstitutionKind.HE) ? "A room in halls for 52 weeks a year, holidays included."
						: "The college has no accommodation; the student support team helps you find some.",
				null, null, null));
		answers.add(new OfferAnswer(Offer.APPLICATION_HELP, far ? Answer.YES : Answer.NOT_KNOWN,
				far ? "Help with your application and a visit before you start." : null, null, null, null));
		answers.add(new OfferAnswer(Offer.MENTAL_HEALTH_SUPPORT, (i % 3 == 0) ? Answer.NOT_KNOWN : Answer.YES,
				(i % 3 == 0) ? null : "Counselling without a waiting list for care leavers.", null, null, null));
		answers.add(new OfferAnswer(Offer.OTHER, (i % 4 == 0) ? Answer.YES : Answer.NOT_KNOWN,
				(i % 4 == 0) ? "Free breakfast every morning and a laptop to keep." : null, null, null, null));
		this.institutions.answerOffers(institution.id(), answers, null);
	}

	private void workingOn(Institution institution, int i) {
		action(institution, Pillar.STUDENT, "Name a care leaver contact in every faculty", "Head of student services",
				LocalDate.of(2026, 3, 31), ActionStatus.DONE, "Contacts named on the student intranet.");
		action(institution, Pillar.EMPLOYMENT, "Share the Covenant's opportunities with every careers adviser",
				"Careers team", LocalDate.of(2027, 1, 31), (i % 2 == 0) ? ActionStatus.IN_PROGRESS : ActionStatus.DONE,
				(i % 2 == 0) ? null : "Opportunities on the careers newsletter each month.");
		action(institution, Pillar.COMMUNITY, "Invite care leavers to the summer community day", "Student union",
				LocalDate.of(2027, 7, 1), ActionStatus.NOT_STARTED, null);
	}

	private void embedded(Institution institution) {
		action(institution, Pillar.STUDENT, "Name a care leaver contact in every faculty", "Head of student services",
				LocalDate.of(2025, 12, 1), ActionStatus.DONE,
				"Contacts named on the student intranet and in inductions.");
		action(institution, Pillar.STUDENT, "Guarantee a counselling appointment within a week", "Wellbeing team",
				LocalDate.of(2027, 2, 28), ActionStatus.IN_PROGRESS, null);
		action(institution, Pillar.EMPLOYMENT, "Ring-fence work placements for care leavers", "Employer partnerships",
				LocalDate.of(2026, 6, 30), ActionStatus.DONE, "Twelve placements ring-fenced in 2026.");
		action(institution, Pillar.COMMUNITY, "Open the college's sports and arts clubs to care leavers for free",
				"Enrichment team", LocalDate.of(2026, 9, 1), ActionStatus.DONE,
				"Free membership since September 2026.");
	}

	private void action(Institution institution, Pillar pillar, String what, String owner, LocalDate due,
			ActionStatus status, String evidence) {
		this.institutions.saveAction(institution.id(),
				new PillarAction(UUID.randomUUID(), pillar, what, owner, due, status, evidence, null), null);
	}

}
