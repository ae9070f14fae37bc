/**
 * Finds published opportunities for people and for partners.
 * <p>
 * The public search page, with filters by place, kind, outcome and words, and the JSON
 * API for partners with the same filters, described by OpenAPI; the API's errors are RFC
 * 9457 problem details (only there: pages keep their HTML error pages).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package org.covenantconnects.search;
