package org.covenantconnects.careleaver;

import java.util.List;

import org.covenantconnects.identity.AccountId;

/**
 * Something the young person should act on, shown at the top of For you: a prize they won
 * and have not claimed, say. Another module provides them, so that this module does not
 * depend on it.
 */
public interface ForYouNotices {

	/** Their notices, most urgent first; empty when there is nothing to act on. */
	List<Notice> noticesFor(AccountId careLeaver);

	/**
	 * One notice.
	 *
	 * @param heading what happened, in a sentence
	 * @param text what to do and by when
	 * @param link where to do it
	 * @param linkText the words of the link
	 */
	record Notice(String heading, String text, String link, String linkText) {

	}

}
