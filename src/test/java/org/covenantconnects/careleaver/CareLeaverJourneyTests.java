package org.covenantconnects.careleaver;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.TestMailServer;
import org.covenantconnects.email.Emails;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.AccountStatus;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.covenantconnects.opportunity.Barriers;
import org.covenantconnects.opportunity.Category;
import org.covenantconnects.opportunity.InternshipFacts;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.opportunity.OpportunityDetails;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.opportunity.OpportunityView;
import org.covenantconnects.opportunity.Outcome;
import org.covenantconnects.opportunity.Scope;
import org.covenantconnects.opportunity.TakeUpRoute;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.signatory.NewOrganisation;
import org.covenantconnects.signatory.Sector;
import org.covenantconnects.signatory.Signatories;
import org.covenantconnects.signatory.SignatoryId;
import org.covenantconnects.signatory.Size;
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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
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

	private static final RegionCode NORTH_WEST = new RegionCode("E12000002");

	private static final RegionCode LONDON = new RegionCode("E12000007");

	private static final LocalAuthorityId MANCHESTER = new LocalAuthorityId(24);

	private static final LocalAuthorityId LEEDS = new LocalAuthorityId(44);

	private static final LocalAuthorityId CAMDEN = new LocalAuthorityId(92);

	private static final String PASSWORD = "harbour violet pancake";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CareLeavers careLeavers;

	@Autowired
	private TakeUps takeUps;

	@Autowired
	private Accounts accounts;

	@Autowired
	private Opportunities opportunities;

	@Autowired
	private Signatories signatories;

	@Autowired
	private Emails emails;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TransactionTemplate transactions;

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
		SignatoryId signatory = this.signatories
			.createDemoSignatory(new NewOrganisation("Wrenfield For You Test " + UUID.randomUUID(), Sector.PRIVATE,
					Size.SMALL, null, true, List.of(), "Opportunities for tests"), LocalDate.now().minusDays(10), null);
		Instant now = Instant.now();
		this.northWestApprenticeship = publish(signatory, "Wrenfield bakery apprenticeship",
				OpportunityType.APPRENTICESHIP, Category.EMPLOYMENT_AND_WORK_EXPERIENCE, Scope.REGIONS,
				List.of(NORTH_WEST), List.of(), 16, 25, TakeUpRoute.CONNECTS, now.minus(5, ChronoUnit.DAYS));
		this.nationalMentoring = publish(signatory, "Wrenfield mentoring", OpportunityType.MENTORING,
				Category.HEALTH_AND_WELLBEING, Scope.NATIONAL, List.of(), List.of(), 16, 25, TakeUpRoute.CONNECTS,
				now.minus(1, ChronoUnit.DAYS));
		this.londonJob = publish(signatory, "Wrenfield London job", OpportunityType.APPRENTICESHIP,
				Category.EMPLOYMENT_AND_WORK_EXPERIENCE, Scope.REGIONS, List.of(LONDON), List.of(), 16, 25,
				TakeUpRoute.CONNECTS, now);
		// Leeds looked after the young person, who now lives in the North West.
		this.leedsCouncilTaxExemption = publish(signatory, "Wrenfield Leeds council tax exemption",
				OpportunityType.EXEMPTION, Category.MONEY_AND_FINANCIAL_SUPPORT, Scope.COUNCILS, List.of(),
				List.of(LEEDS), 18, 25, TakeUpRoute.LINK, now);
		this.camdenCouncilTaxExemption = publish(signatory, "Wrenfield Camden council tax exemption",
				OpportunityType.EXEMPTION, Category.MONEY_AND_FINANCIAL_SUPPORT, Scope.COUNCILS, List.of(),
				List.of(CAMDEN), 18, 25, TakeUpRoute.LINK, now);
		this.youngestOnlyWorkshop = publish(signatory, "Wrenfield workshop for 16 and 17",
				OpportunityType.WORKSHOP_OR_EVENT, Category.EDUCATION_AND_TRAINING, Scope.NATIONAL, List.of(),
				List.of(), 16, 17, TakeUpRoute.CONNECTS, now);
		this.upToThirtyGrant = publish(signatory, "Wrenfield grant up to 30", OpportunityType.FINANCIAL_HELP,
				Category.MONEY_AND_FINANCIAL_SUPPORT, Scope.NATIONAL, List.of(), List.of(), 16, 30, TakeUpRoute.LINK,
				now);
		this.cinemaCode = publish(signatory, "Wrenfield cinema tickets", OpportunityType.FREE_TICKETS_OR_ACTIVITY,
				Category.LEISURE_AND_LIFESTYLE, Scope.NATIONAL, List.of(), List.of(), 16, 25, TakeUpRoute.CODE, now);
	}

	@Test
	void theFeedShowsOnlyWhatFitsTheirAgeAndPlaceWithTheirInterestsFirstAndAReason() {
		CurrentUser jordan = careLeaver(20, LEEDS, NORTH_WEST);
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
		CurrentUser older = careLeaver(27, MANCHESTER, NORTH_WEST);
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
		CurrentUser jordan = careLeaver(20, LEEDS, NORTH_WEST);
		this.mvc.perform(get("/for-you").with(as(jordan)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("opportunities fit you")))
			.andExpect(content().string(containsString("Because you are interested in apprenticeships")));
		this.mvc.perform(get("/for-you?page=99999").with(as(jordan))).andExpect(redirectedUrl("/for-you"));
		this.mvc.perform(get("/for-you?page=not-a-number").with(as(jordan))).andExpect(status().isOk());
	}

	@Test
	void aCareLeaverSavesAppliesSharingOnlyWhatTheyChoseAndSeesItInMyOpportunities() throws Exception {
		CurrentUser jordan = careLeaver(20, LEEDS, NORTH_WEST);
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
		CurrentUser jordan = careLeaver(20, LEEDS, NORTH_WEST);
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

		CurrentUser older = careLeaver(27, MANCHESTER, NORTH_WEST);
		this.mvc.perform(post(page + "/code").with(csrf()).with(as(older))).andExpect(status().isConflict());
		this.mvc.perform(get(page).with(as(older)))
			.andExpect(content().string(containsString("This opportunity is not open to you")))
			.andExpect(content().string(not(containsString("CODE-"))));
	}

	@Test
	void nobodyReachesAnotherCareLeaversTakeUpsOrProfile() throws Exception {
		CurrentUser jordan = careLeaver(20, LEEDS, NORTH_WEST);
		CurrentUser alex = careLeaver(21, MANCHESTER, NORTH_WEST);
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
		CurrentUser signatory = user(Role.SIGNATORY);
		for (String path : List.of("/for-you", "/my-opportunities", "/my-account", "/my-account/data")) {
			this.mvc.perform(get(path).with(as(signatory))).andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/opportunities/" + this.nationalMentoring).with(as(signatory)))
			.andExpect(content().string(not(containsString("Private words"))))
			.andExpect(content().string(not(containsString(jordan.getUsername()))));
	}

	@Test
	void theirAccountChangesPasswordOnlyWithTheCurrentOneAndEmailOnlyByALinkToTheNewAddress() throws Exception {
		CurrentUser jordan = careLeaver(20, LEEDS, NORTH_WEST);
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
		this.mvc.perform(post("/my-account/email").with(csrf()).with(as(jordan)).param("email", newEmail))
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
		CurrentUser jordan = careLeaver(20, LEEDS, NORTH_WEST);
		assertThat(this.careLeavers.profile(jordan.id()).orElseThrow().openToSuggestions()).isFalse();
		this.mvc.perform(post("/my-account/sharing").with(csrf()).with(as(jordan)).param("suggestions", "maybe"))
			.andExpect(content().string(containsString("Select yes or no")));
		this.mvc.perform(post("/my-account/sharing").with(csrf()).with(as(jordan)).param("suggestions", "on"))
			.andExpect(redirectedUrl("/my-account"));
		assertThat(this.careLeavers.profile(jordan.id()).orElseThrow().openToSuggestions()).isTrue();
	}

	@Test
	void theyDownloadEverythingHeldAboutThemThenDeleteItLeavingOnlyAnonymousCounts() throws Exception {
		CurrentUser jordan = careLeaver(20, LEEDS, NORTH_WEST);
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
		this.mvc.perform(post("/my-account/delete").with(csrf()).with(as(jordan)).param("confirmed", "yes"))
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

	/** A registered care leaver of the given age, signed in. */
	private CurrentUser careLeaver(int age, LocalAuthorityId council, RegionCode region) {
		String email = "journey-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		NewCareLeaver answers = new NewCareLeaver("Jordan Test", "Jordan", email,
				CareLeaverRegistrationTests.yearsAgo(age), council, region, Set.of(Category.LEISURE_AND_LIFESTYLE),
				Set.of(OpportunityType.APPRENTICESHIP), Situation.TRAINING, null);
		AccountId id = this.careLeavers.register(answers, PASSWORD).orElseThrow();
		// Confirmed, as if the link in the email had been used.
		this.transactions.executeWithoutResult((status) -> this.jdbc
			.sql("update account set status = 'ACTIVE', email_verified_at = now() where id = :id")
			.param("id", id.value())
			.update());
		return new CurrentUser(id, email, "Jordan", Role.CARE_LEAVER);
	}

	private OpportunityId publish(SignatoryId signatory, String title, OpportunityType type, Category category,
			Scope scope, List<RegionCode> regions, List<LocalAuthorityId> councils, int ageFrom, int ageTo,
			TakeUpRoute route, Instant publishedAt) {
		return this.opportunities.createDemo(signatory,
				new OpportunityDetails(title, "A summary of " + title, "All about " + title + ".", type, category,
						Set.of(Outcome.EMPLOYMENT_EDUCATION_TRAINING), scope, regions, councils, ageFrom, ageTo, null,
						null, null, null, null, route, (route == TakeUpRoute.LINK) ? "https://example.com/apply" : null,
						(route == TakeUpRoute.CODE) ? "CODE-" + UUID.randomUUID().toString().substring(0, 6) : null,
						Barriers.NONE, InternshipFacts.NONE),
				publishedAt);
	}

	private static CurrentUser user(Role role) {
		return new CurrentUser(new AccountId(UUID.randomUUID()), role.name().toLowerCase() + "@example.com",
				"Test " + role.label(), role);
	}

	private static RequestPostProcessor as(CurrentUser user) {
		return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

}
