/**
 * Opportunities: the concrete things a care leaver can take up, offered by signatories.
 * Signatory users draft and submit them, coordinators moderate them, and the public finds
 * the published ones by search, on the signatory directory and through the JSON API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Opportunities")
package org.covenantconnects.opportunity;
