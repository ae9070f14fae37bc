package org.covenantconnects.giveaway.internal;

import java.util.List;
import java.util.Map;

import org.covenantconnects.identity.AccountSummary;
import org.covenantconnects.identity.PersonalData;
import org.covenantconnects.platform.PersonalColumns;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The give-away module's personal data, found by account id: whether a young person opted
 * out (in their download; deleted with them), the draws they were entered in and the ones
 * they won (in their download; blanked, so that each draw can still be made again from
 * its entries), and the coordinator who set up or drew one (blanked).
 */
@Component
@Order(57)
class GiveAwayPersonalData implements PersonalData, PersonalColumns {

	private final GiveAwayRepository repository;

	GiveAwayPersonalData(GiveAwayRepository repository) {
		this.repository = repository;
	}

	@Override
	public String module() {
		return "giveaway";
	}

	@Override
	public List<Column> columns() {
		return List.of(Column.both("give_away_opt_out", "account_id", Erased.ROW_DELETED),
				Column.both("give_away_entry", "account_id", Erased.BLANKED),
				Column.both("give_away_draw", "winner_account_id", Erased.BLANKED),
				Column.erasedOnly("give_away_draw", "drawn_by", Erased.BLANKED,
						"the coordinator who closed a draw; the draw stays, without them"),
				Column.erasedOnly("give_away", "set_up_by", Erased.BLANKED,
						"the coordinator who set up a give-away; it stays, without them"));
	}

	@Override
	public String part() {
		return "giveAway";
	}

	@Override
	public Object download(AccountSummary account) {
		Map<String, Object> data = this.repository.download(account.id());
		return data.isEmpty() ? null : data;
	}

	@Override
	public void erase(AccountSummary account) {
		this.repository.forget(account.id());
	}

}
