package org.covenantconnects.takeup;

import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.covenantconnects.identity.AccountId;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.signatory.SignatoryId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/**
 * Take-ups that happened before the demo began, with their histories dated as they
 * happened, so that what organisations delivered and councils' young people took up reads
 * as a year of activity. For demo data only: the young people are not on the demo (as if
 * they had since left), or are demo young people who registered during that year; nobody
 * is told and nothing is audited.
 */
@Service
public class PastTakeUps {

	private final JdbcClient jdbc;

	PastTakeUps(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether an organisation already has take-ups, so demo data is added only once. */
	public boolean anyOf(SignatoryId signatory) {
		return this.jdbc.sql("select exists (select 1 from take_up where signatory_id = :signatory)")
			.param("signatory", signatory.value())
			.query(Boolean.class)
			.single();
	}

	/**
	 * A take-up of a young person looked after by a council and living in a region,
	 * through its steps in order (the first is when it began).
	 */
	@Transactional
	public TakeUpId recordDemo(SignatoryId signatory, OpportunityId opportunity, OpportunityType type,
			RegionCode region, LocalAuthorityId council, List<Step> steps) {
		return recordDemo(null, signatory, opportunity, type, region, council, steps);
	}

	/**
	 * A take-up of a demo young person, who lives in the region and was looked after by
	 * the council, through its steps in order, as above.
	 */
	@Transactional
	public TakeUpId recordDemo(@Nullable AccountId youngPerson, SignatoryId signatory, OpportunityId opportunity,
			OpportunityType type, RegionCode region, LocalAuthorityId council, List<Step> steps) {
		Assert.notEmpty(steps, "a take-up has a history");
		UUID id = UUID.randomUUID();
		Step first = steps.get(0);
		Step last = steps.get(steps.size() - 1);
		Instant started = steps.stream()
			.filter((step) -> step.status() == TakeUpStatus.STARTED)
			.map(Step::at)
			.findFirst()
			.orElse(null);
		this.jdbc
			.sql("""
					insert into take_up (id, account_id, opportunity_id, signatory_id, status, created_at, updated_at,
					  applied_at, started_at, opportunity_type, region_code, local_authority_id)
					values (:id, :account, :opportunity, :signatory, :status, :createdAt, :updatedAt, :createdAt, :startedAt,
					  :type, :region, :council)
					""")
			.param("id", id)
			.param("account", (youngPerson != null) ? youngPerson.value() : null, Types.OTHER)
			.param("opportunity", opportunity.value())
			.param("signatory", signatory.value())
			.param("status", last.status().name())
			.param("createdAt", utc(first.at()))
			.param("updatedAt", utc(last.at()))
			.param("startedAt", (started != null) ? utc(started) : null, java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
			.param("type", type.name())
			.param("region", region.value())
			.param("council", council.value())
			.update();
		TakeUpStatus from = null;
		for (Step step : steps) {
			this.jdbc.sql("""
					insert into take_up_event (id, take_up_id, from_status, status, actor, occurred_at)
					values (:id, :takeUp, :from, :status, 'SERVICE', :at)
					""")
				.param("id", UUID.randomUUID())
				.param("takeUp", id)
				.param("from", (from != null) ? from.name() : null, java.sql.Types.VARCHAR)
				.param("status", step.status().name())
				.param("at", utc(step.at()))
				.update();
			from = step.status();
		}
		return new TakeUpId(id);
	}

	private static OffsetDateTime utc(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

	/** One step of a take-up's history. */
	public record Step(TakeUpStatus status, Instant at) {

	}

}
