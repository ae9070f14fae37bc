package org.covenantconnects.identity.internal;

import java.util.List;

import org.covenantconnects.platform.PersonalColumns;

import org.springframework.stereotype.Component;

/**
 * The account's own columns. The account is at the top of every download, and
 * {@code AccountData.erase} anonymises it last: the row stays under its id, with no
 * address, name or password, so that what it is counted in still adds up; its tokens,
 * pending address change, sign-in failures and sessions are deleted.
 */
@Component
class IdentityPersonalColumns implements PersonalColumns {

	@Override
	public String module() {
		return "identity";
	}

	@Override
	public List<Column> columns() {
		return List.of(Column.both("account", "email", Erased.BLANKED),
				Column.both("account", "display_name", Erased.BLANKED),
				Column.erasedOnly("account", "password_hash", Erased.BLANKED, "a hash, of no use to its owner"),
				Column.erasedOnly("account_token", "account_id", Erased.ROW_DELETED,
						"hashes of single-use links, of no use to their owner"),
				Column.erasedOnly("email_change", "account_id", Erased.ROW_DELETED,
						"an address change waiting for its confirmation link"),
				Column.erasedOnly("email_change", "new_email", Erased.ROW_DELETED,
						"an address change waiting for its confirmation link"),
				Column.erasedOnly("sign_in_failure", "email_key", Erased.ROW_DELETED, "kept a day to slow guessing"),
				Column.erasedOnly("second_factor", "account_id", Erased.ROW_DELETED,
						"the encrypted key of the person's authenticator app, which only their app should hold"),
				Column.erasedOnly("recovery_code", "account_id", Erased.ROW_DELETED,
						"digests of the person's unused recovery codes, which say nothing about them"),
				Column.erasedOnly("sign_in_network", "email_key", Erased.ROW_DELETED,
						"the networks the person signed in from, kept 90 days so that they are not slowed down there"),
				Column.erasedOnly("spring_session", "principal_name", Erased.ROW_DELETED, "the signed-in sessions"));
	}

}
