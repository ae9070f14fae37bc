package org.covenantconnects.signatory;

/** An organisation expressed interest in signing the Covenant and became a prospect. */
public record OrganisationJoined(SignatoryId signatory) {

}
