/**
 * Gives every module the same footing: the database, the dataset guard, the values page
 * components render and the question-page kit.
 * <p>
 * The PostgreSQL the service starts for itself when none is configured, the guard that
 * keeps demo data out of a real database, page-component values, and the kit of question
 * pages: a date answer, the email rule, and answers kept from one question page to the
 * next.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.covenantconnects.platform;
