/**
 * What every module stands on: the database the service starts for itself when none is
 * configured, and the guard that keeps demo data out of a real database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.covenantconnects.platform;
