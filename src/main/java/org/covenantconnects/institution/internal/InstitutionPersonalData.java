package org.covenantconnects.institution.internal;

import java.util.List;

import org.covenantconnects.identity.AccountSummary;
import org.covenantconnects.identity.PersonalData;
import org.covenantconnects.platform.PersonalColumns;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The institution module's personal data, found by account id: the coordinator assigned
 * to an institution and who made each change, both blanked when their account is erased.
 * The central point of contact and the published contact for care leavers are work
 * contacts, not accounts (see the personal data rule's list of columns that name nobody).
 */
@Component
@Order(55)
class InstitutionPersonalData implements PersonalData, PersonalColumns {

	private final InstitutionRepository repository;

	InstitutionPersonalData(InstitutionRepository repository) {
		this.repository = repository;
	}

	@Override
	public String module() {
		return "institution";
	}

	@Override
	public List<Column> columns() {
		return List.of(
				Column.erasedOnly("institution", "coordinator_account_id", Erased.BLANKED,
						"the coordinator assigned to a college or university; blanked when their account is erased"),
				Column.erasedOnly("institution_change", "changed_by", Erased.BLANKED,
						"who changed a college or university (a coordinator, or its own contact when they changed "
								+ "its offers); the change stays, without them"));
	}

	@Override
	public String part() {
		return "institution";
	}

	@Override
	public Object download(AccountSummary account) {
		return null;
	}

	@Override
	public void erase(AccountSummary account) {
		this.repository.forget(account.id());
	}

}
