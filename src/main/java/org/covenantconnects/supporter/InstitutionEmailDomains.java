package org.covenantconnects.supporter;

/**
 * The staff email domains of the colleges and universities on Connects, which another
 * module keeps: a supporter on a college's or university's staff whose address is at one
 * of them is verified at once, as a council's staff are by its allowed domains.
 */
public interface InstitutionEmailDomains {

	/** Whether the domain, in lower case, is a college's or university's staff domain. */
	boolean isStaffDomain(String domain);

}
