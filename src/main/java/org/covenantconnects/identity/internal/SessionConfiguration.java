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

	@Bean
	CookieSerializer sessionCookie(@Value("${server.servlet.session.cookie.secure:false}") boolean secure) {
		DefaultCookieSerializer cookie = new DefaultCookieSerializer();
		cookie.setCookieName(COOKIE_NAME);
		cookie.setUseHttpOnlyCookie(true);
		cookie.setSameSite("Lax");
		cookie.setUseSecureCookie(secure);
		cookie.setCookiePath("/");
		return cookie;
	}

}
