package org.covenantconnects.signatory;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.TestMailServer;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.covenantconnects.identity.SecondStepForTests;
import org.covenantconnects.signatory.internal.Colleagues;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The people who act for an organisation, against the real database and mail server: a
 * signatory user invites a colleague, who chooses a password from the emailed link and
 * acts for the organisation; inviting an address that already has an account looks the
 * same and only emails its owner; invitations are limited per person; and anyone of them
 * removes another, who is signed out at once, but never the last one.
 */
@ConnectsTest
@AutoConfigureMockMvc
class ColleaguesTests {

	private static final AtomicInteger ADDRESSES = new AtomicInteger(10);

	private static final String PASSWORD = "quarry tulip harness";

	private static final String COLLEAGUE_PASSWORD = "mitten gravel osprey";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private Signatories signatories;

	@Autowired
	private Colleagues colleagues;

	@Autowired
	private JdbcClient jdbc;

	private final RequestPostProcessor from = (request) -> {
		request.setRemoteAddr("10.2.0." + ADDRESSES.incrementAndGet());
		return request;
	};

	@Test
	void anInvitedColleagueChoosesAPasswordAndActsForTheOrganisation() throws Exception {
		Organisation bakery = organisation("Linnet Bakery");
		String email = unique();
		invite(bakery, "Ali Baker", email).andExpect(redirectedUrl("/organisation/colleagues"))
			.andExpect(flash().attribute("invited", email));
		assertThat(this.accounts.holderOf(email)).as("no account until they choose a password").isEmpty();

		MimeMessage invitation = TestMailServer.awaitEmail(email,
				"You are invited to act for " + bakery.name() + " on Covenant Connects");
		assertThat(TestMailServer.body(invitation))
			.contains("Pat Organiser has invited you to act for " + bakery.name());
		String page = "/colleague-invitation/" + token(invitation);
		this.mvc.perform(get(page))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(bakery.name())))
			.andExpect(content().string(containsString("Pat Organiser invited you, Ali Baker")));
		this.mvc.perform(post(page).with(csrf()).param("password", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Password must be 8 characters or more")));
		this.mvc.perform(post(page).with(csrf()).param("password", COLLEAGUE_PASSWORD))
			.andExpect(redirectedUrl("/sign-in?invited"));
		this.mvc.perform(get(page))
			.andExpect(content().string(containsString("This invitation has expired or has already been used")));

		Cookie ali = signIn(email, COLLEAGUE_PASSWORD);
		this.mvc.perform(get("/organisation").cookie(ali)).andExpect(content().string(containsString(bakery.name())));
		this.mvc.perform(get("/organisation/colleagues").cookie(ali))
			.andExpect(content().string(containsString("Ali Baker (you)")))
			.andExpect(content().string(containsString("Pat Organiser")));
		AccountId colleague = this.accounts.holderOf(email).orElseThrow().id();
		assertThat(this.signatories.ofMember(colleague)).map(SignatorySummary::id).hasValue(bakery.id());
	}

	@Test
	void anAddressThatHasAnAccountGetsTheSameAnswerWhileOnlyItsOwnerIsEmailed() throws Exception {
		Organisation bakery = organisation("Dunnock Bakery");
		Organisation elsewhere = organisation("Dunnock Elsewhere");
		String taken = elsewhere.user().getUsername();
		String free = unique();

		String answerForTaken = pageAfterInviting(bakery, "Jo Dunnock", taken.toUpperCase());
		String answerForFree = pageAfterInviting(bakery, "Jo Dunnock", free);
		assertThat(answerForTaken.replace(taken.toUpperCase(), "the address"))
			.isEqualTo(answerForFree.replace(free, "the address"));

		String notice = TestMailServer
			.body(TestMailServer.awaitEmail(taken, "A colleague tried to add you on Covenant Connects"));
		assertThat(notice).contains("Pat Organiser tried to add you as a colleague at " + bakery.name())
			.contains("already has a Covenant Connects account")
			.doesNotContain("/colleague-invitation/");
		TestMailServer.awaitEmail(free, "You are invited to act for " + bakery.name() + " on Covenant Connects");
		assertThat(this.jdbc.sql("select count(*) from colleague_invitation where lower(email) = lower(:email)")
			.param("email", taken)
			.query(Long.class)
			.single()).as("no invitation kept").isZero();
		assertThat(this.jdbc.sql("select count(*) from account where lower(email) = lower(:email)")
			.param("email", taken)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.signatories.ofMember(elsewhere.user().id())).map(SignatorySummary::id).hasValue(elsewhere.id());
		assertThat(this.signatories.members(bakery.id())).containsExactly(bakery.user().id());
	}

	@Test
	void eachPersonSendsOnlySoManyInvitationsAnHour() throws Exception {
		Organisation bakery = organisation("Siskin Bakery");
		for (int i = 0; i < 20; i++) {
			invite(bakery, "Colleague " + i, unique()).andExpect(redirectedUrl("/organisation/colleagues"));
		}
		String oneMore = unique();
		invite(bakery, "One More", oneMore).andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("You have sent 20 invitations in the last hour")));
		assertThat(this.jdbc.sql("select count(*) from colleague_invitation where email = :email")
			.param("email", oneMore)
			.query(Long.class)
			.single()).isZero();

		CurrentUser ali = join(bakery, "Ali Siskin");
		invite(new Organisation(bakery.id(), bakery.name(), ali), "One More", oneMore)
			.andExpect(redirectedUrl("/organisation/colleagues"));
	}

	@Test
	void aRemovedColleagueIsSignedOutAtOnceAndNoLongerActsForTheOrganisation() throws Exception {
		Organisation bakery = organisation("Wren Bakery");
		CurrentUser ali = join(bakery, "Ali Wren");
		Cookie pat = signIn(bakery.user().getUsername(), PASSWORD);
		Cookie aliSession = signIn(ali.getUsername(), COLLEAGUE_PASSWORD);
		this.mvc.perform(get("/organisation").cookie(aliSession)).andExpect(status().isOk());

		String remove = "/organisation/colleagues/" + ali.id() + "/remove";
		this.mvc.perform(get("/organisation/colleagues").cookie(pat))
			.andExpect(content().string(containsString(remove)));
		this.mvc.perform(get(remove).cookie(pat))
			.andExpect(content().string(containsString("Remove Ali Wren from " + bakery.name() + "?")));
		this.mvc.perform(post(remove).cookie(pat).with(csrf()))
			.andExpect(redirectedUrl("/organisation/colleagues"))
			.andExpect(flash().attribute("removed", "Ali Wren"));

		this.mvc.perform(get("/organisation").cookie(aliSession)).andExpect(redirectedUrl("/sign-in"));
		assertThat(this.signatories.ofMember(ali.id())).isEmpty();
		assertThat(this.signatories.members(bakery.id())).containsExactly(bakery.user().id());
		Cookie again = signIn(ali.getUsername(), COLLEAGUE_PASSWORD);
		this.mvc.perform(get("/organisation").cookie(again))
			.andExpect(content().string(containsString("You do not act for an organisation")))
			.andExpect(content().string(not(containsString(bakery.name()))));
		this.mvc.perform(get("/organisation/applications").cookie(again)).andExpect(status().isNotFound());
	}

	@Test
	void theOnlyPersonLeftCannotBeRemovedButAnotherMayLeave() throws Exception {
		Organisation bakery = organisation("Robin Bakery");
		String removeSelf = "/organisation/colleagues/" + bakery.user().id() + "/remove";
		this.mvc.perform(get("/organisation/colleagues").with(as(bakery.user())))
			.andExpect(content().string(not(containsString(removeSelf))));
		this.mvc.perform(get(removeSelf).with(as(bakery.user())))
			.andExpect(content().string(containsString("You cannot remove yourself")));
		this.mvc.perform(post(removeSelf).with(csrf()).with(as(bakery.user())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You cannot remove yourself")));
		assertThat(this.signatories.members(bakery.id())).containsExactly(bakery.user().id());

		CurrentUser ali = join(bakery, "Ali Robin");
		Cookie aliSession = signIn(ali.getUsername(), COLLEAGUE_PASSWORD);
		String aliLeaves = "/organisation/colleagues/" + ali.id() + "/remove";
		this.mvc.perform(get(aliLeaves).cookie(aliSession))
			.andExpect(content().string(containsString("Remove yourself from " + bakery.name() + "?")));
		this.mvc.perform(post(aliLeaves).cookie(aliSession).with(csrf())).andExpect(redirectedUrl("/signed-out"));
		this.mvc.perform(get("/organisation").cookie(aliSession)).andExpect(redirectedUrl("/sign-in"));
		assertThat(this.signatories.members(bakery.id())).containsExactly(bakery.user().id());
		assertThatThrownBy(() -> this.colleagues.remove(bakery.user().id(), bakery.user().id()))
			.isInstanceOf(Colleagues.LastColleagueException.class);
	}

	@Test
	void nobodyRemovesSomeoneFromAnotherOrganisation() throws Exception {
		Organisation bakery = organisation("Heron Bakery");
		Organisation other = organisation("Heron Other");
		String removeOther = "/organisation/colleagues/" + other.user().id() + "/remove";
		this.mvc.perform(get(removeOther).with(as(bakery.user()))).andExpect(status().isNotFound());
		this.mvc.perform(post(removeOther).with(csrf()).with(as(bakery.user()))).andExpect(status().isNotFound());
		this.mvc.perform(post("/organisation/colleagues/not-an-id/remove").with(csrf()).with(as(bakery.user())))
			.andExpect(status().isNotFound());
		assertThatThrownBy(() -> this.colleagues.remove(bakery.user().id(), other.user().id()))
			.isInstanceOf(Colleagues.NoSuchColleagueException.class);
		assertThat(this.signatories.members(other.id())).containsExactly(other.user().id());
	}

	private ResultActions invite(Organisation organisation, String name, String email) throws Exception {
		return this.mvc.perform(post("/organisation/colleagues").with(csrf())
			.with(as(organisation.user()))
			.param("name", name)
			.param("email", email));
	}

	/** The colleagues page the inviting person lands on, without its CSRF token. */
	private String pageAfterInviting(Organisation organisation, String name, String email) throws Exception {
		MvcResult invited = invite(organisation, name, email).andExpect(redirectedUrl("/organisation/colleagues"))
			.andReturn();
		return this.mvc
			.perform(get("/organisation/colleagues").with(as(organisation.user())).flashAttrs(invited.getFlashMap()))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
	}

	/** Invites a colleague, who chooses their password from the emailed link. */
	private CurrentUser join(Organisation organisation, String name) {
		String email = unique();
		this.colleagues.invite(organisation.user().id(), name, email);
		String token = token(TestMailServer.awaitEmail(email,
				"You are invited to act for " + organisation.name() + " on Covenant Connects"));
		assertThat(this.colleagues.join(token, COLLEAGUE_PASSWORD)).isEqualTo(Colleagues.Joining.JOINED);
		return new CurrentUser(this.accounts.holderOf(email).orElseThrow().id(), email, name, Role.SIGNATORY);
	}

	private record Organisation(SignatoryId id, String name, CurrentUser user) {

	}

	private Organisation organisation(String name) {
		String unique = name + " " + UUID.randomUUID().toString().substring(0, 6);
		String email = unique();
		AccountId member = this.accounts.createDemoAccount("Pat Organiser", email, PASSWORD, Role.SIGNATORY);
		SignatoryId id = this.signatories.createDemoSignatory(new NewOrganisation(unique, Sector.PRIVATE, Size.SMALL,
				null, true, List.of(), "Opportunities for tests"), LocalDate.now().minusDays(10), member);
		return new Organisation(id, unique, new CurrentUser(member, email, "Pat Organiser", Role.SIGNATORY));
	}

	private Cookie signIn(String email, String password) throws Exception {
		ResultActions signedIn = SecondStepForTests.afterPassword(this.mvc, this.mvc
			.perform(post("/sign-in").with(csrf()).with(this.from).param("email", email).param("password", password)),
				email, this.from);
		assertThat(SecondStepForTests.landing(signedIn)).isEqualTo("/home");
		Cookie cookie = signedIn.andReturn().getResponse().getCookie("CONNECTS_SESSION");
		assertThat(cookie).isNotNull();
		return cookie;
	}

	private static RequestPostProcessor as(CurrentUser user) {
		return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	private static String token(MimeMessage invitation) {
		Matcher link = Pattern.compile("/colleague-invitation/([A-Za-z0-9_-]+)")
			.matcher(TestMailServer.body(invitation));
		assertThat(link.find()).isTrue();
		return link.group(1);
	}

	private static String unique() {
		return "colleague-" + UUID.randomUUID() + "@example.com";
	}

}
