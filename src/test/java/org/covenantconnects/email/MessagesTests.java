package org.covenantconnects.email;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.TestMailServer;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.Role;
import org.covenantconnects.identity.SecondStepForTests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * An administrator cannot take over someone's account from what the service keeps of the
 * emails it sent: neither Messages nor the outbox table holds a link that works, once the
 * email is delivered (here over SMTP, to GreenMail).
 */
@ConnectsTest
@AutoConfigureMockMvc
class MessagesTests {

	private static final AtomicInteger ADDRESSES = new AtomicInteger(10);

	private static final String PASSWORD = "kettle orbit lantern";

	/** A password the policy accepts, so that a working link would change it. */
	private static final String TAKEN_OVER = "quartz lagoon ember";

	/**
	 * Anything that looks like a token: long runs of the characters tokens are made of.
	 */
	private static final Pattern TOKEN_LIKE = Pattern.compile("[A-Za-z0-9_-]{16,}");

	/** Whatever follows a reset link's path, up to where an address ends. */
	private static final Pattern AFTER_RESET_PATH = Pattern.compile("/password/reset/([^\\s\"'<>]+)");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TransactionTemplate transactions;

	/** Each request from its own address, so that no sign-in limit gets in the way. */
	private final RequestPostProcessor from = (request) -> {
		request.setRemoteAddr("10.1.0." + ADDRESSES.incrementAndGet());
		return request;
	};

	@Test
	void anAdministratorCannotUseAnythingMessagesOrTheOutboxShowToResetSomeoneElsesPassword() throws Exception {
		String admin = unique("admin");
		this.accounts.createDemoAccount("Test Administrator", admin, PASSWORD, Role.ADMIN);
		Cookie session = SecondStepForTests
			.afterPassword(this.mvc, this.mvc.perform(
					post("/sign-in").with(csrf()).with(this.from).param("email", admin).param("password", PASSWORD)),
					admin, this.from)
			.andReturn()
			.getResponse()
			.getCookie("CONNECTS_SESSION");
		assertThat(session).as("the administrator is signed in").isNotNull();
		String victim = unique("someone");
		this.accounts.createDemoAccount("Someone Else", victim, PASSWORD, Role.SUPPORTER);

		this.mvc.perform(post("/password/forgot").cookie(session).with(csrf()).with(this.from).param("email", victim));
		String emailed = resetToken(
				TestMailServer.body(TestMailServer.awaitEmail(victim, "Reset your Covenant Connects password")));
		UUID id = this.jdbc.sql("select id from email_message where recipient = :to")
			.param("to", victim)
			.query(UUID.class)
			.single();
		awaitSent(id);

		// What the administrator sees, with the database marked as holding real people's
		// data; rolled back, as other tests share the database.
		StringBuilder seen = new StringBuilder();
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.sql("update dataset set kind = 'real'").update();
			MockHttpServletResponse messages = page("/admin/messages", session);
			assertThat(messages.getStatus()).isEqualTo(200);
			assertThat(contentOf(messages)).contains(victim, "Reset your Covenant Connects password", "Sent")
				.doesNotContain("/admin/messages/" + id);
			seen.append(contentOf(messages));
			MockHttpServletResponse message = page("/admin/messages/" + id, session);
			assertThat(message.getStatus()).as("what the email says is not shown").isEqualTo(404);
			seen.append(contentOf(message));
			Map<String, Object> row = this.jdbc.sql("select * from email_message where id = :id")
				.param("id", id)
				.query()
				.singleRow();
			assertThat(row.get("secret")).isNull();
			assertThat(String.valueOf(row.get("text_body"))).contains("/password/reset/[removed]");
			row.values().forEach((value) -> seen.append('\n').append(value));
			status.setRollbackOnly();
		});

		assertThat(seen.toString()).doesNotContain(emailed);
		Set<String> candidates = candidates(seen.toString());
		assertThat(candidates).as("what could be tried").contains("[removed]");
		List<String> working = new ArrayList<>();
		for (String candidate : candidates) {
			boolean valid = this.accounts.isResetLinkValid(candidate)
					|| this.accounts.isConfirmationLinkValid(candidate)
					|| this.accounts.isEmailChangeLinkValid(candidate)
					|| this.accounts.invitation(candidate).isPresent();
			String reset = this.mvc
				.perform(post("/password/reset/{token}", candidate).with(csrf()).param("password", TAKEN_OVER))
				.andReturn()
				.getResponse()
				.getRedirectedUrl();
			if (valid || "/password/changed".equals(reset)) {
				working.add(candidate);
			}
		}
		assertThat(working).as("links that work, out of " + candidates.size() + " tried").isEmpty();
		assertThat(signIn(victim, PASSWORD)).as("the password is unchanged").isEqualTo("/home");

		// The link in the email itself works, as the same attempt shows.
		assertThat(this.mvc.perform(post("/password/reset/{token}", emailed).with(csrf()).param("password", TAKEN_OVER))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/password/changed");
		assertThat(signIn(victim, TAKEN_OVER)).isEqualTo("/home");
	}

	private MockHttpServletResponse page(String path, Cookie session) {
		try {
			return this.mvc.perform(get(path).cookie(session)).andReturn().getResponse();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String signIn(String email, String password) throws Exception {
		return SecondStepForTests.landing(SecondStepForTests.afterPassword(this.mvc, this.mvc
			.perform(post("/sign-in").with(csrf()).with(this.from).param("email", email).param("password", password)),
				email, this.from));
	}

	private void awaitSent(UUID id) {
		new Outbox(this.jdbc).awaitSentAndForgotten(id);
	}

	private static String contentOf(MockHttpServletResponse response) {
		try {
			return response.getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Every string in what was seen that might be a token, and whatever follows a link.
	 */
	private static Set<String> candidates(String seen) {
		Set<String> candidates = new TreeSet<>();
		Matcher word = TOKEN_LIKE.matcher(seen);
		while (word.find()) {
			candidates.add(word.group());
		}
		Matcher afterLink = AFTER_RESET_PATH.matcher(seen);
		while (afterLink.find()) {
			candidates.add(afterLink.group(1));
		}
		return candidates;
	}

	private static String resetToken(String body) {
		Matcher link = AFTER_RESET_PATH.matcher(body);
		assertThat(link.find()).as("a reset link in the email").isTrue();
		return link.group(1);
	}

	private static String unique(String who) {
		return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
	}

}
