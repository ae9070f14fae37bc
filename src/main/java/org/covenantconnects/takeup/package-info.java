/**
 * Follows each opportunity a young person saves or takes up, from interest to outcome.
 * <p>
 * Saving, saying they are interested, applying with only what they chose to share,
 * claiming codes and withdrawing; organisations moving applications through the stages;
 * check-ins at 3 and 6 months and reminders to organisations; coordinators' corrections;
 * referrals and matches the young person says yes or no thanks to; the take-up funnel;
 * and what signatories delivered, for their recognition tiers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Take-ups")
package org.covenantconnects.takeup;
