package org.covenantconnects.institution;

/**
 * An institution was added to the list, or its name changed: published in the same
 * transaction, so that answers naming it can be matched to it (ADR 033).
 *
 * @param name its name as listed now
 * @param formerName its name before, or {@code null} when it was just added
 */
public record InstitutionNamed(InstitutionId institution, String name, String formerName) {

}
