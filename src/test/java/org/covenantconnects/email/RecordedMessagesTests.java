package org.covenantconnects.email;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * With no mail server configured, emails are recorded. While the database holds demo
 * data, an administrator reads a recorded email on its own page and follows its link, as
 * someone trying the service does, and each reading is recorded; once it holds real
 * people's data, no email is read and none keeps a working link. Runs an instance of the
 * service with no mail server on a database of its own, so that no other test's instance
 * sends its emails.
 */
@ConnectsTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordedMessagesTests {

	private static final String PASSWORD = "kettle orbit lantern";

	private static final String ADMIN = "admin@example.com";

	private static final Pattern CONFIRMATION_LINK = Pattern.compile("/verify-email/([A-Za-z0-9_-]+)");

	private ConfigurableApplicationContext instance;

	private MockMvc mvc;

	private Accounts accounts;

	private JdbcClient jdbc;

	@BeforeAll
	void startAnInstanceWithNoMailServer(@Value("${spring.datasource.url}") String url, @Autowired JdbcClient tests) {
		String database = OtherInstances.freshDatabase(tests, url, "recorded_messages");
		this.instance = OtherInstances
			.start(OtherInstances.settings(database, 25, Map.of("spring.autoconfigure.exclude",
					MailSenderAutoConfiguration.class.getName(), "connects.mail.dispatch-interval", "100ms")));
		this.mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) this.instance)
			.apply(springSecurity())
			.build();
		this.accounts = this.instance.getBean(Accounts.class);
		this.jdbc = this.instance.getBean(JdbcClient.class);
	}

	@AfterAll
	void stop() {
		if (this.instance != null) {
			this.instance.close();
		}
	}

	@Test
	void withDemoDataAnAdministratorReadsARecordedEmailFollowsItsLinkAndTheReadingIsRecorded() throws Exception {
		markDatabase("demo");
		String newcomer = unique("newcomer");
		this.accounts.register("Robin", newcomer, PASSWORD, Role.SUPPORTER);
		UUID id = awaitRecorded(newcomer);

		String messages = contentOf(perform(get("/admin/messages")));
		assertThat(messages).contains(newcomer, "Confirm your email address for Covenant Connects", "Recorded",
				"href=\"/admin/messages/" + id + "\"");
		assertThat(messages).as("the list never shows what an email says").doesNotContain("/verify-email/");
		assertThat(readingsOf(id)).isEmpty();

		MockHttpServletResponse message = perform(get("/admin/messages/" + id));
		assertThat(message.getStatus()).isEqualTo(200);
		Matcher link = CONFIRMATION_LINK.matcher(contentOf(message));
		assertThat(link.find()).as("the confirmation link").isTrue();
		assertThat(readingsOf(id)).singleElement().satisfies((reading) -> {
			assertThat(reading.get("reader")).isEqualTo(ADMIN);
			assertThat(reading.get("viewed_at")).isNotNull();
		});
		assertThatException().as("readings are never changed")
			.isThrownBy(() -> this.jdbc.sql("delete from email_body_view").update());

		assertThat(contentOf(perform(get("/verify-email/" + link.group(1))))).contains("Confirm email address");
		assertThat(contentOf(perform(post("/verify-email/" + link.group(1)).with(csrf()))))
			.contains("Email address confirmed");
	}

	@Test
	void withRealDataNoRecordedEmailIsReadAndNoneKeepsAWorkingLink() throws Exception {
		markDatabase("real");
		String person = unique("person");
		this.accounts.register("Sam", person, PASSWORD, Role.SUPPORTER);
		UUID id = awaitRecorded(person);

		Map<String, Object> row = this.jdbc.sql("select * from email_message where id = :id")
			.param("id", id)
			.query()
			.singleRow();
		assertThat(row.get("secret")).isNull();
		assertThat(String.valueOf(row.get("text_body"))).contains("/verify-email/[removed]");
		assertThat(String.valueOf(row.get("html_body"))).contains("/verify-email/[removed]");

		String messages = contentOf(perform(get("/admin/messages")));
		assertThat(messages).contains(person, "Confirm your email address for Covenant Connects", "Recorded")
			.doesNotContain("/admin/messages/" + id)
			.doesNotContain("/verify-email/");
		assertThat(perform(get("/admin/messages/" + id)).getStatus()).isEqualTo(404);
		assertThat(readingsOf(id)).isEmpty();
	}

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(asAdministrator())).andReturn().getResponse();
	}

	private void markDatabase(String kind) {
		this.jdbc.sql("update dataset set kind = :kind").param("kind", kind).update();
	}

	/** Waits for the one email to the address to be recorded, and returns its id. */
	private UUID awaitRecorded(String recipient) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (true) {
			List<UUID> recorded = this.jdbc
				.sql("select id from email_message where recipient = :to and status = 'RECORDED'")
				.param("to", recipient)
				.query(UUID.class)
				.list();
			if (!recorded.isEmpty()) {
				return recorded.get(0);
			}
			assertThat(Instant.now()).as("an email to " + recipient + " recorded").isBefore(deadline);
			Outbox.pause(50);
		}
	}

	private List<Map<String, Object>> readingsOf(UUID id) {
		return this.jdbc.sql("select reader, viewed_at from email_body_view where email_message_id = :id")
			.param("id", id)
			.query()
			.listOfRows();
	}

	private static String contentOf(MockHttpServletResponse response) throws Exception {
		return response.getContentAsString();
	}

	private static RequestPostProcessor asAdministrator() {
		CurrentUser admin = new CurrentUser(new AccountId(UUID.randomUUID()), ADMIN, "Alex Reid", Role.ADMIN);
		return authentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
	}

	private static String unique(String who) {
		return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
	}

}
