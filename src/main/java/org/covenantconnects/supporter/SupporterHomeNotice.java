package org.covenantconnects.supporter;

import java.util.List;

import org.covenantconnects.identity.AccountId;

/**
 * Something another module wants a verified supporter to see on their home, such as
 * invitations from young people waiting for an answer. This module shows notices without
 * knowing what they are, so the modules that add them depend on it and not the other way
 * round.
 */
public interface SupporterHomeNotice {

	/** Short sentences for this supporter's home; empty for none. */
	List<String> noticesFor(AccountId supporter);

}
