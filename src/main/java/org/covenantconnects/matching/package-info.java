/**
 * Helps the Covenant team match young people into opportunities; people decide.
 * <p>
 * The caseload by region, council or college; for a young person who turned matching on,
 * the opportunities that fit them best, with reasons; for an opportunity, the young
 * people it fits best; and suggesting, which the young person then answers. Ranking runs
 * over a copy held in memory of the few facts it needs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Matching")
package org.covenantconnects.matching;
