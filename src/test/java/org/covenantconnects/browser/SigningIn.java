package org.covenantconnects.browser;

import org.covenantconnects.identity.SecondStepForTests;

/**
 * Signing in as a person does, in the browser: the password, then the second step when
 * the account has one (a code from the app, computed from the demo key or from the key
 * this class read when it set the account up), or setting up an app first when the
 * account must have one and has none. Ends on the page the service sends them to.
 */
final class SigningIn {

	private SigningIn() {
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
		}
	}

}
