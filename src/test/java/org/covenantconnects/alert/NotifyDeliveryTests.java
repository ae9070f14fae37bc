package org.covenantconnects.alert;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.covenantconnects.ConnectsTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Delivery through GOV.UK Notify with its own Java client, against a local stand-in for
 * the Notify API (WireMock) that answers as Notify does, errors included.
 */
@ConnectsTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotifyDeliveryTests {

	private static final String TEMPLATE = "f33517ff-2a88-4f6e-b855-c550268ce08a";

	private static final String API_KEY = "connects_test-26785a09-ab16-4eb0-8407-a37497a57506-"
			+ "3d844edf-8d35-48ac-975b-e847b4f122b0";

	private final WireMockServer notify = new WireMockServer(
			WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));

	private ConfigurableApplicationContext instance;

	private Emails emails;

	private TransactionTemplate transactions;

	private Outbox outbox;

	@BeforeAll
	void startAnInstanceThatSendsThroughNotify(@Value("${spring.datasource.url}") String url,
			@Autowired JdbcClient jdbc) {
		this.notify.start();
		this.notify.stubFor(post(urlPathEqualTo("/v2/notifications/email")).atPriority(10)
			.willReturn(aResponse().withStatus(201)
				.withHeader("Content-Type", "application/json")
				.withTransformers("response-template")
				.withBody("""
						{"id": "{{randomValue type='UUID'}}",
						 "reference": "{{jsonPath request.body '$.reference'}}",
						 "content": {"subject": "{{jsonPath request.body '$.personalisation.subject'}}",
						             "body": "A body", "from_email": "connects@notifications.service.gov.uk"},
						 "uri": "https://api.notifications.service.gov.uk/v2/notifications/1",
						 "template": {"id": "%s", "version": 1,
						              "uri": "https://api.notifications.service.gov.uk/v2/template/%s"}}
						""".formatted(TEMPLATE, TEMPLATE))));
		String database = OtherInstances.freshDatabase(jdbc, url, "notify_delivery");
		this.instance = OtherInstances.start(OtherInstances.settings(database, 1,
				Map.of("connects.notify.api-key", API_KEY, "connects.notify.template-id", TEMPLATE,
						"connects.notify.base-url", this.notify.baseUrl(), "connects.mail.dispatch-interval", "100ms",
						"connects.mail.retry-after", "100ms")));
		this.emails = this.instance.getBean(Emails.class);
		this.transactions = this.instance.getBean(TransactionTemplate.class);
		this.outbox = new Outbox(this.instance.getBean(JdbcClient.class));
	}

	@AfterAll
	void stop() {
		if (this.instance != null) {
			this.instance.close();
		}
		this.notify.stop();
	}

	@Test
	void anEmailGoesToNotifyAsTheGenericTemplateWithItsOutboxIdAsReference() {
		URI unsubscribe = URI.create("http://localhost/unsubscribe/t0k3n");
		UUID id = queue(new Email("sam@example.com", "New apprenticeship in Leeds", "A new apprenticeship fits you.")
			.withUnsubscribeLink(unsubscribe)).get(0);

		this.outbox.await(id, "SENT");
		this.notify.verify(1, postRequestedFor(urlPathEqualTo("/v2/notifications/email"))
			.withHeader("Authorization", matching("Bearer .+"))
			.withRequestBody(matchingJsonPath("$.reference", equalTo(id.toString())))
			.withRequestBody(matchingJsonPath("$.template_id", equalTo(TEMPLATE)))
			.withRequestBody(matchingJsonPath("$.email_address", equalTo("sam@example.com")))
			.withRequestBody(matchingJsonPath("$.personalisation.subject", equalTo("New apprenticeship in Leeds")))
			.withRequestBody(matchingJsonPath("$.personalisation.body",
					equalTo("A new apprenticeship fits you.\n\n"
							+ "To stop getting emails like this one, go to http://localhost/unsubscribe/t0k3n")))
			.withRequestBody(matchingJsonPath("$.one_click_unsubscribe_url", equalTo(unsubscribe.toString()))));
	}

	@Test
	void anAddressNotifySaysIsNotValidIsMarkedUndeliverable() {
		String invalid = "not-an-address@example";
		this.notify.stubFor(sendingTo(invalid)
			.willReturn(error(400, "ValidationError", "email_address Not a valid email address")));

		List<UUID> ids = queue(new Email(invalid, "First", "Hello."),
				new Email("after@example.com", "Second", "Hello."), new Email(invalid, "Third", "Hello."));

		assertThat(this.outbox.await(ids.get(0), "FAILED").lastError())
			.contains("The address is undeliverable: GOV.UK Notify: Status code: 400")
			.contains("Not a valid email address");
		this.outbox.await(ids.get(1), "SENT");
		this.outbox.await(ids.get(2), "SUPPRESSED");
		assertThat(this.emails.isUndeliverable(invalid)).isTrue();
		this.notify.verify(1, postRequestedFor(urlPathEqualTo("/v2/notifications/email"))
			.withRequestBody(matchingJsonPath("$.email_address", equalTo(invalid))));
	}

	@Test
	void aRequestNotifyWillNeverAcceptFailsWithoutBlamingTheAddress() {
		String outsideTeam = "outside-team@example.com";
		this.notify.stubFor(sendingTo(outsideTeam)
			.willReturn(error(400, "BadRequestError", "Can't send to this recipient using a team-only API key")));

		UUID id = queue(new Email(outsideTeam, "Round-up", "Hello.")).get(0);

		Outbox.Row failed = this.outbox.await(id, "FAILED");
		assertThat(failed.attempts()).isOne();
		assertThat(failed.lastError()).contains("team-only API key");
		assertThat(this.emails.isUndeliverable(outsideTeam)).isFalse();
	}

	@Test
	void rateLimitsAndServerErrorsAreRetriedUntilNotifyTakesTheMessage() {
		String limited = "limited@example.com";
		this.notify.stubFor(sendingTo(limited).inScenario("limits")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(error(429, "RateLimitError",
					"Exceeded rate limit for key type LIVE of 3000 requests per 60 seconds"))
			.willSetStateTo("rate limited"));
		this.notify.stubFor(sendingTo(limited).inScenario("limits")
			.whenScenarioStateIs("rate limited")
			.willReturn(error(500, "Exception", "Internal server error"))
			.willSetStateTo("recovered"));

		UUID id = queue(new Email(limited, "Round-up", "Hello.")).get(0);

		Outbox.Row sent = this.outbox.await(id, "SENT");
		assertThat(sent.attempts()).isEqualTo(3);
		assertThat(this.emails.isUndeliverable(limited)).isFalse();
	}

	@Test
	void aMessageWhoseSenderDiedMidSendIsNotSentAgainWhenNotifyAlreadyHasIt() {
		UUID id = UUID.randomUUID();
		// As a dead instance leaves it: claimed, its lease over, no outcome recorded.
		this.instance.getBean(JdbcClient.class).sql("""
				insert into email_message (id, recipient, subject, text_body, status, attempts, next_attempt_at,
				  claim, created_at)
				values (:id, 'already@example.com', 'Round-up', 'Hello.', 'SENDING', 1,
				  now() - interval '1 second', gen_random_uuid(), now())
				""").param("id", id).update();
		this.notify.stubFor(get(urlPathEqualTo("/v2/notifications")).withQueryParam("reference", equalTo(id.toString()))
			.willReturn(WireMock.okJson("""
					{"notifications": [{"id": "%s", "reference": "%s", "email_address": "already@example.com",
					  "type": "email", "status": "delivered", "body": "Hello.", "subject": "Round-up",
					  "created_at": "2026-11-24T10:00:00.000000Z",
					  "template": {"id": "%s", "version": 1, "uri": "https://example.invalid/template"}}],
					 "links": {"current": "https://example.invalid/v2/notifications"}}
					""".formatted(UUID.randomUUID(), id, TEMPLATE))));

		Outbox.Row sent = this.outbox.await(id, "SENT");
		assertThat(sent.attempts()).isEqualTo(2);
		this.notify.verify(0, postRequestedFor(urlPathEqualTo("/v2/notifications/email"))
			.withRequestBody(matchingJsonPath("$.reference", equalTo(id.toString()))));
	}

	private static com.github.tomakehurst.wiremock.client.MappingBuilder sendingTo(String address) {
		return post(urlPathEqualTo("/v2/notifications/email")).atPriority(1)
			.withRequestBody(matchingJsonPath("$.email_address", equalTo(address)));
	}

	private static ResponseDefinitionBuilder error(int status, String error, String message) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody("""
				{"errors": [{"error": "%s", "message": "%s"}], "status_code": %d}
				""".formatted(error, message.replace("\"", "\\\""), status));
	}

	private List<UUID> queue(Email... emails) {
		return this.transactions.execute((status) -> java.util.Arrays.stream(emails).map(this.emails::queue).toList());
	}

}
