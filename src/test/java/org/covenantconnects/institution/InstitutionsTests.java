package org.covenantconnects.institution;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.contactlog.ContactKind;
import org.covenantconnects.contactlog.ContactLog;
import org.covenantconnects.contactlog.PartnerRef;
import org.covenantconnects.identity.AccountData;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.supporter.NewSupporter;
import org.covenantconnects.supporter.OrganisationType;
import org.covenantconnects.supporter.SupporterRole;
import org.covenantconnects.supporter.Supporters;
import org.covenantconnects.supporter.Verification;
import org.covenantconnects.takeup.Sharing;
import org.covenantconnects.takeup.TakeUps;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.covenantconnects.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Colleges and universities kept by coordinators: added one by one, their partnership,
 * their pillars' action plans and awareness sessions in the shared contact log, every
 * change kept; the public pages of partners with what each offers care leavers, and up to
 * three compared; and an institution's own contact keeping its offers.
 */
@ConnectsTest
@AutoConfigureMockMvc
class InstitutionsTests {

	private static final RegionCode NORTH_EAST = new RegionCode("E12000001");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private Institutions institutions;

	@Autowired
	private ContactLog contactLog;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private Supporters supporters;

	@Autowired
	private AccountData accountData;

	@Autowired
	private TakeUps takeUps;

