/**
 * The pages every visitor shares: the layout, the home pages, the accessibility
 * statement, privacy notice and cookies page, and the error pages. No business logic
 * lives here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package org.covenantconnects.web;
