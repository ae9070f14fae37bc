/**
 * Shows the public who signed the Covenant and what each has delivered.
 * <p>
 * The directory of signatories, each with its open opportunities and the recognition tier
 * its take-ups earned; and, for coordinators, the signatories yet to make an offer.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Signatory directory")
package org.covenantconnects.directory;
