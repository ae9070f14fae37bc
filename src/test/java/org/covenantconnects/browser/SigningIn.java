package org.covenantconnects.browser;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.covenantconnects.identity.SecondStepForTests;

/**
 * Signing in as a person does, in the browser: the password, then the second step when
 * the account has one (a code from the app, computed from the demo key or from the key
 * this class read when it set the account up), or setting up an app first when the
 * account must have one and has none. Ends on the page the service sends them to.
 */
final class SigningIn {

	/**
	 * The sessions of accounts that signed in with a code, by email address, with the
	 * page each landed on. An account's codes come one per 30 seconds and none works
	 * twice, so journeys that only need to be signed in as a staff account carry on its
	 * session.
	 */
	private static final Map<String, KeptSession> KEPT = new ConcurrentHashMap<>();

	private SigningIn() {
	}

	/**
	 * Signed in as the account, as someone who stayed signed in is: the session this
	 * account signed in with earlier in the suite when it is still open (the page it
	 * landed on is opened again and checked), otherwise a sign-in. For journeys about
	 * something else than signing in; ends on the page the service sends them to.
	 */
	static void signedInAs(Browser browser, String email, String password, String stepName) {
		String address = email.toLowerCase(Locale.ROOT);
		KeptSession kept = KEPT.get(address);
		if (kept != null) {
			browser.carrySession(kept.cookie());
			browser.open(kept.landing(), stepName);
			if (kept.landing().equals(browser.path())) {
				return;
			}
			KEPT.remove(address, kept);
		}
		signIn(browser, email, password, stepName);
	}

	static void signIn(Browser browser, String email, String password) {
		signIn(browser, email, password, "signed-in");
	}

	/** The same, naming the last page's screenshot. */
	static void signIn(Browser browser, String email, String password, String stepName) {
		browser.open("/sign-in", "sign-in-" + stepName);
		browser.fillIn("email", email);
		browser.fillIn("password", password);
		browser.press("Sign in", "password-step-" + stepName);
		secondStep(browser, email, stepName);
	}

	/** Carries on from the page after the password, whatever it is. */
	static void secondStep(Browser browser, String email, String stepName) {
		if ("/sign-in/set-up".equals(browser.path())) {
			SecondStepForTests.remember(email, browser.textOf("key"));
			browser.fillIn("code", SecondStepForTests.nextCode(email));
			browser.press("Turn on", "recovery-codes-" + stepName);
			browser.follow("I have saved my recovery codes", stepName);
		}
		else if ("/sign-in/code".equals(browser.path())) {
			browser.fillIn("code", SecondStepForTests.nextCode(email));
			browser.press("Continue", stepName);
			String cookie = browser.sessionCookie();
			if (cookie != null && !browser.path().startsWith("/sign-in")) {
				KEPT.put(email.toLowerCase(Locale.ROOT), new KeptSession(cookie, browser.path()));
			}
		}
	}

	/**
	 * The person steps away from the browser without signing out, as when they close it:
	 * the browser forgets its cookies, and their session stays open for a later journey
	 * signed in as them. Signing out itself is walked through for every demo account in
	 * {@code KeyJourneysBrowserTests}.
	 */
	static void stepAway(Browser browser) {
		browser.forgetCookies();
	}

	private record KeptSession(String cookie, String landing) {
	}

}
