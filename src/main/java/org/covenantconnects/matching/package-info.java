/**
 * Matching: the Covenant team's workspace for matching young people into opportunities. A
 * caseload by region or council; for a young person who turned matching on, the
 * opportunities that fit them best, with reasons; for an opportunity, the young people it
 * fits best; and putting a young person forward, which they then accept or turn down. The
 * service ranks and explains; coordinators and young people decide.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Matching")
package org.covenantconnects.matching;
