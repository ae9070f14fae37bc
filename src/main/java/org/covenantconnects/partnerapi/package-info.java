/**
 * Gives partners the published opportunities as JSON, with the search page's filters.
 * <p>
 * Described by OpenAPI; errors are RFC 9457 problem details (only here: pages keep their
 * HTML error pages).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partner API")
package org.covenantconnects.partnerapi;
