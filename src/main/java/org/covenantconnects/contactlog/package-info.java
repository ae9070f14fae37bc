/**
 * The contact log the Covenant team keeps with its partners: dated meetings, calls,
 * emails and events, each with who took part, a short summary and a next step with its
 * due date.
 * <p>
 * One log serves every kind of partner
 * ({@link org.covenantconnects.contactlog.PartnerKind}), named by kind and id, so
 * councils, colleges and organisations all write through
 * {@link org.covenantconnects.contactlog.ContactLog}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Contact log")
package org.covenantconnects.contactlog;
