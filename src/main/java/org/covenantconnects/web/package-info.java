/**
 * Serves the pages every visitor shares, with no business logic.
 * <p>
 * The layout, the home pages, the accessibility statement, privacy notice and cookies
 * page, and the error pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package org.covenantconnects.web;
