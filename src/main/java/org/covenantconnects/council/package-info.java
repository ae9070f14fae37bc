/**
 * Councils as partners of the Covenant: whether each of the 153 councils is a partner and
 * since when, its named leads, its Covenant account manager and its local offer; the
 * published partner list imported with a match report; the public list of partners.
 * <p>
 * Contact with each council is kept in the shared contact log (module
 * {@code contactlog}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Council partnerships")
package org.covenantconnects.council;
