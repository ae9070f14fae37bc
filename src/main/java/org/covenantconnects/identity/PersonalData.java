package org.covenantconnects.identity;

import org.jspecify.annotations.Nullable;

/**
 * What one module keeps about a person, found by their account id: its part of the
 * person's download and its part of erasing them. A module that keeps personal data
 * implements it once, in the same class that declares its columns
 * ({@code platform.PersonalColumns}), so that what is declared and what is done sit
 * together. {@link AccountData} calls every implementation, in their order, inside one
 * transaction.
 */
public interface PersonalData {

	/** The name of this part of the download, for example {@code "supporter"}. */
	String part();

	/**
	 * What the module keeps about the account, as values that can be written as JSON, or
	 * {@code null} when it keeps nothing about them.
	 */
	@Nullable Object download(AccountSummary account);

	/**
	 * Deletes or blanks everything the module keeps about the account, in the caller's
	 * transaction. Called before the account itself is anonymised, so that the account
	 * still has its email address and name.
	 */
	void erase(AccountSummary account);

}
