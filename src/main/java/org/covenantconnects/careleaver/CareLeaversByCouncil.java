package org.covenantconnects.careleaver;

import java.util.HashMap;
import java.util.Map;

import org.covenantconnects.places.LocalAuthorityId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * How many care leavers are registered on Connects now, by the council that looked after
 * them: counts only, in one query, for the Covenant team's view of where opportunities
 * are missing.
 */
@Service
public class CareLeaversByCouncil {

	private final JdbcClient jdbc;

	CareLeaversByCouncil(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Care leavers registered, by the council that looked after them; councils with none
	 * are left out.
	 */
	public Map<LocalAuthorityId, Long> registered() {
		Map<LocalAuthorityId, Long> counts = new HashMap<>();
		this.jdbc.sql("select local_authority_id, count(*) as n from care_leaver group by local_authority_id")
			.query((rs) -> {
				counts.put(new LocalAuthorityId(rs.getInt("local_authority_id")), rs.getLong("n"));
			});
		return counts;
	}

}
