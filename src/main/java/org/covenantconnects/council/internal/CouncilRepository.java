package org.covenantconnects.council.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.covenantconnects.council.ApproachPart;
import org.covenantconnects.council.CouncilLead;
import org.covenantconnects.council.PartFacts;
import org.covenantconnects.council.PartProgress;
import org.covenantconnects.council.PartStatus;
import org.covenantconnects.council.PartnershipChange;
import org.covenantconnects.council.PartnershipDetails;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.signatory.SignatoryId;
import org.covenantconnects.places.LocalAuthorityId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tables {@code council_partnership}, {@code council_lead} and
 * {@code council_partnership_change}, and the Whole Council Approach's
 * {@code council_approach_part} and {@code council_approach_facts}.
 */
@Repository
public class CouncilRepository {

	private final JdbcClient jdbc;

	CouncilRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Map<LocalAuthorityId, PartnershipDetails> all() {
		Map<LocalAuthorityId, PartnershipDetails> all = new HashMap<>();
		this.jdbc
			.sql("select local_authority_id, partner, partner_since, account_manager, local_offer_url "
					+ "from council_partnership")
			.query((rs) -> {
				all.put(new LocalAuthorityId(rs.getInt("local_authority_id")), details(rs));
			});
		return all;
	}

	public Optional<PartnershipDetails> of(LocalAuthorityId council) {
		return this.jdbc
			.sql("select partner, partner_since, account_manager, local_offer_url from council_partnership "
					+ "where local_authority_id = :id for update")
			.param("id", council.value())
			.query((rs, i) -> details(rs))
			.optional();
	}

	public void save(LocalAuthorityId council, PartnershipDetails details, Instant now) {
		this.jdbc.sql("""
				insert into council_partnership (local_authority_id, partner, partner_since, account_manager,
				  local_offer_url, updated_at)
				values (:id, :partner, :since, :manager, :offer, :now)
				on conflict (local_authority_id) do update set partner = excluded.partner,
				  partner_since = excluded.partner_since, account_manager = excluded.account_manager,
				  local_offer_url = excluded.local_offer_url, updated_at = excluded.updated_at
				""")
			.param("id", council.value())
			.param("partner", details.partner())
			.param("since", details.since())
			.param("manager", (details.accountManager() != null) ? details.accountManager().value() : null)
			.param("offer", details.localOffer())
			.param("now", Timestamp.from(now))
			.update();
	}

	public List<CouncilLead> leads(LocalAuthorityId council) {
		return this.jdbc.sql(
				"select id, name, role, email from council_lead where local_authority_id = :id order by added_at, name")
			.param("id", council.value())
			.query((rs, i) -> new CouncilLead(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("role"), rs.getString("email")))
			.list();
	}

	public void addLead(LocalAuthorityId council, CouncilLead lead, Instant now) {
		this.jdbc
			.sql("insert into council_lead (id, local_authority_id, name, role, email, added_at) "
					+ "values (:id, :council, :name, :role, :email, :now)")
			.param("id", lead.id())
			.param("council", council.value())
			.param("name", lead.name())
			.param("role", lead.role())
			.param("email", lead.email())
			.param("now", Timestamp.from(now))
			.update();
	}

	public Optional<CouncilLead> removeLead(LocalAuthorityId council, UUID lead) {
		return this.jdbc
			.sql("delete from council_lead where local_authority_id = :council and id = :id "
					+ "returning id, name, role, email")
			.param("council", council.value())
			.param("id", lead)
			.query((rs, i) -> new CouncilLead(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("role"), rs.getString("email")))
			.optional();
	}

	public void recordChange(LocalAuthorityId council, AccountId by, String what, Instant now) {
		this.jdbc
			.sql("insert into council_partnership_change (local_authority_id, changed_by, changed_at, what) "
					+ "values (:council, :by, :now, :what)")
			.param("council", council.value())
			.param("by", (by != null) ? by.value() : null)
			.param("now", Timestamp.from(now))
			.param("what", what)
			.update();
	}

	public List<PartnershipChange> changes(LocalAuthorityId council) {
		return this.jdbc
			.sql("select changed_at, changed_by, what from council_partnership_change "
					+ "where local_authority_id = :council order by changed_at desc, id desc")
			.param("council", council.value())
			.query((rs, i) -> new PartnershipChange(rs.getTimestamp("changed_at").toInstant(),
					(rs.getObject("changed_by") != null) ? new AccountId(rs.getObject("changed_by", UUID.class)) : null,
					rs.getString("what")))
			.list();
	}

	private static PartnershipDetails details(java.sql.ResultSet rs) throws java.sql.SQLException {
		java.sql.Date since = rs.getDate("partner_since");
		UUID manager = rs.getObject("account_manager", UUID.class);
		LocalDate sinceDate = (since != null) ? since.toLocalDate() : null;
		return new PartnershipDetails(rs.getBoolean("partner"), sinceDate,
				(manager != null) ? new AccountId(manager) : null, rs.getString("local_offer_url"));
	}

