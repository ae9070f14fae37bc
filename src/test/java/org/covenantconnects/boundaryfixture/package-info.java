/**
 * Two tiny modules that exist only for {@code ModularityTests} to show that the boundary
 * check catches a module reaching into another's internals. Nothing here is a component,
 * so no application context ever picks them up.
 */
package org.covenantconnects.boundaryfixture;
