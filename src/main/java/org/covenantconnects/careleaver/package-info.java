/**
 * Holds each care leaver's profile and the pages that are theirs alone.
 * <p>
 * Registering, For you (the opportunities that fit them), changing their details, and My
 * account: what they share, downloading and deleting everything held about them. A
 * profile is private; nothing of it reaches an organisation except what the young person
 * chooses to share when applying ({@code takeup}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Care leavers")
package org.covenantconnects.careleaver;
