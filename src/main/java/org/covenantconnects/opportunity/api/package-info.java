/**
 * The JSON API for partners: published opportunities with the same filters as the search
 * page. Errors are RFC 9457 problem details (only here: pages keep their HTML error
 * pages).
 */
package org.covenantconnects.opportunity.api;
