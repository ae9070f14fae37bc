/**
 * Links a young person with the advisers who help them, only with the young person's yes.
 * <p>
 * A young person invites an adviser, or a verified supporter asks and the young person
 * answers; a linked adviser sees the young person's progress, suggests opportunities and
 * refers them; either side may end the link at any time. Coordinators and verified
 * supporters may also register a young person on their behalf, for them to claim.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Adviser links")
package org.covenantconnects.adviserlink;