	/**
	 * Every council's recorded approach, by council; councils that recorded nothing are
	 * left out.
	 */
	public Map<LocalAuthorityId, RecordedApproach> approaches() {
		Map<LocalAuthorityId, Map<ApproachPart, PartProgress>> progress = new HashMap<>();
		this.jdbc
			.sql("select local_authority_id, part, status, status_on, evidence, evidence_url "
					+ "from council_approach_part")
			.query((rs) -> {
				progress
					.computeIfAbsent(new LocalAuthorityId(rs.getInt("local_authority_id")),
							(id) -> new EnumMap<>(ApproachPart.class))
					.put(ApproachPart.valueOf(rs.getString("part")), progress(rs));
			});
		Map<LocalAuthorityId, RecordedApproach> all = new HashMap<>();
		this.jdbc.sql("select * from council_approach_facts").query((rs) -> {
			LocalAuthorityId council = new LocalAuthorityId(rs.getInt("local_authority_id"));
			all.put(council, facts(rs, progress.getOrDefault(council, Map.of())));
		});
		progress.forEach((council, parts) -> all.computeIfAbsent(council, (id) -> RecordedApproach.only(parts)));
		return all;
	}

	/** One council's recorded approach, with nothing recorded when it has none. */
	public RecordedApproach approachOf(LocalAuthorityId council) {
		Map<ApproachPart, PartProgress> progress = new EnumMap<>(ApproachPart.class);
		this.jdbc
			.sql("select part, status, status_on, evidence, evidence_url from council_approach_part "
					+ "where local_authority_id = :id")
			.param("id", council.value())
			.query((rs) -> {
				progress.put(ApproachPart.valueOf(rs.getString("part")), progress(rs));
			});
		return this.jdbc.sql("select * from council_approach_facts where local_authority_id = :id")
			.param("id", council.value())
			.query((rs, i) -> facts(rs, progress))
			.optional()
			.orElse(RecordedApproach.only(progress));
	}

	/**
	 * Locks the council's approach until the transaction ends, so two edits never cross.
	 */
	public void lockApproach(LocalAuthorityId council) {
		this.jdbc.sql("select pg_advisory_xact_lock(31031, :id)").param("id", council.value()).query((rs) -> {
		});
	}

	public void saveProgress(LocalAuthorityId council, ApproachPart part, PartProgress progress, Instant now) {
		this.jdbc.sql("""
				insert into council_approach_part (local_authority_id, part, status, status_on, evidence, evidence_url,
				  updated_at)
				values (:id, :part, :status, :on, :evidence, :link, :now)
				on conflict (local_authority_id, part) do update set status = excluded.status,
				  status_on = excluded.status_on, evidence = excluded.evidence, evidence_url = excluded.evidence_url,
				  updated_at = excluded.updated_at
				""")
			.param("id", council.value())
			.param("part", part.name())
			.param("status", progress.status().name())
			.param("on", progress.on())
			.param("evidence", progress.evidence())
			.param("link", progress.evidenceLink())
			.param("now", Timestamp.from(now))
			.update();
	}

