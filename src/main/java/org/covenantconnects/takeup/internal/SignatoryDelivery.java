package org.covenantconnects.takeup.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.covenantconnects.directory.Recognition;
import org.covenantconnects.signatory.SignatoryId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What signatories delivered, for their recognition tiers: take-ups started in the last
 * 12 months, and take-ups still going (or completed) 6 months after they started, among
 * those started in the last 18 months. One query for a page of signatories.
 */
@Component
class SignatoryDelivery implements Recognition.DeliveryCounts {

	private final JdbcClient jdbc;

	private final Clock clock;

	SignatoryDelivery(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public Map<SignatoryId, Recognition.Delivered> of(Collection<SignatoryId> signatories) {
		Map<SignatoryId, Recognition.Delivered> delivered = new HashMap<>();
		if (signatories.isEmpty()) {
			return delivered;
		}
		var now = this.clock.instant().atOffset(ZoneOffset.UTC);
		this.jdbc.sql("""
				select signatory_id,
				  count(*) filter (where started_at > :yearAgo) as started,
				  count(*) filter (where started_at <= :sixMonthsAgo and (status = 'SUSTAINED'
				    or (status = 'COMPLETED' and updated_at >= started_at + interval '6 months'))) as sustained
				from take_up
				where signatory_id = any(:ids) and started_at > :eighteenMonthsAgo
				group by signatory_id
				""")
			.param("ids", signatories.stream().map(SignatoryId::value).toArray(UUID[]::new))
			.param("yearAgo", now.minusMonths(12))
			.param("sixMonthsAgo", now.minusMonths(6))
			.param("eighteenMonthsAgo", now.minusMonths(18))
			.query((rs) -> {
				delivered.put(new SignatoryId(rs.getObject("signatory_id", UUID.class)),
						new Recognition.Delivered(rs.getLong("started"), rs.getLong("sustained")));
			});
		return delivered;
	}

}
