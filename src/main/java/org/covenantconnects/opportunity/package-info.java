/**
 * Keeps the opportunities signatories offer, from draft to archive, and finds them.
 * <p>
 * Signatory users draft and submit them, coordinators moderate them, places are taken as
 * people start, and the public finds the published ones by search. Its root package also
 * holds the rule of whether an opportunity fits a young person.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Opportunities")
package org.covenantconnects.opportunity;
