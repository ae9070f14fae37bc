package org.covenantconnects.email.internal;

import java.util.List;

import org.covenantconnects.platform.PersonalColumns;

import org.springframework.stereotype.Component;

/**
 * The outbox's personal data. Every email is found by the accounts it is about
 * ({@code email_message_person}: the account it went to and the people it names); the
 * download lists each with its text as kept, and erasure deletes each whole, together
 * with every email to the person's current address and the mark on that address if it was
 * undeliverable. An email is deleted rather than blanked because it has no other use once
 * the person it is about is gone.
 */
@Component
class EmailPersonalColumns implements PersonalColumns {

	@Override
	public String module() {
		return "email";
	}

	@Override
	public List<Column> columns() {
		return List.of(Column.both("email_message", "recipient", Erased.ROW_DELETED),
				Column.both("email_message", "subject", Erased.ROW_DELETED),
				Column.both("email_message", "text_body", Erased.ROW_DELETED),
				Column.erasedOnly("email_message", "html_body", Erased.ROW_DELETED,
						"made from the text body, which is in the download"),
				Column.both("email_message_person", "account_id", Erased.ROW_DELETED),
				Column.erasedOnly("email_undeliverable", "address", Erased.ROW_DELETED,
						"only that the address could not receive email"),
				Column.erasedOnly("email_undeliverable", "reason", Erased.ROW_DELETED,
						"what the mail server said of the address"));
	}

}
