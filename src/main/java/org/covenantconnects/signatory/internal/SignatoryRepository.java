package org.covenantconnects.signatory.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.covenantconnects.identity.AccountId;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.signatory.Sector;
import org.covenantconnects.signatory.SignatoryId;
import org.covenantconnects.signatory.Size;
import org.covenantconnects.signatory.Stage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Loads and saves signatories; the module's only SQL about them. */
@Repository
public class SignatoryRepository {

	private final JdbcClient jdbc;

	SignatoryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Signatory> find(UUID id) {
		return this.jdbc.sql("select * from signatory where id = :id").param("id", id).query(this::map).optional();
	}

	public Optional<Signatory> ofMember(AccountId account) {
		return this.jdbc.sql(
				"select s.* from signatory s join signatory_member m on m.signatory_id = s.id where m.account_id = :account")
			.param("account", account.value())
			.query(this::map)
			.optional();
	}

	public boolean nameTaken(String name) {
		return this.jdbc.sql("select count(*) from signatory where lower(name) = lower(:name)")
			.param("name", name.trim())
			.query(Long.class)
			.single() > 0;
	}

	public boolean slugTaken(String slug) {
		return this.jdbc.sql("select count(*) from signatory where slug = :slug")
			.param("slug", slug)
			.query(Long.class)
			.single() > 0;
	}

	public List<Signatory> atStage(Stage stage, int offset, int limit) {
		return this.jdbc.sql(
				"select * from signatory where stage = :stage order by stage_changed_at, name limit :limit offset :offset")
			.param("stage", stage.name())
			.param("limit", limit)
			.param("offset", offset)
			.query(this::map)
			.list();
	}

	public List<Signatory> signed(int offset, int limit) {
		return this.jdbc
			.sql("select * from signatory where stage = 'SIGNED' order by name, id limit :limit offset :offset")
			.param("limit", limit)
			.param("offset", offset)
			.query(this::map)
			.list();
	}

	public long countSigned() {
		return this.jdbc.sql("select count(*) from signatory where stage = 'SIGNED'").query(Long.class).single();
	}

	public Optional<Signatory> bySlug(String slug) {
		return this.jdbc.sql("select * from signatory where slug = :slug")
			.param("slug", slug)
			.query(this::map)
			.optional();
	}

	public List<Signatory> signed() {
		return this.jdbc.sql("select * from signatory where stage = 'SIGNED' order by name").query(this::map).list();
	}

	public Map<Stage, Long> countsByStage() {
		Map<Stage, Long> counts = new java.util.EnumMap<>(Stage.class);
		for (Stage stage : Stage.values()) {
			counts.put(stage, 0L);
		}
		this.jdbc.sql("select stage, count(*) as n from signatory group by stage").query((rs) -> {
			counts.put(Stage.valueOf(rs.getString("stage")), rs.getLong("n"));
		});
		return counts;
	}

	public List<AccountId> members(SignatoryId signatory) {
		return this.jdbc.sql("select account_id from signatory_member where signatory_id = :id order by added_at")
			.param("id", signatory.value())
			.query(UUID.class)
			.list()
			.stream()
			.map(AccountId::new)
			.toList();
	}

	public void addMember(SignatoryId signatory, AccountId account, Instant now) {
		this.jdbc.sql("insert into signatory_member (signatory_id, account_id, added_at) values (:s, :a, :now)")
			.param("s", signatory.value())
			.param("a", account.value())
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update();
	}

	/**
	 * Removes someone from those who act for an organisation.
	 * @return whether they were one of them
	 */
	public boolean removeMember(SignatoryId signatory, AccountId account) {
		return this.jdbc.sql("delete from signatory_member where signatory_id = :s and account_id = :a")
			.param("s", signatory.value())
			.param("a", account.value())
			.update() == 1;
	}

	/**
	 * Holds the organisation's row until the transaction ends, so that changes to who
	 * acts for it are made one at a time.
	 */
	public void lock(SignatoryId signatory) {
		this.jdbc.sql("select id from signatory where id = :id for update")
			.param("id", signatory.value())
			.query(UUID.class)
			.optional();
	}

