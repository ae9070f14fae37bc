/**
 * Gives every module the same footing: the database, the dataset guard and the values
 * page components render.
 * <p>
 * The PostgreSQL the service starts for itself when none is configured, the guard that
 * keeps demo data out of a real database, and page-component values.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.covenantconnects.platform;