	/** Keeps the facts of one part, leaving the other parts' facts as they are. */
	public void saveFacts(LocalAuthorityId council, PartFacts facts, Instant now) {
		JdbcClient.StatementSpec statement;
		if (facts instanceof PartFacts.Awareness awareness) {
			statement = this.jdbc.sql("""
					insert into council_approach_facts (local_authority_id, personal_advisers, updated_at)
					values (:id, :advisers, :now)
					on conflict (local_authority_id) do update set personal_advisers = excluded.personal_advisers,
					  updated_at = excluded.updated_at
					""").param("advisers", awareness.personalAdvisers());
		}
		else if (facts instanceof PartFacts.TaxExemption tax) {
			statement = this.jdbc
				.sql("""
						insert into council_approach_facts (local_authority_id, tax_exemption, tax_exemption_age,
						  tax_exemption_since, updated_at)
						values (:id, :offered, :age, :since, :now)
						on conflict (local_authority_id) do update set tax_exemption = excluded.tax_exemption,
						  tax_exemption_age = excluded.tax_exemption_age, tax_exemption_since = excluded.tax_exemption_since,
						  updated_at = excluded.updated_at
						""")
				.param("offered", tax.offered())
				.param("age", tax.upToAge())
				.param("since", tax.since());
		}
		else if (facts instanceof PartFacts.TrainingAndEmployment training) {
			statement = this.jdbc.sql("""
					insert into council_approach_facts (local_authority_id, council_signatory, ring_fenced_places,
					  eet_aim_percent, eet_latest_percent, eet_latest_year, updated_at)
					values (:id, :signatory, :places, :aim, :latest, :year, :now)
					on conflict (local_authority_id) do update set council_signatory = excluded.council_signatory,
					  ring_fenced_places = excluded.ring_fenced_places, eet_aim_percent = excluded.eet_aim_percent,
					  eet_latest_percent = excluded.eet_latest_percent, eet_latest_year = excluded.eet_latest_year,
					  updated_at = excluded.updated_at
					""")
				.param("signatory", (training.councilSignatory() != null) ? training.councilSignatory().value() : null)
				.param("places", training.ringFencedPlaces())
				.param("aim", training.aimPercent())
				.param("latest", training.latestPercent())
				.param("year", training.latestYear());
		}
		else if (facts instanceof PartFacts.SocialValuePolicy policy) {
			statement = this.jdbc
				.sql("""
						insert into council_approach_facts (local_authority_id, social_value_adopted, social_value_adopted_on,
						  social_value_threshold, social_value_names_care_leavers, updated_at)
						values (:id, :adopted, :adoptedOn, :threshold, :namesCareLeavers, :now)
						on conflict (local_authority_id) do update set social_value_adopted = excluded.social_value_adopted,
						  social_value_adopted_on = excluded.social_value_adopted_on,
						  social_value_threshold = excluded.social_value_threshold,
						  social_value_names_care_leavers = excluded.social_value_names_care_leavers,
						  updated_at = excluded.updated_at
						""")
				.param("adopted", policy.adopted())
				.param("adoptedOn", policy.adoptedOn())
				.param("threshold", policy.thresholdPounds())
				.param("namesCareLeavers", policy.namesCareLeavers());
		}
		else if (facts instanceof PartFacts.EconomicDevelopment economic) {
			statement = this.jdbc.sql("""
					insert into council_approach_facts (local_authority_id, employers_engaged, social_value_event_on,
					  updated_at)
					values (:id, :employers, :event, :now)
					on conflict (local_authority_id) do update set employers_engaged = excluded.employers_engaged,
					  social_value_event_on = excluded.social_value_event_on, updated_at = excluded.updated_at
					""").param("employers", economic.employersEngaged()).param("event", economic.socialValueEventOn());
		}
		else {
			throw new IllegalArgumentException("No such part: " + facts.part());
		}
		statement.param("id", council.value()).param("now", Timestamp.from(now)).update();
	}

	private static PartProgress progress(java.sql.ResultSet rs) throws java.sql.SQLException {
		java.sql.Date on = rs.getDate("status_on");
		return new PartProgress(PartStatus.valueOf(rs.getString("status")), (on != null) ? on.toLocalDate() : null,
				rs.getString("evidence"), rs.getString("evidence_url"));
	}

	private static RecordedApproach facts(java.sql.ResultSet rs, Map<ApproachPart, PartProgress> progress)
			throws java.sql.SQLException {
		UUID signatory = rs.getObject("council_signatory", UUID.class);
		return new RecordedApproach(progress, new PartFacts.Awareness(integer(rs, "personal_advisers")),
				new PartFacts.TaxExemption(bool(rs, "tax_exemption"), integer(rs, "tax_exemption_age"),
						date(rs, "tax_exemption_since")),
				new PartFacts.TrainingAndEmployment((signatory != null) ? new SignatoryId(signatory) : null,
						integer(rs, "ring_fenced_places"), integer(rs, "eet_aim_percent"),
						integer(rs, "eet_latest_percent"), integer(rs, "eet_latest_year")),
				new PartFacts.SocialValuePolicy(bool(rs, "social_value_adopted"), date(rs, "social_value_adopted_on"),
						rs.getObject("social_value_threshold", Long.class),
						bool(rs, "social_value_names_care_leavers")),
				new PartFacts.EconomicDevelopment(integer(rs, "employers_engaged"), date(rs, "social_value_event_on")));
	}

	private static Integer integer(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
		return rs.getObject(column, Integer.class);
	}

	private static Boolean bool(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
		return rs.getObject(column, Boolean.class);
	}

	private static LocalDate date(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
		java.sql.Date value = rs.getDate(column);
		return (value != null) ? value.toLocalDate() : null;
	}

	/** A council's approach as recorded, without the counts from other modules. */
	public record RecordedApproach(Map<ApproachPart, PartProgress> progress, PartFacts.Awareness awareness,
			PartFacts.TaxExemption taxExemption, PartFacts.TrainingAndEmployment trainingAndEmployment,
			PartFacts.SocialValuePolicy socialValuePolicy, PartFacts.EconomicDevelopment economicDevelopment) {

		static RecordedApproach only(Map<ApproachPart, PartProgress> progress) {
			return new RecordedApproach(progress, PartFacts.Awareness.NONE, PartFacts.TaxExemption.NONE,
					PartFacts.TrainingAndEmployment.NONE, PartFacts.SocialValuePolicy.NONE,
					PartFacts.EconomicDevelopment.NONE);
		}

	}

}
