/**
 * Care leavers: registering, their profile, the opportunities that fit them ("For you"),
 * saving, expressing interest, applying and claiming codes (their take-ups), and their
 * own account: what they share, downloading and deleting their data. A profile is private
 * by default; nothing of it reaches an organisation except what the young person chooses
 * to share when applying.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Care leavers")
package org.covenantconnects.careleaver;
