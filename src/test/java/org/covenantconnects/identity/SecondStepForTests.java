package org.covenantconnects.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The second step of signing in, as a person with an authenticator app does it: the key
 * is the demo key for accounts made as demo data (and by the test fixtures), or the one
 * read from the set-up page when this class set the account up. Since no code works
 * twice, each sign-in uses a later step than the last one used for that address, and
 * waits for the clock when every step the service accepts now is used.
 */
public final class SecondStepForTests {

	private static final Map<String, String> KEYS = new ConcurrentHashMap<>();

	private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();

	private static final Pattern KEY = Pattern.compile("<code id=\"key\">([A-Z2-7 ]+)</code>");

	private SecondStepForTests() {
	}

	/** The key an account's app holds, as far as the tests know it. */
	public static String keyOf(String email) {
		return KEYS.getOrDefault(email.toLowerCase(Locale.ROOT), SecondFactors.DEMO_KEY);
	}

	/** Remembers the key shown on a set-up page, with its spaces. */
	public static void remember(String email, String groupedKey) {
		KEYS.put(email.toLowerCase(Locale.ROOT), groupedKey.replace(" ", ""));
		LAST_STEP.remove(email.toLowerCase(Locale.ROOT));
	}

	/** Reads the key written out on a set-up page. */
	public static String keyOnPage(String html) {
		Matcher matcher = KEY.matcher(html);
		if (!matcher.find()) {
			throw new IllegalStateException("No key on the page");
		}
		return matcher.group(1);
	}

	/**
	 * A code for the address's key that the service has not accepted yet: the current
	 * step's, or the next one's when the current one was used, so that a step boundary
	 * passing before the service checks it still leaves the code inside the window.
	 */
	public static synchronized String nextCode(String email) {
		String address = email.toLowerCase(Locale.ROOT);
		long now = Totp.step(Instant.now());
		long step = Math.max(now, LAST_STEP.getOrDefault(address, Long.MIN_VALUE) + 1);
		long waitStarted = System.nanoTime();
		while (step > Totp.step(Instant.now()) + 1) {
			try {
				Thread.sleep(500);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		long waited = Duration.ofNanos(System.nanoTime() - waitStarted).toMillis();
		if (waited > 0) {
			System.out.printf("[second step] waited %d ms for a fresh code for %s%n", waited, address);
		}
		LAST_STEP.put(address, step);
		return Totp.code(Totp.fromBase32(keyOf(address)), step);
	}

	/**
	 * Carries on from the password step: enters a code, or sets up an app first when the
	 * account must have one. Returns the answer to the last step (the password step's own
	 * when there was no second step).
	 */
	public static ResultActions afterPassword(MockMvc mvc, ResultActions passwordStep, String email,
			RequestPostProcessor... extras) throws Exception {
		MvcResult result = passwordStep.andReturn();
		String next = result.getResponse().getRedirectedUrl();
		Cookie session = result.getResponse().getCookie("CONNECTS_SESSION");
		if ("/sign-in/set-up".equals(next)) {
			String page = mvc.perform(with(get(next).cookie(session), extras))
				.andReturn()
				.getResponse()
				.getContentAsString();
			remember(email, keyOnPage(page));
			return mvc.perform(with(post(next).cookie(session).with(csrf()).param("code", nextCode(email)), extras));
		}
		if ("/sign-in/code".equals(next)) {
			return mvc.perform(with(post(next).cookie(session).with(csrf()).param("code", nextCode(email)), extras));
		}
		return passwordStep;
	}

	/**
	 * Where someone is sent once fully signed in: the redirect of the last step, or the
	 * continue button of the recovery codes shown after setting up an app.
	 */
	public static String landing(ResultActions lastStep) throws Exception {
		MvcResult result = lastStep.andReturn();
		if (result.getResponse().getRedirectedUrl() != null) {
			return result.getResponse().getRedirectedUrl();
		}
		Matcher next = Pattern.compile("class=\"govuk-button\" href=\"([^\"]+)\"")
			.matcher(result.getResponse().getContentAsString());
		return next.find() ? next.group(1) : null;
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder with(
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			RequestPostProcessor... extras) {
		for (RequestPostProcessor extra : extras) {
			request.with(extra);
		}
		return request;
	}

}
