package org.covenantconnects.identity;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.identity.internal.SignInLimits;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Failed sign-ins slow guessing down per address and network, and across networks, but
 * never lock the owner out: after the wait the right password signs in. Time is moved on
 * by moving the recorded failures back.
 */
@ConnectsTest
@AutoConfigureMockMvc
class SignInLimitsTests {

	private static final String RIGHT = Fixtures.PASSWORD;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private SignInLimits limits;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void afterFiveFailuresFromOneNetworkTheNextTryWaitsAndThenTheRightPasswordSignsIn() throws Exception {
		String email = this.fixtures.careLeaver("Robin").getUsername();
		for (int i = 0; i < this.limits.freeFailures(); i++) {
			signIn(email, "wrong " + i, "10.20.0.1")
				.andExpect(content().string(containsString("Enter a correct email address and password")));
		}
		signIn(email, RIGHT, "10.20.0.1")
			.andExpect(content().string(containsString("Try again in 1 minute, or reset your password")))
			.andExpect(content().string(containsString("govuk-error-summary")));

		// The same address from another network is not held back.
		signIn(email, RIGHT, "10.20.0.2").andExpect(redirectedUrl("/home"));

		// A refused try does not count, so waiting is enough.
		moveFailuresBack(email, 61);
		signIn(email, "wrong again", "10.20.0.1")
			.andExpect(content().string(containsString("Enter a correct email address and password")));
		signIn(email, RIGHT, "10.20.0.1").andExpect(content().string(containsString("Try again in 2 minutes")));
		moveFailuresBack(email, 121);
		signIn(email, RIGHT, "10.20.0.1").andExpect(redirectedUrl("/home"));
	}

	@Test
	void theWaitGrowsButNeverPassesAnHour() {
		String email = Fixtures.uniqueEmail("person");
		for (int i = 0; i < 25; i++) {
			this.limits.recordFailure(email, "10.21.0.1");
		}
		assertThat(this.limits.refusal(email, "10.21.0.1")).hasValueSatisfying(
				(wait) -> assertThat(wait).isPositive().isLessThanOrEqualTo(java.time.Duration.ofHours(1)));
	}

	@Test
	void guessesSpreadOverManyNetworksAreCappedForTheAddressButNotOnTheOwnersNetwork() throws Exception {
		String email = this.fixtures.careLeaver("Jordan").getUsername();
		signIn(email, RIGHT, "10.22.0.1").andExpect(redirectedUrl("/home"));
		for (int i = 0; i < 30; i++) {
			signIn(email, "wrong " + i, "10.23.0." + i)
				.andExpect(content().string(containsString("Enter a correct email address and password")));
		}
		signIn(email, RIGHT, "10.24.0.1").andExpect(content().string(containsString("Try again in 24 hours")));
		// The network the owner signed in from before is not held back by other
		// networks' failures.
		signIn(email, RIGHT, "10.22.0.1").andExpect(redirectedUrl("/home"));
	}

	@Test
	void anUnknownAddressIsAnsweredTheSameWay() throws Exception {
		String unknown = Fixtures.uniqueEmail("person");
		for (int i = 0; i < this.limits.freeFailures(); i++) {
			signIn(unknown, "wrong " + i, "10.25.0.1");
		}
		signIn(unknown, RIGHT, "10.25.0.1").andExpect(content().string(containsString("Try again in 1 minute")));
	}

	@Test
	void anIpv6NetworkIsItsSlash64() {
		assertThat(SignInLimits.networkOf("2001:db8:1:2:aaaa::1"))
			.isEqualTo(SignInLimits.networkOf("2001:db8:1:2:bbbb::9"))
			.isNotEqualTo(SignInLimits.networkOf("2001:db8:1:3::1"));
		assertThat(SignInLimits.networkOf("192.0.2.7")).isEqualTo("192.0.2.7");
	}

	private void moveFailuresBack(String email, int seconds) {
		this.jdbc
			.sql("update sign_in_failure set failed_at = failed_at - make_interval(secs => :seconds) "
					+ "where email_key = lower(:email)")
			.param("seconds", seconds)
			.param("email", email)
			.update();
	}

	private ResultActions signIn(String email, String password, String network) throws Exception {
		return this.mvc.perform(post("/sign-in").with(csrf()).with((request) -> {
			request.setRemoteAddr(network);
			return request;
		}).param("email", email).param("password", password));
	}

}
