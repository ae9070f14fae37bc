/**
 * The monthly give-away: a coordinator sets up a prize for a month and who may win it
 * (registered care leavers whose care experience is confirmed, by age and region, who
 * have not opted out in My account). When the draw closes, the list of entries is fixed
 * and fingerprinted and the random seed recorded, so that anyone on the team can re-run
 * the draw and get the same winner ({@link TheDraw}). The winner is told by email and on
 * For you and has 14 days to claim; otherwise the prize is drawn again. The public page
 * names no one: "a care leaver from the North West won …" (ADR 039).
 * <p>
 * {@link GiveAways} is the module's API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monthly give-away")
package org.covenantconnects.giveaway;