	@Test
	void aCoordinatorAddsACollegeAndIsToldWhatIsMissingOrAlreadyThere() throws Exception {
		CurrentUser coordinator = this.fixtures.staff(Role.COORDINATOR);
		this.mvc.perform(post("/coordinator/institutions/new").with(as(coordinator)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Enter the institution&#39;s name")))
			.andExpect(content().string(containsString("Select the region the institution is in")))
			.andExpect(content().string(containsString("Select the area: North, Midlands or South")));

		String name = unique("Tyne Quay College");
		this.mvc
			.perform(post("/coordinator/institutions/new").with(as(coordinator))
				.with(csrf())
				.param("name", name)
				.param("kind", "FE")
				.param("group", "NCG")
				.param("region", NORTH_EAST.value())
				.param("area", "NORTH")
				.param("webAddress", "https://www.tynequay.example")
				.param("emailDomains", "@TyneQuay.example, staff.tynequay.example"))
			.andExpect(status().is3xxRedirection());
		Institution added = byName(name);
		assertThat(added.details().emailDomains()).containsExactly("tynequay.example", "staff.tynequay.example");
		assertThat(added.details().group()).isEqualTo("NCG");
		assertThat(added.partnership().partner()).isFalse();

		this.mvc
			.perform(post("/coordinator/institutions/new").with(as(coordinator))
				.with(csrf())
				.param("name", name.toUpperCase(java.util.Locale.ROOT))
				.param("kind", "FE")
				.param("region", NORTH_EAST.value())
				.param("area", "NORTH")
				.param("emailDomains", "not a domain!"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is already on Connects")))
			.andExpect(content().string(containsString("Enter email domains like")));
		this.mvc.perform(get("/coordinator/institutions").with(as(coordinator)))
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString(InstitutionRules.EMBEDDED)));
	}

	@Test
	void theMemorandumAndAPillarActionWithEvidenceAreKeptWithEveryChangeInTheHistory() throws Exception {
		CurrentUser coordinator = this.fixtures.staff(Role.COORDINATOR);
		Institution college = college(unique("Wansbeck College"));
		String page = "/coordinator/institutions/" + college.slug();
		this.mvc
			.perform(post(page + "/partnership").with(as(coordinator))
				.with(csrf())
				.param("partner", "no")
				.param("mouSignedOn.day", "12")
				.param("mouSignedOn.month", "9")
				.param("mouSignedOn.year", "2025")
				.param("contactName", "Aisha Khan"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Only a partner signs a memorandum")))
			.andExpect(content().string(containsString("Enter the contact&#39;s work email address")));
		this.mvc
			.perform(post(page + "/partnership").with(as(coordinator))
				.with(csrf())
				.param("partner", "yes")
				.param("mouSignedOn.day", "12")
				.param("mouSignedOn.month", "9")
				.param("mouSignedOn.year", "2025")
				.param("mouReviewOn.day", "12")
				.param("mouReviewOn.month", "9")
				.param("mouReviewOn.year", "2027")
				.param("mouLink", "https://www.wansbeck.example/mou.pdf")
				.param("contactName", "Aisha Khan")
				.param("contactRole", "Head of student support")
				.param("contactEmail", "aisha.khan@wansbeck.example")
				.param("coordinator", coordinator.id().value().toString()))
			.andExpect(redirectedUrl(page));
		Partnership partnership = this.institutions.find(college.id()).orElseThrow().partnership();
		assertThat(partnership.mouSignedOn()).isEqualTo(LocalDate.of(2025, 9, 12));
		assertThat(partnership.coordinator()).isEqualTo(coordinator.id());

		this.mvc
			.perform(post(page + "/actions/new").with(as(coordinator))
				.with(csrf())
				.param("pillar", "STUDENT")
				.param("action", "Name a care leaver contact in every faculty")
				.param("owner", "Head of student services")
				.param("dueOn.day", "31")
				.param("dueOn.month", "3")
				.param("dueOn.year", "2026")
				.param("status", "DONE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the evidence that the action is done")));
		for (String pillar : List.of("STUDENT", "EMPLOYMENT", "COMMUNITY")) {
			this.mvc
				.perform(post(page + "/actions/new").with(as(coordinator))
					.with(csrf())
					.param("pillar", pillar)
					.param("action", "The first action of the " + pillar.toLowerCase(java.util.Locale.ROOT) + " pillar")
					.param("owner", "Student services")
					.param("dueOn.day", "31")
					.param("dueOn.month", "3")
					.param("dueOn.year", "2026")
					.param("status", "DONE")
					.param("evidence", "Minutes of the governors' meeting"))
				.andExpect(status().is3xxRedirection());
		}
		long embeddedBefore = this.institutions.countEmbedded();
		assertThat(this.institutions.approachOf(this.institutions.find(college.id()).orElseThrow()).embedded())
			.isTrue();
		PillarAction community = this.institutions.approachOf(college).of(Pillar.COMMUNITY).get(0);
		this.mvc
			.perform(post(page + "/actions/" + community.id()).with(as(coordinator))
				.with(csrf())
				.param("action", community.action())
				.param("owner", community.owner())
				.param("dueOn.day", "31")
				.param("dueOn.month", "3")
				.param("dueOn.year", "2026")
				.param("status", "IN_PROGRESS")
				.param("evidence", ""))
			.andExpect(status().is3xxRedirection());
		assertThat(this.institutions.countEmbedded()).as("one pillar no longer has an action done")
			.isEqualTo(embeddedBefore - 1);
		this.mvc.perform(get(page + "/actions/" + UUID.randomUUID()).with(as(coordinator)))
			.andExpect(status().isNotFound());

		assertThat(this.institutions.changesOf(college.id())).extracting(InstitutionChange::what)
			.anySatisfy((what) -> assertThat(what).contains("Recorded as a partner")
				.contains("Memorandum signed: none to 12 September 2025"))
			.anySatisfy((what) -> assertThat(what).startsWith("Community pillar: \"The first action")
				.contains("status: Done to In progress"));
		this.mvc.perform(get(page).with(as(coordinator)))
			.andExpect(content().string(containsString("Aisha Khan, Head of student support")))
			.andExpect(content().string(containsString("Minutes of the governors&#39; meeting")))
			.andExpect(content().string(containsString("has not embedded the Whole Institution Approach yet")));
		assertThatThrownBy(() -> this.jdbc.sql("delete from institution_change where institution_id = :id")
			.param("id", college.id().value())
			.update()).hasMessageContaining("kept as they were written");
	}

	@Test
	void anAwarenessSessionGoesInTheSharedContactLogWithHowManyAttended() throws Exception {
		CurrentUser coordinator = this.fixtures.staff(Role.COORDINATOR);
		Institution college = college(unique("Blyth Harbour College"));
		String page = "/coordinator/institutions/" + college.slug();
		this.mvc
			.perform(post(page + "/contact-log/new").with(as(coordinator))
				.with(csrf())
				.param("kind", "AWARENESS_SESSION")
				.param("happenedOn.day", "6")
				.param("happenedOn.month", "10")
				.param("happenedOn.year", "2026")
				.param("who", "Personal tutors")
				.param("summary", "How care leavers register on Connects"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter how many attended the session")));
		this.mvc
			.perform(post(page + "/contact-log/new").with(as(coordinator))
				.with(csrf())
				.param("kind", "AWARENESS_SESSION")
				.param("happenedOn.day", "6")
				.param("happenedOn.month", "10")
				.param("happenedOn.year", "2026")
				.param("who", "Personal tutors")
				.param("attended", "27")
				.param("summary", "How care leavers register on Connects"))
			.andExpect(redirectedUrl(page));
		assertThat(this.contactLog.of(PartnerRef.institution(college.id().value()))).singleElement()
			.satisfies((entry) -> {
				assertThat(entry.kind()).isEqualTo(ContactKind.AWARENESS_SESSION);
				assertThat(entry.attended()).isEqualTo(27);
				assertThat(entry.writtenBy()).isEqualTo(coordinator.id());
			});
		this.mvc.perform(get(page).with(as(coordinator)))
			.andExpect(content().string(containsString("Awareness session, 6 October 2026")))
			.andExpect(content().string(containsString("Attended")));
	}

	@Test
	void thePublicSeesAPartnersOffersButNotItsCentralContactAndNonPartnersAreNotFound() throws Exception {
		CurrentUser coordinator = this.fixtures.staff(Role.COORDINATOR);
		Institution college = college(unique("Alnmouth College"));
		String page = "/coordinator/institutions/" + college.slug();
		this.mvc.perform(get("/colleges-and-universities/" + college.slug())).andExpect(status().isNotFound());
		this.institutions.updatePartnership(college.id(), new Partnership(true, LocalDate.of(2025, 9, 1), null, null,
				"Private Person", "Vice principal", "private.person@alnmouth.example", null), null);

		this.mvc
			.perform(post(page + "/offers").with(as(coordinator))
				.with(csrf())
				.param("contactAnswer", "YES")
				.param("bursaryAnswer", "YES")
				.param("bursaryAmount", "twelve hundred")
				.param("accommodationAnswer", "NO"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the name of the contact for care leavers")))
			.andExpect(content().string(containsString("Enter the bursary a year in pounds")))
			.andExpect(content().string(containsString("Select yes, no or not known for help with applications")));
		this.mvc
			.perform(post(page + "/offers").with(as(coordinator))
				.with(csrf())
				.param("contactAnswer", "YES")
				.param("contactName", "Sam Reed")
				.param("contactEmail", "careleavers@alnmouth.example")
				.param("bursaryAnswer", "YES")
				.param("bursaryAmount", "1,250")
				.param("bursarySentence", "Paid each term.")
				.param("accommodationAnswer", "NO")
				.param("accommodationSentence", "The college has no halls.")
				.param("applicationsAnswer", "YES")
				.param("mentalHealthAnswer", "NOT_KNOWN")
				.param("otherAnswer", "NOT_KNOWN"))
			.andExpect(redirectedUrl(page));

		this.mvc.perform(get("/colleges-and-universities/" + college.slug()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("£1,250 a year")))
			.andExpect(content().string(containsString("careleavers@alnmouth.example")))
			.andExpect(content().string(containsString("The college has no halls.")))
			.andExpect(content().string(not(containsString("Private Person"))))
			.andExpect(content().string(not(containsString("private.person@alnmouth.example"))));
		this.mvc.perform(get("/colleges-and-universities").param("offers", "bursary", "applications"))
			.andExpect(content().string(containsString(college.name())));
		this.mvc.perform(get("/colleges-and-universities").param("offers", "accommodation"))
			.andExpect(content().string(not(containsString(college.name()))));
		this.mvc.perform(get("/colleges-and-universities").param("kind", "HE"))
			.andExpect(content().string(not(containsString(college.name()))));
		assertThat(this.institutions.changesOf(college.id())).extracting(InstitutionChange::what)
			.anySatisfy((what) -> assertThat(what).startsWith("Offers: ").contains("A bursary: Yes (Paid each term.)"));
	}

	@Test
	void upToThreePartnersAreComparedOfferByOfferAndAnyOtherNumberIsRefused() throws Exception {
		Institution first = partner(unique("Amble College"));
		Institution second = partner(unique("Rothbury College"));
		Institution third = partner(unique("Morpeth College"));
		Institution fourth = partner(unique("Ponteland College"));
		Institution notPartner = college(unique("Seahouses College"));
		this.institutions.answerOffers(second.id(),
				List.of(new OfferAnswer(Offer.BURSARY, Answer.YES, "Paid each term.", 150_000L, null, null)), null);

		this.mvc
			.perform(get("/colleges-and-universities/compare").param("institutions", first.slug(), second.slug(),
					third.slug()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("What each offers care leavers")))
			.andExpect(content().string(containsString("£1,500 a year")))
			.andExpect(content().string(containsString("Mental-health support")));
		this.mvc
			.perform(get("/colleges-and-universities/compare").param("chosen", "yes")
				.param("institutions", first.slug(), second.slug(), third.slug(), fourth.slug()))
			.andExpect(content().string(containsString("Select 2 or 3 colleges or universities to compare")))
			.andExpect(content().string(not(containsString("What each offers care leavers"))));
		this.mvc
			.perform(get("/colleges-and-universities/compare").param("chosen", "yes")
				.param("institutions", first.slug(), notPartner.slug()))
			.andExpect(content().string(containsString("Select 2 or 3 colleges or universities to compare")));
		this.mvc.perform(get("/colleges-and-universities/compare"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("There is a problem"))))
			.andExpect(content().string(not(containsString(notPartner.name()))));
	}

	@Test
	void aVerifiedSupporterAtTheCollegesDomainKeepsItsOffersAndNoOtherInstitutions() throws Exception {
		String domain = "q" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		Institution own = this.institutions.add(new InstitutionDetails(unique("Haltwhistle College"),
				InstitutionKind.FE, null, NORTH_EAST, Area.NORTH, null, List.of(domain)), null);
		Institution other = partner(unique("Corbridge College"));
		CurrentUser staff = collegeStaff("tutor@" + domain, Verification.VERIFIED);
		CurrentUser waiting = collegeStaff("new.tutor@" + domain, Verification.PENDING);

		this.mvc.perform(get("/supporter/institution").with(as(staff)))
			.andExpect(redirectedUrl("/supporter/institutions/" + own.slug() + "/offers"));
		this.mvc
			.perform(post("/supporter/institutions/" + own.slug() + "/offers").with(as(staff))
				.with(csrf())
				.param("contactAnswer", "NO")
				.param("bursaryAnswer", "YES")
				.param("bursaryAmount", "900")
				.param("accommodationAnswer", "NO")
				.param("applicationsAnswer", "YES")
				.param("mentalHealthAnswer", "YES")
				.param("mentalHealthSentence", "Counselling the same week.")
				.param("otherAnswer", "NOT_KNOWN"))
			.andExpect(redirectedUrl("/supporter/institutions/" + own.slug() + "/offers"));
		assertThat(this.institutions.offersOf(own.id())).filteredOn((a) -> a.offer() == Offer.BURSARY)
			.singleElement()
			.satisfies((a) -> assertThat(a.amountPence()).isEqualTo(90_000L));
		assertThat(this.institutions.changesOf(own.id())).first()
			.satisfies((change) -> assertThat(change.changedBy()).isEqualTo(staff.id()));

		this.mvc.perform(get("/supporter/institutions/" + other.slug() + "/offers").with(as(staff)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/supporter/institutions/" + other.slug() + "/offers").with(as(staff))
				.with(csrf())
				.param("contactAnswer", "NO"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/supporter/institutions/" + own.slug() + "/offers").with(as(waiting)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/supporter/institution").with(as(waiting)))
			.andExpect(content().string(containsString("not linked to your account yet")));

		this.accountData.erase(staff.id());
		assertThat(this.institutions.changesOf(own.id())).as("the change stays, without who made it")
			.anySatisfy((change) -> assertThat(change.what()).contains("Counselling the same week."))
			.allSatisfy((change) -> assertThat(change.changedBy()).isNull());
		assertThatThrownBy(
				() -> this.jdbc.sql("update institution_change set what = 'changed' where institution_id = :id")
					.param("id", own.id().value())
					.update())
			.hasMessageContaining("kept as they were written");
	}

	@Test
	void collegeStaffRegisteringWithAnAddressAtTheInstitutionsDomainAreVerifiedAtOnce() {
		String domain = "v" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		this.institutions.add(new InstitutionDetails(unique("Prudhoe College"), InstitutionKind.FE, null, NORTH_EAST,
				Area.NORTH, null, List.of(domain)), null);
		String atTheCollege = "lecturer@" + domain;
		String elsewhere = "lecturer@" + "w" + domain;
		for (String email : List.of(atTheCollege, elsewhere)) {
			this.supporters
				.register(
						new NewSupporter("A Lecturer", SupporterRole.COLLEGE_STAFF,
								OrganisationType.COLLEGE_OR_UNIVERSITY, "Prudhoe College", Fixtures.MANCHESTER, email),
						"lantern orbit kettle harbour");
		}
		assertThat(this.supporters.isVerified(this.accounts.idOf(atTheCollege).orElseThrow())).isTrue();
		assertThat(this.supporters.isVerified(this.accounts.idOf(elsewhere).orElseThrow())).isFalse();
		String charity = "worker@" + domain;
		this.supporters.register(new NewSupporter("A Worker", SupporterRole.CHARITY_WORKER, OrganisationType.CHARITY,
				"A charity", Fixtures.MANCHESTER, charity), "lantern orbit kettle harbour");
		assertThat(this.supporters.isVerified(this.accounts.idOf(charity).orElseThrow()))
			.as("only college or university staff")
			.isFalse();
	}

	@Test
	void theContactSeesTheirOwnInstitutionsFiguresWithSmallCountsHiddenAndNoOtherInstitutions() throws Exception {
		String domain = "f" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		Institution own = this.institutions.add(new InstitutionDetails(unique("Prudhoe College"), InstitutionKind.FE,
				null, NORTH_EAST, Area.NORTH, null, List.of(domain)), null);
		Institution other = partner(unique("Ponteland College"));
		CurrentUser staff = collegeStaff("figures@" + domain, Verification.VERIFIED);
		CurrentUser waiting = collegeStaff("waiting@" + domain, Verification.PENDING);
		String figures = "/supporter/institutions/" + own.slug() + "/figures";
		OpportunityId course = this.fixtures.publish(this.fixtures.organisation(unique("Prudhoe Garage")).id(),
				Fixtures.opportunity(unique("Prudhoe mechanics apprenticeship")));
		for (int i = 0; i < 4; i++) {
			goingTo(own, (i % 2 == 0) ? own.name() : own.name().toUpperCase(java.util.Locale.ROOT), course);
		}
		CurrentUser elsewhere = this.fixtures.careLeaver("Noor");
		this.jdbc.sql("update care_leaver set institution = :name where account_id = :id")
			.param("name", own.name() + " Sixth Form")
			.param("id", elsewhere.id().value())
			.update();

		this.mvc.perform(get(figures).with(as(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"care-leavers\">fewer than 5<")))
			.andExpect(content().string(containsString("Fewer than 5 take-ups of each type so far.")));
		goingTo(own, own.name(), course);
		this.mvc.perform(get(figures).with(as(staff)))
			.andExpect(content().string(containsString("id=\"care-leavers\">5<")))
			.andExpect(content().string(containsString("Apprenticeship")))
			.andExpect(content().string(containsString(">5</td>")))
			.andExpect(content().string(containsString(">fewer than 5</td>")));
		this.mvc.perform(get("/supporter/institutions/" + own.slug() + "/offers").with(as(staff)))
			.andExpect(content().string(containsString("href=\"" + figures + "\"")));

		this.mvc.perform(get("/supporter/institutions/" + other.slug() + "/figures").with(as(staff)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(figures).with(as(waiting))).andExpect(status().isNotFound());
	}

	private void goingTo(Institution institution, String answer, OpportunityId course) {
		CurrentUser young = this.fixtures.careLeaver("Robin");
		this.jdbc.sql("update care_leaver set institution = :name where account_id = :id")
			.param("name", answer)
			.param("id", young.id().value())
			.update();
		this.takeUps.apply(young.id(), course, java.util.Set.of(Sharing.NAME), null);
	}

	private CurrentUser collegeStaff(String email, Verification verification) {
		String address = email;
		AccountId account = this.accounts.createDemoAccount("College Tutor", address, Fixtures.PASSWORD,
				Role.SUPPORTER);
		this.supporters.createDemoSupporter(
				account, new NewSupporter("College Tutor", SupporterRole.COLLEGE_STAFF,
						OrganisationType.COLLEGE_OR_UNIVERSITY, "A college", Fixtures.MANCHESTER, address),
				verification);
		return new CurrentUser(account, address, "College Tutor", Role.SUPPORTER);
	}

	private Institution partner(String name) {
		Institution made = college(name);
		this.institutions.updatePartnership(made.id(),
				new Partnership(true, LocalDate.of(2025, 9, 1), null, null, null, null, null, null), null);
		return this.institutions.find(made.id()).orElseThrow();
	}

	private Institution college(String name) {
		return this.institutions
			.add(new InstitutionDetails(name, InstitutionKind.FE, null, NORTH_EAST, Area.NORTH, null, List.of()), null);
	}

	private Institution byName(String name) {
		return this.institutions.all().stream().filter((i) -> i.name().equals(name)).findFirst().orElseThrow();
	}

	private static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 8);
	}

}
