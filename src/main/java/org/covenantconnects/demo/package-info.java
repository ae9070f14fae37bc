/**
 * Fictional demo data, loaded with the {@code demo} profile so that a newcomer sees a
 * living service. It refuses to touch a database that holds real people's data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.covenantconnects.demo;
