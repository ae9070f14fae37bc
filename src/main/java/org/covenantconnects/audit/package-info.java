/**
 * The audit trail: the append-only record of every look someone other than a young person
 * took at their record, and the one way other modules write to it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail")
package org.covenantconnects.audit;
