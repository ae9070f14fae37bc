/**
 * Records every look someone other than a young person takes at their record, and never
 * forgets or changes one.
 * <p>
 * The one way other modules write to the audit trail, and the page coordinators and
 * administrators read it on.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail")
package org.covenantconnects.audit;