	public void insert(Signatory s) {
		this.jdbc
			.sql("""
					insert into signatory (id, name, slug, sector, size, website, national, regions, could_offer, stage,
					  stage_changed_at, demo, created_at)
					values (:id, :name, :slug, :sector, :size, :website, :national, :regions::varchar[], :couldOffer, :stage,
					  :stageChangedAt, :demo, :createdAt)
					""")
			.param("id", s.id)
			.param("name", s.name)
			.param("slug", s.slug)
			.param("sector", s.sector.name())
			.param("size", s.size.name())
			.param("website", s.website)
			.param("national", s.national)
			.param("regions", regionsLiteral(s.regions))
			.param("couldOffer", s.couldOffer)
			.param("stage", s.stage.name())
			.param("stageChangedAt", OffsetDateTime.ofInstant(s.stageChangedAt, ZoneOffset.UTC))
			.param("demo", s.demo)
			.param("createdAt", OffsetDateTime.ofInstant(s.createdAt, ZoneOffset.UTC))
			.update();
	}

	public void update(Signatory s) {
		this.jdbc
			.sql("""
					update signatory set stage = :stage, stage_changed_at = :stageChangedAt, returned_reason = :returnedReason,
					  account_manager = :accountManager, intent_leader_name = :leaderName, intent_leader_role = :leaderRole,
					  intent_signed_on = :intentSignedOn, proforma_offer = :offer, proforma_first_opportunities = :first,
					  proforma_contact_phone = :phone, signed_on = :signedOn, version = version + 1
					where id = :id
					""")
			.param("id", s.id)
			.param("stage", s.stage.name())
			.param("stageChangedAt", OffsetDateTime.ofInstant(s.stageChangedAt, ZoneOffset.UTC))
			.param("returnedReason", s.returnedReason)
			.param("accountManager", (s.accountManager != null) ? s.accountManager.value() : null)
			.param("leaderName", s.intentLeaderName)
			.param("leaderRole", s.intentLeaderRole)
			.param("intentSignedOn", s.intentSignedOn)
			.param("offer", s.proformaOffer)
			.param("first", s.proformaFirstOpportunities)
			.param("phone", s.proformaContactPhone)
			.param("signedOn", s.signedOn)
			.update();
	}

	private static String regionsLiteral(List<RegionCode> regions) {
		return "{" + String.join(",", regions.stream().map(RegionCode::value).toList()) + "}";
	}

	private Signatory map(ResultSet rs, int row) throws SQLException {
		Signatory s = new Signatory(rs.getObject("id", UUID.class));
		s.name = rs.getString("name");
		s.slug = rs.getString("slug");
		s.sector = Sector.valueOf(rs.getString("sector"));
		s.size = Size.valueOf(rs.getString("size"));
		s.website = rs.getString("website");
		s.national = rs.getBoolean("national");
		Array regions = rs.getArray("regions");
		s.regions = (regions != null) ? Arrays.stream((String[]) regions.getArray()).map(RegionCode::new).toList()
				: List.of();
		s.couldOffer = rs.getString("could_offer");
		s.stage = Stage.valueOf(rs.getString("stage"));
		s.stageChangedAt = instant(rs.getTimestamp("stage_changed_at"));
		s.returnedReason = rs.getString("returned_reason");
		UUID manager = rs.getObject("account_manager", UUID.class);
		s.accountManager = (manager != null) ? new AccountId(manager) : null;
		s.intentLeaderName = rs.getString("intent_leader_name");
		s.intentLeaderRole = rs.getString("intent_leader_role");
		s.intentSignedOn = rs.getObject("intent_signed_on", LocalDate.class);
		s.proformaOffer = rs.getString("proforma_offer");
		s.proformaFirstOpportunities = rs.getString("proforma_first_opportunities");
		s.proformaContactPhone = rs.getString("proforma_contact_phone");
		s.signedOn = rs.getObject("signed_on", LocalDate.class);
		s.demo = rs.getBoolean("demo");
		s.createdAt = instant(rs.getTimestamp("created_at"));
		return s;
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
