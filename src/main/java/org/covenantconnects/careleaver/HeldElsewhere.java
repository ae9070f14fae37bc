package org.covenantconnects.careleaver;

import org.covenantconnects.identity.AccountId;

/**
 * What another module keeps about a care leaver, added to the download of their data. A
 * module that keeps something about them and builds on this one implements it, so that
 * "download my data" holds everything without this module depending on it.
 */
public interface HeldElsewhere {

	/** The name of this part of the download, for example {@code "peopleWhoHelpYou"}. */
	String part();

	/** What is kept about the care leaver, as values that can be written as JSON. */
	Object about(AccountId careLeaver);

}
