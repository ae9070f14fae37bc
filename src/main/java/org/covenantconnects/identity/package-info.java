/**
 * Knows who someone is and what their role lets them reach.
 * <p>
 * Accounts, roles, signing in and out, email verification, password reset, staff
 * invitations, sessions, and the authorisation rule of every route.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.covenantconnects.identity;
