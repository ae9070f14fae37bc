package org.covenantconnects.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.email.DatabaseOutage;
import org.covenantconnects.email.OtherInstances;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an instance answers while its database cannot be reached, and after it is back: an
 * instance of the whole service on a database of its own, which is taken away and given
 * back while the instance runs.
 */
@ConnectsTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class DatabaseOutageTests {

	/** A generous bound: the pool's connection timeout is 3 s. */
	private static final Duration AT_MOST = Duration.ofSeconds(15);

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private ConfigurableApplicationContext instance;

	private DatabaseOutage outage;

	private String base;

	/** A visitor with no session: health checks, searches and the API. */
	private final HttpClient http = HttpClient.newHttpClient();

	/** A visitor with a session, who has the sign-in form open. */
	private final HttpClient visitor = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@BeforeAll
	void startAnInstance(@Value("${spring.datasource.url}") String url, @Autowired JdbcClient jdbc) {
		String database = OtherInstances.freshDatabase(jdbc, url, "database_outage");
		this.outage = new DatabaseOutage(url, "database_outage");
		this.instance = OtherInstances.start(OtherInstances.settings(database, 25,
				Map.of("connects.mail.senders", 0, "connects.work.check-interval", "1s")));
		this.base = "http://127.0.0.1:" + this.instance.getEnvironment().getProperty("local.server.port");
	}

	@AfterAll
	void stop() throws Exception {
		this.outage.bringBack();
		if (this.instance != null) {
			this.instance.close();
		}
	}

	@Test
	void whileTheDatabaseIsAwayTheInstanceIsNotReadyAndPagesSayTheServiceIsUnavailable() throws Exception {
		assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
		String signInPage = this.visitor.send(request("/sign-in").GET().build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher token = CSRF.matcher(signInPage);
		assertThat(token.find()).isTrue();
		String search = "/opportunities?q=outage";

		this.outage.takeAway();
		try {
			HttpResponse<String> readiness = awaitAnswer("/actuator/health/readiness", (r) -> r.statusCode() == 503);
			assertThat(readiness.body()).contains("\"DOWN\"");
			assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);

			Instant asked = Instant.now();
			HttpResponse<String> page = get(search);
			assertThat(Duration.between(asked, Instant.now())).isLessThan(AT_MOST);
			assertThat(page.statusCode()).isEqualTo(503);
			assertThat(page.headers().firstValue("Retry-After")).hasValue("30");
			assertThat(page.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
			assertThat(page.body())
				.contains("<h1 class=\"govuk-heading-l\">Sorry, there is a problem with the service</h1>")
				.contains("Try again in a few minutes")
				.contains("govuk-footer")
				.doesNotContain("has not been saved");

			HttpResponse<String> api = get("/api/opportunities?q=outage");
			assertThat(api.statusCode()).isEqualTo(503);
			assertThat(api.headers().firstValue("Retry-After")).hasValue("30");
			assertThat(api.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			assertThat(api.body()).contains("\"status\":503").contains("\"title\":\"Service Unavailable\"");

			HttpResponse<String> form = this.http
				.send(request("/sign-in").header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers
						.ofString("_csrf=" + token.group(1) + "&email=someone%40example.com&password=anything"))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(form.statusCode()).isEqualTo(503);
			assertThat(form.body()).contains("What you sent has not been saved");
		}
		finally {
			this.outage.bringBack();
		}

		awaitAnswer("/actuator/health/readiness", (r) -> r.statusCode() == 200);
		assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
		HttpResponse<String> page = awaitAnswer(search, (r) -> r.statusCode() != 503);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).doesNotContain("Sorry, there is a problem");
		assertThat(get("/api/opportunities?q=outage").statusCode()).isEqualTo(200);
	}

	@Test
	void aScheduledJobThatCannotReachTheDatabaseLogsAWarningAndRunsAgainAfterwards(CapturedOutput output)
			throws Exception {
		// The work module's check runs every second on this instance; each run while the
		// database is away waits the pool's 3 s for a connection, then gives up.
		this.outage.takeAway();
		try {
			Instant until = Instant.now().plus(AT_MOST);
			while (!output.getOut().contains("A scheduled job could not reach the database")
					&& Instant.now().isBefore(until)) {
				Thread.sleep(200);
			}
		}
		finally {
			this.outage.bringBack();
		}
		assertThat(output.getOut()).contains("A scheduled job could not reach the database")
			.doesNotContain("Unexpected error occurred in scheduled task");
		awaitAnswer("/actuator/health/readiness", (r) -> r.statusCode() == 200);
	}

	private HttpResponse<String> awaitAnswer(String path, Predicate<HttpResponse<String>> wanted) throws Exception {
		Instant until = Instant.now().plus(AT_MOST);
		HttpResponse<String> response = get(path);
		while (!wanted.test(response) && Instant.now().isBefore(until)) {
			Thread.sleep(200);
			response = get(path);
		}
		assertThat(wanted).as("%s answered %s: %s", path, response.statusCode(), response.body()).accepts(response);
		return response;
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(this.base + path)).timeout(Duration.ofSeconds(60));
	}

}
