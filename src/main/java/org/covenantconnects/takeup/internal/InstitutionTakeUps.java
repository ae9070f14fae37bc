package org.covenantconnects.takeup.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.covenantconnects.careleaver.CareLeavers;
import org.covenantconnects.event.Events;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.institution.InstitutionFigures;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.takeup.TakeUpOutcomes;
import org.covenantconnects.takeup.TakeUpStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The figures of the care leavers who go to a college or university, for its own contact:
 * how many are on Connects, their take-ups by type of opportunity and by stage, and those
 * still going six months on, as a council's are counted for its own view, and the events
 * they came to, as the events module counts them.
 */
@Component
class InstitutionTakeUps implements InstitutionFigures {

	private final JdbcClient jdbc;

	private final CareLeavers careLeavers;

	private final Events events;

	private final TakeUpOutcomes outcomes;

	InstitutionTakeUps(JdbcClient jdbc, CareLeavers careLeavers, Events events, TakeUpOutcomes outcomes) {
		this.jdbc = jdbc;
		this.careLeavers = careLeavers;
		this.events = events;
		this.outcomes = outcomes;
	}

	@Override
	public List<AtStage> takeUpsByStage(String institutionName, Instant asOf) {
		Map<TakeUpStatus, Long> counted = this.outcomes.byStage(TakeUpOutcomes.Whose.institution(institutionName),
				asOf);
		return TakeUpStatus.IN_ORDER.stream()
			.map((stage) -> new AtStage(stage.label(), counted.getOrDefault(stage, 0L)))
			.toList();
	}

	@Override
	public SixMonthsOn sixMonthsOn(String institutionName, Instant asOf) {
		TakeUpOutcomes.SixMonths counted = this.outcomes.sixMonthsOn(TakeUpOutcomes.Whose.institution(institutionName),
				asOf);
		return new SixMonthsOn(counted.began(), counted.stillGoing());
	}

	@Override
	public long careLeavers(String institutionName) {
		return this.careLeavers.countAtInstitution(institutionName);
	}

	@Override
	public List<TakeUpsOfType> takeUpsByType(String institutionName) {
		Map<String, TakeUpsOfType> counted = new LinkedHashMap<>();
		this.jdbc.sql("""
				select t.opportunity_type as type, count(*) as began,
				  count(*) filter (where t.taken_up_at is not null) as started
				from take_up t join care_leaver c on c.account_id = t.account_id
				where lower(c.institution) = lower(:name) and t.opportunity_type is not null
				group by t.opportunity_type
				""").param("name", institutionName.strip()).query((rs) -> {
			OpportunityType type = OpportunityType.valueOf(rs.getString("type"));
			counted.put(type.name(), new TakeUpsOfType(type.label(), rs.getLong("began"), rs.getLong("started")));
		});
		return Arrays.stream(OpportunityType.values())
			.map((type) -> counted.get(type.name()))
			.filter(Objects::nonNull)
			.toList();
	}

	@Override
	public EventsAttended eventsAttended(String institutionName) {
		Map<AccountId, Integer> attended = this.events.attendedBy(this.careLeavers.atInstitution(institutionName));
		long attendances = attended.values().stream().mapToLong(Integer::longValue).sum();
		return new EventsAttended(attendances, attended.size());
	}

}
