/**
 * Fills an empty database with fictional demo data, so that a newcomer sees a living
 * service.
 * <p>
 * Loaded with the {@code demo} profile only; it refuses to touch a database that holds
 * real people's data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.covenantconnects.demo;
