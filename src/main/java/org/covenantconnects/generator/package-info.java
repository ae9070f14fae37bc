/**
 * Fictional data at national scale, for benchmarks. Started with the {@code generate}
 * profile, it fills an empty database and exits; it is never part of the running service.
 * <p>
 * Each module that owns tables adds one SQL file under {@code generator/national/},
 * numbered after the steps it builds on (accounts before the profiles that belong to
 * them). The files run in name order in one transaction, so a run either writes
 * everything or nothing. This is the one place that writes straight into other modules'
 * tables: set-based SQL is what makes national scale take minutes rather than hours.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Generated data")
package org.covenantconnects.generator;
