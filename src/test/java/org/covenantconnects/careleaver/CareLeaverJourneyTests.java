package org.covenantconnects.careleaver;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.Fixtures.NewOpportunity;
import org.covenantconnects.Fixtures.YoungPerson;
import org.covenantconnects.TestMailServer;
import org.covenantconnects.email.Emails;
import org.covenantconnects.identity.AccountStatus;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.covenantconnects.opportunity.Category;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.opportunity.OpportunityView;
import org.covenantconnects.opportunity.TakeUpRoute;
import org.covenantconnects.signatory.SignatoryId;
import org.covenantconnects.takeup.Sharing;
import org.covenantconnects.takeup.TakeUp;
import org.covenantconnects.takeup.TakeUpStatus;
import org.covenantconnects.takeup.TakeUps;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.covenantconnects.Fixtures.CAMDEN;
import static org.covenantconnects.Fixtures.LEEDS;
import static org.covenantconnects.Fixtures.LONDON;
import static org.covenantconnects.Fixtures.MANCHESTER;
import static org.covenantconnects.Fixtures.NORTH_WEST;
import static org.covenantconnects.Fixtures.PASSWORD;
import static org.covenantconnects.Fixtures.opportunity;
import static org.covenantconnects.SignedIn.as;
import static org.covenantconnects.SignedIn.someone;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A care leaver's side of Connects against the real database: the opportunities that fit
 * them and why, saving, applying and claiming codes, their own account, and that nobody
 * else reaches any of it.
 */
@ConnectsTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CareLeaverJourneyTests {

	/**
	 * Looked after by Leeds, living in the North West, interested in leisure and
	 * lifestyle.
	 */
	private static final YoungPerson JORDAN = YoungPerson.named("Jordan")
		.lookedAfterBy(LEEDS)
		.interestedIn(Category.LEISURE_AND_LIFESTYLE);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private CareLeavers careLeavers;

	@Autowired
	private TakeUps takeUps;

	@Autowired
	private Accounts accounts;

	@Autowired
	private Opportunities opportunities;

	@Autowired
	private Emails emails;

	@Autowired
	private JdbcClient jdbc;

	private OpportunityId northWestApprenticeship;

	private OpportunityId nationalMentoring;

	private OpportunityId londonJob;

	private OpportunityId leedsCouncilTaxExemption;

	private OpportunityId camdenCouncilTaxExemption;

	private OpportunityId youngestOnlyWorkshop;

	private OpportunityId upToThirtyGrant;

	private OpportunityId cinemaCode;

	@BeforeAll
	void opportunitiesArePublished() {
		SignatoryId signatory = this.fixtures.organisation("Wrenfield For You Test").id();
		Instant now = Instant.now();
		this.northWestApprenticeship = this.fixtures.publish(signatory,
				opportunity("Wrenfield bakery apprenticeship").inRegions(NORTH_WEST), now.minus(5, ChronoUnit.DAYS));
		this.nationalMentoring = this.fixtures.publish(signatory,
				opportunity("Wrenfield mentoring").ofType(OpportunityType.MENTORING).in(Category.HEALTH_AND_WELLBEING),
				now.minus(1, ChronoUnit.DAYS));
		this.londonJob = this.fixtures.publish(signatory, opportunity("Wrenfield London job").inRegions(LONDON), now);
		// Leeds looked after the young person, who now lives in the North West.
		this.leedsCouncilTaxExemption = this.fixtures.publish(signatory,
				councilTaxExemption("Wrenfield Leeds council tax exemption").forCouncils(LEEDS), now);
		this.camdenCouncilTaxExemption = this.fixtures.publish(signatory,
				councilTaxExemption("Wrenfield Camden council tax exemption").forCouncils(CAMDEN), now);
		this.youngestOnlyWorkshop = this.fixtures.publish(signatory,
				opportunity("Wrenfield workshop for 16 and 17").ofType(OpportunityType.WORKSHOP_OR_EVENT)
					.in(Category.EDUCATION_AND_TRAINING)
					.forAges(16, 17),
				now);
		this.upToThirtyGrant = this.fixtures.publish(signatory,
				opportunity("Wrenfield grant up to 30").ofType(OpportunityType.FINANCIAL_HELP)
					.in(Category.MONEY_AND_FINANCIAL_SUPPORT)
					.forAges(16, 30)
					.takenUpBy(TakeUpRoute.LINK),
				now);
		this.cinemaCode = this.fixtures.publish(signatory,
				opportunity("Wrenfield cinema tickets").ofType(OpportunityType.FREE_TICKETS_OR_ACTIVITY)
					.in(Category.LEISURE_AND_LIFESTYLE)
					.takenUpBy(TakeUpRoute.CODE),
				now);
	}

	private static NewOpportunity councilTaxExemption(String title) {
		return opportunity(title).ofType(OpportunityType.EXEMPTION)
			.in(Category.MONEY_AND_FINANCIAL_SUPPORT)
			.forAges(18, 25)
			.takenUpBy(TakeUpRoute.LINK);
	}

	@Test
	void theFeedShowsOnlyWhatFitsTheirAgeAndPlaceWithTheirInterestsFirstAndAReason() {
		CurrentUser jordan = this.fixtures.registeredCareLeaver(JORDAN);
		CareLeavers.Feed feed = this.careLeavers.forYou(jordan.id(), 1, 5000).orElseThrow();
		List<OpportunityId> shown = feed.results().items().stream().map(OpportunityView::id).toList();
		assertThat(shown).contains(this.northWestApprenticeship, this.nationalMentoring, this.leedsCouncilTaxExemption,
				this.upToThirtyGrant, this.cinemaCode);
		assertThat(shown).doesNotContain(this.londonJob, this.camdenCouncilTaxExemption, this.youngestOnlyWorkshop);
		assertThat(shown.indexOf(this.northWestApprenticeship)).as("an interest comes first")
			.isLessThan(shown.indexOf(this.nationalMentoring));
		assertThat(feed.results().total()).isEqualTo(shown.size());
		assertThat(feed.reasons().get(this.northWestApprenticeship))
			.isEqualTo("Because you are interested in apprenticeships and live in the North West.");
		assertThat(feed.reasons().get(this.leedsCouncilTaxExemption))
			.isEqualTo("Because you were looked after by Leeds.");
		assertThat(feed.reasons().get(this.nationalMentoring)).isEqualTo("Open to care leavers anywhere in England.");
	}

	@Test
	void someoneOver25SeesOnlyOpportunitiesOpenBeyond25() {
		CurrentUser older = this.fixtures.registeredCareLeaver(JORDAN.aged(27).lookedAfterBy(MANCHESTER));
		List<OpportunityId> shown = this.careLeavers.forYou(older.id(), 1, 5000)
			.orElseThrow()
			.results()
			.items()
			.stream()
			.map(OpportunityView::id)
			.toList();
		assertThat(shown).contains(this.upToThirtyGrant)
			.doesNotContain(this.northWestApprenticeship, this.nationalMentoring, this.cinemaCode);
		assertThat(shown).allSatisfy((id) -> assertThat(this.opportunities.find(id).orElseThrow().details().ageTo())
			.isGreaterThanOrEqualTo(27));
	}

	@Test
	void theForYouPageIsPagedAndEveryRowSaysWhy() throws Exception {
		CurrentUser jordan = this.fixtures.registeredCareLeaver(JORDAN);
		this.mvc.perform(get("/for-you").with(as(jordan)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("opportunities fit you")))
			.andExpect(content().string(containsString("Because you are interested in apprenticeships")));
		this.mvc.perform(get("/for-you?page=99999").with(as(jordan))).andExpect(redirectedUrl("/for-you"));
		this.mvc.perform(get("/for-you?page=not-a-number").with(as(jordan))).andExpect(status().isOk());
	}

	@Test
	void aCareLeaverSavesAppliesSharingOnlyWhatTheyChoseAndSeesItInMyOpportunities() throws Exception {
		CurrentUser jordan = this.fixtures.registeredCareLeaver(JORDAN);
		String page = "/opportunities/" + this.northWestApprenticeship;
		this.mvc.perform(get(page).with(as(jordan)))
			.andExpect(content().string(containsString("Save for later")))
			.andExpect(content().string(containsString(">Apply</button>")));
		this.mvc.perform(post(page + "/save").with(csrf()).with(as(jordan)))
			.andExpect(redirectedUrl(page + "#what-you-can-do"));
		this.mvc.perform(get(page + "/apply").with(as(jordan))).andExpect(status().isOk());
		this.mvc.perform(post(page + "/apply").with(csrf()).with(as(jordan)).param("message", "I love baking"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Select at least one thing to share")))
			.andExpect(content().string(containsString("I love baking")));
		this.mvc.perform(post(page + "/apply").with(csrf()).with(as(jordan)).param("share", "PASSWORD"))
			.andExpect(content().string(containsString("Select what to share from the list")));
		this.mvc
			.perform(post(page + "/apply").with(csrf())
				.with(as(jordan))
				.param("share", "EMAIL")
				.param("message", "I love baking"))
			.andExpect(redirectedUrl("/my-opportunities"));

		TakeUp takeUp = this.takeUps.mine(jordan.id())
			.stream()
			.filter((row) -> row.id().equals(this.northWestApprenticeship))
			.findFirst()
			.orElseThrow()
			.takeUp();
		assertThat(takeUp.status()).isEqualTo(TakeUpStatus.APPLIED);
		assertThat(takeUp.sharedEmail()).isEqualTo(jordan.getUsername());
		assertThat(takeUp.sharedName()).as("not chosen, not shared").isNull();
		assertThat(takeUp.sharedSituation()).isNull();
		assertThat(takeUp.message()).isEqualTo("I love baking");
		assertThat(takeUp.history()).extracting(TakeUp.Event::status).containsExactly(TakeUpStatus.APPLIED);
		assertThat(TestMailServer.awaitEmails(jordan.getUsername(), 2)).extracting((message) -> message.getSubject())
			.contains("You applied for Wrenfield bakery apprenticeship");

		this.mvc.perform(get("/my-opportunities").with(as(jordan)))
			.andExpect(content().string(containsString("Wrenfield bakery apprenticeship")))
			.andExpect(content().string(containsString("Applied")))
			.andExpect(content().string(containsString("Saved")));
		this.mvc.perform(post(page + "/apply").with(csrf()).with(as(jordan)).param("share", "EMAIL"))
			.andExpect(status().isConflict());
		this.mvc.perform(post("/my-opportunities/" + takeUp.id() + "/withdraw").with(csrf()).with(as(jordan)))
			.andExpect(redirectedUrl("/my-opportunities"));
		assertThat(this.takeUps.takeUp(jordan.id(), takeUp.id()).orElseThrow().history())
			.extracting(TakeUp.Event::status)
			.containsExactly(TakeUpStatus.APPLIED, TakeUpStatus.WITHDRAWN);
	}

	@Test
	void aCodeIsShownOnlyToAnEligibleCareLeaverAndTheClaimIsRecorded() throws Exception {
		CurrentUser jordan = this.fixtures.registeredCareLeaver(JORDAN);
		String page = "/opportunities/" + this.cinemaCode;
		this.mvc.perform(get(page).with(as(jordan)))
			.andExpect(content().string(not(containsString("CODE-"))))
			.andExpect(content().string(containsString("Show my code")));
		this.mvc.perform(post(page + "/code").with(csrf()).with(as(jordan)))
			.andExpect(redirectedUrl(page + "#your-code"));
		this.mvc.perform(get(page).with(as(jordan))).andExpect(content().string(containsString("CODE-")));
		assertThat(this.takeUps.mine(jordan.id())).anySatisfy((row) -> {
			assertThat(row.id()).isEqualTo(this.cinemaCode);
			assertThat(row.takeUp().status()).isEqualTo(TakeUpStatus.CLAIMED);
		});
		this.mvc.perform(get(page)).andExpect(content().string(not(containsString("CODE-"))));

		CurrentUser older = this.fixtures.registeredCareLeaver(JORDAN.aged(27).lookedAfterBy(MANCHESTER));
		this.mvc.perform(post(page + "/code").with(csrf()).with(as(older))).andExpect(status().isConflict());
		this.mvc.perform(get(page).with(as(older)))
			.andExpect(content().string(containsString("This opportunity is not open to you")))
			.andExpect(content().string(not(containsString("CODE-"))));
	}

	@Test
	void nobodyReachesAnotherCareLeaversTakeUpsOrProfile() throws Exception {
		CurrentUser jordan = this.fixtures.registeredCareLeaver(JORDAN);
		CurrentUser alex = this.fixtures.registeredCareLeaver(JORDAN.aged(21).lookedAfterBy(MANCHESTER));
		this.takeUps.apply(jordan.id(), this.nationalMentoring, EnumSet.of(Sharing.NAME), "Private words");
		TakeUp jordans = this.takeUps.mine(jordan.id()).get(0).takeUp();

		this.mvc.perform(post("/my-opportunities/" + jordans.id() + "/withdraw").with(csrf()).with(as(alex)))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/my-opportunities/not-an-id/withdraw").with(csrf()).with(as(alex)))
			.andExpect(status().isNotFound());
		assertThat(this.takeUps.takeUp(jordan.id(), jordans.id()).orElseThrow().status())
			.isEqualTo(TakeUpStatus.APPLIED);
		this.mvc.perform(get("/my-opportunities").with(as(alex)))
			.andExpect(content().string(not(containsString("Wrenfield mentoring"))));
		this.mvc.perform(get("/my-account/data").with(as(alex)))
			.andExpect(content().string(not(containsString("Private words"))));

		// A signatory user, even of the organisation applied to, never sees a profile.
		CurrentUser signatory = someone(Role.SIGNATORY);
		for (String path : List.of("/for-you", "/my-opportunities", "/my-account", "/my-account/data")) {
			this.mvc.perform(get(path).with(as(signatory))).andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/opportunities/" + this.nationalMentoring).with(as(signatory)))
			.andExpect(content().string(not(containsString("Private words"))))
			.andExpect(content().string(not(containsString(jordan.getUsername()))));
	}

	@Test
	void theirAccountChangesPasswordOnlyWithTheCurrentOneAndEmailOnlyByALinkToTheNewAddress() throws Exception {
		CurrentUser jordan = this.fixtures.registeredCareLeaver(JORDAN);
		this.mvc
			.perform(post("/my-account/password").with(csrf())
				.with(as(jordan))
				.param("currentPassword", "not my password")
				.param("newPassword", "lantern pebble orchard"))
			.andExpect(content().string(containsString("Your current password is not right")));
		this.mvc
			.perform(post("/my-account/password").with(csrf())
				.with(as(jordan))
				.param("currentPassword", PASSWORD)
				.param("newPassword", "password"))
			.andExpect(content().string(containsString("harder to guess")));
		this.mvc
			.perform(post("/my-account/password").with(csrf())
				.with(as(jordan))
				.param("currentPassword", PASSWORD)
				.param("newPassword", "lantern pebble orchard"))
			.andExpect(redirectedUrl("/my-account"));

		String newEmail = "moved-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		this.mvc.perform(post("/my-account/email").with(csrf()).with(as(jordan)).param("email", "nope"))
			.andExpect(content().string(containsString("Enter an email address in the correct format")));
		this.mvc
			.perform(post("/my-account/email").with(csrf())
				.with(as(jordan))
				.param("email", newEmail)
				.param("currentPassword", "not the password"))
			.andExpect(content().string(containsString("Your password is not right")));
		assertThat(TestMailServer.emailsTo(newEmail)).as("nothing sent with a wrong password").isEmpty();
		this.mvc
			.perform(post("/my-account/email").with(csrf())
				.with(as(jordan))
				.param("email", newEmail)
				.param("currentPassword", "lantern pebble orchard"))
			.andExpect(redirectedUrl("/my-account"));
		assertThat(this.accounts.find(jordan.id()).orElseThrow().email()).as("unchanged until confirmed")
			.isEqualTo(jordan.getUsername());
		String body = TestMailServer.body(TestMailServer.awaitEmails(newEmail, 1).get(0));
		String token = body.substring(body.indexOf("/verify-email-change/") + "/verify-email-change/".length())
			.lines()
			.findFirst()
			.orElseThrow()
			.trim();
		this.mvc.perform(get("/verify-email-change/" + token))
			.andExpect(content().string(containsString("Confirm new email address")));
		this.mvc.perform(post("/verify-email-change/" + token).with(csrf()))
			.andExpect(content().string(containsString("Email address changed")));
		assertThat(this.accounts.find(jordan.id()).orElseThrow().email()).isEqualTo(newEmail);
		this.mvc.perform(post("/verify-email-change/" + token).with(csrf()))
			.andExpect(content().string(containsString("already been used")));
	}

	@Test
	void suggestionsFromCoordinatorsAreOffUntilTurnedOn() throws Exception {
		CurrentUser jordan = this.fixtures.registeredCareLeaver(JORDAN);
		assertThat(this.careLeavers.profile(jordan.id()).orElseThrow().openToSuggestions()).isFalse();
		this.mvc.perform(post("/my-account/sharing").with(csrf()).with(as(jordan)).param("suggestions", "maybe"))
			.andExpect(content().string(containsString("Select yes or no")));
		this.mvc.perform(post("/my-account/sharing").with(csrf()).with(as(jordan)).param("suggestions", "on"))
			.andExpect(redirectedUrl("/my-account"));
		assertThat(this.careLeavers.profile(jordan.id()).orElseThrow().openToSuggestions()).isTrue();
	}

	@Test
	void theyDownloadEverythingHeldAboutThemThenDeleteItLeavingOnlyAnonymousCounts() throws Exception {
		CurrentUser jordan = this.fixtures.registeredCareLeaver(JORDAN);
		this.takeUps.save(jordan.id(), this.upToThirtyGrant);
		this.takeUps.apply(jordan.id(), this.northWestApprenticeship, EnumSet.allOf(Sharing.class), "Hello there");
		TestMailServer.awaitEmails(jordan.getUsername(), 2);

		this.mvc.perform(get("/my-account/data").with(as(jordan)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(jsonPath("$.account.email").value(jordan.getUsername()))
			.andExpect(jsonPath("$.profile.councilThatLookedAfterYou").value("Leeds"))
			.andExpect(jsonPath("$.profile.regionWhereYouLive").value("North West"))
			.andExpect(jsonPath("$.savedOpportunities[0].title").value("Wrenfield grant up to 30"))
			.andExpect(jsonPath("$.takeUps[0].status").value("APPLIED"))
			.andExpect(jsonPath("$.takeUps[0].sharedWithOrganisation.message").value("Hello there"))
			.andExpect(jsonPath("$.takeUps[0].history[0].status").value("APPLIED"))
			.andExpect(jsonPath("$.emailsSentToYou[?(@.subject == 'You applied for Wrenfield bakery apprenticeship')]")
				.exists())
			.andExpect(jsonPath("$.alerts.preferences.frequency").exists())
			.andExpect(jsonPath("$.alerts.notifications").isArray())
			.andExpect(jsonPath("$.whoLookedAtYourApplications").isArray())
			.andExpect(jsonPath("$.peopleWhoHelpYou.linked").isArray())
			.andExpect(jsonPath("$.peopleWhoHelpYou.suggestionsToYou").isArray());

		this.mvc.perform(post("/my-account/delete").with(csrf()).with(as(jordan)))
			.andExpect(content().string(containsString("Select that you understand")));
		assertThat(this.careLeavers.profile(jordan.id())).isPresent();
		this.mvc
			.perform(post("/my-account/delete").with(csrf())
				.with(as(jordan))
				.param("confirmed", "yes")
				.param("currentPassword", "not the password"))
			.andExpect(content().string(containsString("Your password is not right")));
		assertThat(this.careLeavers.profile(jordan.id())).isPresent();
		this.mvc
			.perform(post("/my-account/delete").with(csrf())
				.with(as(jordan))
				.param("confirmed", "yes")
				.param("currentPassword", PASSWORD))
			.andExpect(redirectedUrl("/account-deleted"));

		assertThat(this.careLeavers.profile(jordan.id())).isEmpty();
		var account = this.accounts.find(jordan.id()).orElseThrow();
		assertThat(account.email()).doesNotContain(jordan.getUsername()).endsWith("@deleted.invalid");
		assertThat(account.displayName()).isEqualTo("Deleted account");
		assertThat(account.status()).isEqualTo(AccountStatus.LOCKED);
		assertThat(this.emails.sentTo(jordan.getUsername())).isEmpty();
		assertThat(this.jdbc.sql("""
				select count(*) from take_up where opportunity_id = :id and account_id is null and message is null
				  and shared_name is null and shared_email is null and status = 'APPLIED'
				""").param("id", this.northWestApprenticeship.value()).query(Long.class).single())
			.as("the take-up is still counted, with no person")
			.isGreaterThanOrEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from saved_opportunity where account_id = :id")
			.param("id", jordan.id().value())
			.query(Long.class)
			.single()).isZero();
		this.mvc.perform(post("/sign-in").with(csrf()).param("email", jordan.getUsername()).param("password", PASSWORD))
			.andExpect(content().string(containsString("Enter a correct email address and password")));
	}

}
