/**
 * The Covenant's impact: its six goals and the KPIs that feed them, each fiscal year's
 * targets, and every figure computed from the records as of any date (ADR 037).
 * <p>
 * The figures are counts only, read through the owning modules' public queries (care
 * leavers, signatories, opportunities, advisers, council partnerships, take-ups and the
 * approaches councils and institutions have embedded); no personal data reaches this
 * module. Coordinators and administrators read the dashboard; administrators set the
 * targets. The termly reports (ADR 040) keep a term's figures, highlights and narrative
 * exactly as they were issued, with the account of the coordinator who issued each.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Impact")
package org.covenantconnects.impact;
