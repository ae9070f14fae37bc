package org.covenantconnects.signatory;

/** A signatory is no longer active: its opportunities should no longer be offered. */
public record SignatoryLapsed(SignatoryId signatory) {

}
