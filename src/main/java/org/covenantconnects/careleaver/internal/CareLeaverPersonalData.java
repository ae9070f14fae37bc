package org.covenantconnects.careleaver.internal;

import java.util.List;

import org.covenantconnects.careleaver.CareLeaverDeleted;
import org.covenantconnects.identity.AccountSummary;
import org.covenantconnects.identity.PersonalData;
import org.covenantconnects.platform.PersonalColumns;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A care leaver's profile, found by account id. It is in their download as
 * {@code profile} (see {@code CareLeavers.dataOf}), and erasing the account deletes it,
 * first publishing {@link CareLeaverDeleted} in the same transaction so that the modules
 * that build on this one (take-ups, matching) erase what they keep about the young person
 * while the profile still names them. The confirmations of their care experience go with
 * the profile; someone who confirmed another young person's is forgotten from those. It
 * comes first of all the parts for that reason.
 */
@Component
@Order(10)
class CareLeaverPersonalData implements PersonalData, PersonalColumns {

	private final CareLeaverRepository careLeavers;

	private final ApplicationEventPublisher events;

	private final CareExperienceRepository confirmations;

	CareLeaverPersonalData(CareLeaverRepository careLeavers, CareExperienceRepository confirmations,
			ApplicationEventPublisher events) {
		this.careLeavers = careLeavers;
		this.confirmations = confirmations;
		this.events = events;
	}

	@Override
	public String module() {
		return "careleaver";
	}

	@Override
	public List<Column> columns() {
		return List.of(Column.both("care_leaver", "account_id", Erased.ROW_DELETED),
				Column.both("care_leaver", "full_name", Erased.ROW_DELETED),
				Column.both("care_leaver", "preferred_name", Erased.ROW_DELETED),
				Column.both("care_leaver", "date_of_birth", Erased.ROW_DELETED),
				Column.both("care_leaver", "ambitions", Erased.ROW_DELETED),
				Column.both("care_leaver", "institution", Erased.ROW_DELETED),
				Column.both("care_experience_confirmation", "account_id", Erased.ROW_DELETED),
				Column.both("care_experience_confirmation", "correction_reason", Erased.ROW_DELETED),
				Column.erasedOnly("care_experience_confirmation", "confirmed_by_account_id", Erased.BLANKED,
						"the adviser or coordinator who confirmed a young person's care experience; the young "
								+ "person's download names them, and erasing the confirmer leaves the "
								+ "confirmation standing without them"));
	}

	@Override
	public String part() {
		return "profile";
	}

	/** Already at the top of a care leaver's download; nobody else has a profile. */
	@Override
	public Object download(AccountSummary account) {
		return null;
	}

	@Override
	public void erase(AccountSummary account) {
		this.confirmations.forgetConfirmer(account.id());
		if (this.careLeavers.find(account.id()).isPresent()) {
			this.events.publishEvent(new CareLeaverDeleted(account.id()));
			this.confirmations.erase(account.id());
			this.careLeavers.erase(account.id());
		}
	}

}
