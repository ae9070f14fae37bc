package org.covenantconnects.signatory;

/**
 * A coordinator approved an organisation: it has signed the Covenant and is listed
 * publicly.
 */
public record SignatoryApproved(SignatoryId signatory) {

}
