package org.covenantconnects.careleaver;

import java.util.List;

import org.covenantconnects.identity.AccountId;

/**
 * What a care leaver shared with organisations when they applied, shown on their sharing
 * page. Another module provides it, so that this module does not depend on it.
 */
public interface SharedWithOrganisations {

	/** Each application they made, most recently changed first. */
	List<Shared> sharedBy(AccountId careLeaver);

	/**
	 * What one organisation was given.
	 *
	 * @param name their name, or {@code null} if not shared
	 * @param email their email address, or {@code null} if not shared
	 * @param situation what they are doing now, or {@code null} if not shared
	 * @param wroteMessage whether they wrote a message
	 */
	record Shared(String organisation, String title, String name, String email, Situation situation,
			boolean wroteMessage) {

	}

}
