package org.covenantconnects.identity.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session cookie. Sessions themselves live in PostgreSQL (Spring Session JDBC) so
 * that every instance of the service shares them; the cookie only carries the session's
 * id.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	static final String COOKIE_NAME = "CONNECTS_SESSION";

	/**
	 * The session cookie is Secure when cookies are configured so, and always when the
	 * service's base URL is HTTPS. The session also holds the CSRF token, so no other
	 * cookie carries a secret.
	 * @throws IllegalStateException when the base URL is HTTPS but cookies are configured
	 * not to be Secure: the service refuses to start rather than send them in the clear
	 */
	@Bean
	CookieSerializer sessionCookie(@Value("${server.servlet.session.cookie.secure:false}") boolean configuredSecure,
			@Value("${connects.base-url}") String baseUrl) {
		boolean secure = secureCookies(baseUrl, configuredSecure);
		DefaultCookieSerializer cookie = new DefaultCookieSerializer();
		cookie.setCookieName(COOKIE_NAME);
		cookie.setUseHttpOnlyCookie(true);
		cookie.setSameSite("Lax");
		cookie.setUseSecureCookie(secure);
		cookie.setCookiePath("/");
		return cookie;
	}

	/** Whether a base URL is served over HTTPS. */
	static boolean isHttps(String baseUrl) {
		return baseUrl.strip().regionMatches(true, 0, "https://", 0, "https://".length());
	}

	/**
	 * Whether cookies must be Secure: when the base URL is HTTPS they must, and a setting
	 * that says otherwise stops the service from starting.
	 */
	static boolean secureCookies(String baseUrl, boolean configuredSecure) {
		if (isHttps(baseUrl) && !configuredSecure) {
			throw new IllegalStateException("The base URL (CONNECTS_BASE_URL) is " + baseUrl.strip()
					+ ", which is HTTPS, but cookies are configured not to be Secure "
					+ "(server.servlet.session.cookie.secure=false, from CONNECTS_SECURE_COOKIES). "
					+ "Set CONNECTS_SECURE_COOKIES=true, or use an http:// base URL for a local demo.");
		}
		return configuredSecure || isHttps(baseUrl);
	}

}
