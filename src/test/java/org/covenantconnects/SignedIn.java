package org.covenantconnects;

import java.util.UUID;

import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Requests made with MockMvc by someone signed in, without going through the sign-in
 * page.
 */
public final class SignedIn {

	private SignedIn() {
	}

	/** The request, made by this user. */
	public static RequestPostProcessor as(CurrentUser user) {
		return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	/**
	 * The request, made in this role by the holder of the account: for an account a test
	 * made through the pages, so has only the id of.
	 */
	public static RequestPostProcessor as(AccountId account, Role role) {
		return as(new CurrentUser(account, "someone@example.com", "Someone", role));
	}

	/**
	 * Someone in this role whose account is never looked up: enough for pages that only
	 * ask who is signed in and as what.
	 */
	public static CurrentUser someone(Role role) {
		return new CurrentUser(new AccountId(UUID.randomUUID()), role.name().toLowerCase() + "@example.com",
				"Test " + role.label(), role);
	}

}
