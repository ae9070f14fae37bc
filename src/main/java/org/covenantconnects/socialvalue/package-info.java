/**
 * Social value: what the outcomes an organisation delivered through the Covenant (weeks
 * of apprenticeship and of work placement, jobs started, training completed) are worth in
 * a council's social value terms, by proxy values in the style of the National TOMs that
 * administrators keep; and the statement an organisation downloads to put in a tender
 * (ADR 047).
 * <p>
 * The outcomes are counted from the take-ups' kept histories through the take-up module's
 * public query, as of any date; no personal data reaches this module. A signatory's users
 * see their own organisation's; a council's own view shows the value delivered to the
 * young people it looked after.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Social value")
package org.covenantconnects.socialvalue;
