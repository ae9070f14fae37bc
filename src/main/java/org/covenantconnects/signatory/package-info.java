/**
 * Takes an organisation from interest to signing the Covenant, and keeps who acts for it.
 * <p>
 * An organisation expresses interest (a prospect), signs a statement of intent, submits a
 * proforma describing its offer, and is approved by a coordinator (a signatory) or
 * returned with reasons. Its users act only for their own organisation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Signatories")
package org.covenantconnects.signatory;
