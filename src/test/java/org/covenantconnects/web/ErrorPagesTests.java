package org.covenantconnects.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.covenantconnects.TestMailServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The styled error pages, served by the real web server (its error dispatch is what
 * renders them).
 */
@ExtendWith(TestMailServer.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
class ErrorPagesTests {

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void anUnknownAddressGetsTheStyledPageNotFound() throws Exception {
		HttpResponse<String> response = this.http.send(page("/no-such-page").GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("<h1 class=\"govuk-heading-l\">Page not found</h1>")
			.contains("govuk-footer");
	}

	@Test
	void aFormSentWithoutItsSecurityTokenGetsAPageThatSaysWhatToDo() throws Exception {
		HttpResponse<String> response = this.http
			.send(page("/sign-in").header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("email=someone%40example.com&password=anything"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("Your form could not be sent").contains("reload the page");
	}

	@Test
	void aSignedOutVisitorToAStaffPageIsAskedToSignIn() throws Exception {
		HttpResponse<String> response = this.http.send(page("/admin/users").GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/sign-in"));
	}

	private HttpRequest.Builder page(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).header("Accept", "text/html");
	}

}
