package org.covenantconnects.email;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.covenantconnects.ConnectsTest;
import org.covenantconnects.email.internal.Delivery;
import org.covenantconnects.opportunity.Status;
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

	private static final String CALLBACK_TOKEN = "receipts-3f9c2a71-token-for-tests";

	private static final String API_KEY = "connects_test-26785a09-ab16-4eb0-8407-a37497a57506-"
			+ "3d844edf-8d35-48ac-975b-e847b4f122b0";

	private final WireMockServer notify = new WireMockServer(
			WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));

	private ConfigurableApplicationContext instance;

	private Emails emails;

	private TransactionTemplate transactions;

	private Outbox outbox;

	/** Where Notify posts delivery receipts, on the instance's real web server. */
	private URI receipts;

	private final HttpClient http = HttpClient.newHttpClient();

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
						"connects.notify.base-url", this.notify.baseUrl(), "connects.notify.callback-token",
						CALLBACK_TOKEN, "connects.mail.dispatch-interval", "100ms", "connects.mail.lapsed-lease-grace",
						"1s", "connects.mail.retry-after", "100ms")));
		this.emails = this.instance.getBean(Emails.class);
		this.transactions = this.instance.getBean(TransactionTemplate.class);
		this.outbox = new Outbox(this.instance.getBean(JdbcClient.class));
		this.receipts = URI.create("http://127.0.0.1:" + this.instance.getEnvironment().getProperty("local.server.port")
				+ "/notify/delivery-receipts");
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
				  now() - interval '5 seconds', gen_random_uuid(), now())
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

	@Test
	void notifysDeliveryReceiptsAreRecordedOnTheEmailsTheyName() throws Exception {
		UUID delivered = queue(new Email("reached@example.com", "Round-up", "Hello.")).get(0);
		UUID inboxFull = queue(new Email("full-inbox@example.com", "Round-up", "Hello.")).get(0);
		this.outbox.await(delivered, "SENT");
		this.outbox.await(inboxFull, "SENT");

		HttpResponse<String> answer = postReceipt(receipt(delivered, "delivered", "reached@example.com"),
				"Bearer " + CALLBACK_TOKEN);
		assertThat(answer.statusCode()).isEqualTo(204);
		assertThat(answer.headers().firstValue("Set-Cookie")).as("no session").isEmpty();
		assertThat(postReceipt(receipt(inboxFull, "temporary-failure", "full-inbox@example.com"),
				"Bearer " + CALLBACK_TOKEN)
			.statusCode()).isEqualTo(204);

		assertThat(sent(delivered).delivery()).isEqualTo(Delivery.DELIVERED);
		assertThat(sent(delivered).deliveryReportedAt()).isNotNull();
		assertThat(sent(delivered).status()).isEqualTo("SENT");
		assertThat(sent(inboxFull).delivery()).isEqualTo(Delivery.TEMPORARY_FAILURE);
		assertThat(sent(inboxFull).status()).isEqualTo("SENT");
		assertThat(this.emails.isUndeliverable("full-inbox@example.com")).as("an inbox full is not the address's fault")
			.isFalse();
	}

	@Test
	void aPermanentFailureReportedByNotifyMarksTheAddressUndeliverableAsAMailServersRefusalDoes() throws Exception {
		String gone = "Left-Years-Ago@example.com";
		UUID first = queue(new Email(gone, "Round-up", "Hello.")).get(0);
		this.outbox.await(first, "SENT");

		assertThat(postReceipt(receipt(first, "permanent-failure", gone.toLowerCase()), "Bearer " + CALLBACK_TOKEN)
			.statusCode()).isEqualTo(204);

		Outbox.Row failed = this.outbox.row(first);
		assertThat(failed.status()).isEqualTo("FAILED");
		assertThat(failed.lastError()).startsWith("The address is undeliverable: GOV.UK Notify")
			.contains("permanent failure");
		assertThat(sent(first).delivery()).isEqualTo(Delivery.PERMANENT_FAILURE);
		assertThat(this.emails.isUndeliverable(gone)).isTrue();
		UUID next = queue(new Email(gone, "Next round-up", "Hello again.")).get(0);
		this.outbox.await(next, "SUPPRESSED");
		this.notify.verify(0, postRequestedFor(urlPathEqualTo("/v2/notifications/email"))
			.withRequestBody(matchingJsonPath("$.reference", equalTo(next.toString()))));
	}

	@Test
	void aReceiptWithoutTheTokenNotifyWasGivenIsRefusedAndChangesNothing() throws Exception {
		String address = "forged-receipt@example.com";
		UUID id = queue(new Email(address, "Round-up", "Hello.")).get(0);
		this.outbox.await(id, "SENT");
		String forged = receipt(id, "permanent-failure", address);

		for (String authorization : new String[] { null, "Bearer ", "Bearer wrong-token", CALLBACK_TOKEN,
				"Basic " + CALLBACK_TOKEN, "Bearer " + CALLBACK_TOKEN + "x" }) {
			HttpResponse<String> answer = postReceipt(forged, authorization);
			assertThat(answer.statusCode()).as(String.valueOf(authorization)).isEqualTo(401);
			assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
			assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(answer.body()).contains("bearer token");
		}
		assertThat(this.outbox.row(id).status()).isEqualTo("SENT");
		assertThat(sent(id).delivery()).isNull();
		assertThat(this.emails.isUndeliverable(address)).isFalse();
	}

	@Test
	void aMalformedReceiptGetsAProblemDetailSayingWhatIsWrongAndChangesNothing() throws Exception {
		UUID id = queue(new Email("malformed@example.com", "Round-up", "Hello.")).get(0);
		this.outbox.await(id, "SENT");
		String token = "Bearer " + CALLBACK_TOKEN;

		HttpResponse<String> notJson = postReceipt("{\"reference\": ", token);
		assertThat(notJson.statusCode()).isEqualTo(400);
		assertThat(notJson.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(notJson.body()).contains("not valid JSON");
		HttpResponse<String> badReference = postReceipt(receipt("order-42", "delivered"), token);
		assertThat(badReference.statusCode()).isEqualTo(400);
		assertThat(badReference.body()).contains("The reference must be the id of an email the service sent")
			.contains("order-42");
		HttpResponse<String> badStatus = postReceipt(receipt(id.toString(), "sending"), token);
		assertThat(badStatus.statusCode()).isEqualTo(400);
		assertThat(badStatus.body())
			.contains("The status must be one of delivered, permanent-failure, temporary-failure, technical-failure");
		HttpResponse<String> neither = postReceipt("{\"id\": \"" + UUID.randomUUID() + "\"}", token);
		assertThat(neither.statusCode()).isEqualTo(400);
		assertThat(neither.body()).contains("The reference is missing").contains("The status is missing");
		HttpResponse<String> unknown = postReceipt(receipt(UUID.randomUUID().toString(), "permanent-failure"), token);
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("No email has the reference");

		assertThat(this.outbox.row(id).status()).isEqualTo("SENT");
		assertThat(sent(id).delivery()).isNull();
	}

	/** A receipt as Notify posts it. */
	private static String receipt(UUID reference, String status, String to) {
		return """
				{"id": "%s", "reference": "%s", "to": "%s", "status": "%s",
				 "created_at": "2026-11-23T10:00:00.000000Z", "completed_at": "2026-11-23T10:00:05.000000Z",
				 "sent_at": "2026-11-23T10:00:01.000000Z", "notification_type": "email",
				 "template_id": "%s", "template_version": 1}
				""".formatted(UUID.randomUUID(), reference, to, status, TEMPLATE);
	}

	private static String receipt(String reference, String status) {
		return """
				{"id": "%s", "reference": "%s", "to": "someone@example.com", "status": "%s",
				 "notification_type": "email"}
				""".formatted(UUID.randomUUID(), reference, status);
	}

	private HttpResponse<String> postReceipt(String body, String authorization) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.receipts)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private Emails.LoggedEmail sent(UUID id) {
		return this.emails.recent(0, 1000).stream().filter((email) -> email.id().equals(id)).findFirst().orElseThrow();
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
