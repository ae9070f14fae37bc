package org.covenantconnects.institution.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.covenantconnects.identity.AccountId;
import org.covenantconnects.institution.ActionStatus;
import org.covenantconnects.institution.Answer;
import org.covenantconnects.institution.Area;
import org.covenantconnects.institution.Institution;
import org.covenantconnects.institution.InstitutionChange;
import org.covenantconnects.institution.InstitutionDetails;
import org.covenantconnects.institution.InstitutionId;
import org.covenantconnects.institution.InstitutionKind;
import org.covenantconnects.institution.Offer;
import org.covenantconnects.institution.OfferAnswer;
import org.covenantconnects.institution.Partnership;
import org.covenantconnects.institution.Pillar;
import org.covenantconnects.institution.PillarAction;
import org.covenantconnects.places.RegionCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tables {@code institution}, {@code institution_action}, {@code institution_offer}
 * and {@code institution_change}.
 */
@Repository
public class InstitutionRepository {

	private static final String COLUMNS = """
			id, slug, name, kind, part_of_group, region_code, area, web_address, email_domains, partner,
			mou_signed_on, mou_review_on, mou_url, contact_name, contact_role, contact_email, coordinator_account_id
			""";

	private final JdbcClient jdbc;

	InstitutionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every institution, by name. */
	public List<Institution> all() {
		return this.jdbc.sql("select " + COLUMNS + " from institution order by name")
			.query((rs, i) -> institution(rs))
			.list();
	}

	public Optional<Institution> find(InstitutionId id) {
		return this.jdbc.sql("select " + COLUMNS + " from institution where id = :id")
			.param("id", id.value())
			.query((rs, i) -> institution(rs))
			.optional();
	}

	public Optional<Institution> bySlug(String slug) {
		return this.jdbc.sql("select " + COLUMNS + " from institution where slug = :slug")
			.param("slug", slug)
			.query((rs, i) -> institution(rs))
			.optional();
	}

	public boolean nameTaken(String name, InstitutionId except) {
		return this.jdbc.sql("select count(*) from institution where lower(name) = lower(:name) and id <> :except")
			.param("name", name)
			.param("except", (except != null) ? except.value() : new UUID(0, 0))
			.query(Long.class)
			.single() > 0;
	}

	public boolean slugTaken(String slug) {
		return this.jdbc.sql("select count(*) from institution where slug = :slug")
			.param("slug", slug)
			.query(Long.class)
			.single() > 0;
	}

	/** Locks the institution's row until the transaction ends. */
	public void lock(InstitutionId id) {
		this.jdbc.sql("select id from institution where id = :id for update").param("id", id.value()).query().rowSet();
	}

	public void insert(InstitutionId id, String slug, InstitutionDetails details, Instant now) {
		this.jdbc.sql("""
				insert into institution (id, slug, name, kind, part_of_group, region_code, area, web_address,
				  email_domains, updated_at)
				values (:id, :slug, :name, :kind, :group, :region, :area, :web, string_to_array(:domains, ' '), :now)
				""")
			.param("id", id.value())
			.param("slug", slug)
			.params(detailParams(details))
			.param("now", Timestamp.from(now))
			.update();
	}

	public void updateDetails(InstitutionId id, InstitutionDetails details, Instant now) {
		this.jdbc.sql("""
				update institution set name = :name, kind = :kind, part_of_group = :group, region_code = :region,
				  area = :area, web_address = :web, email_domains = string_to_array(:domains, ' '), updated_at = :now
				where id = :id
				""").param("id", id.value()).params(detailParams(details)).param("now", Timestamp.from(now)).update();
	}

	public void savePartnership(InstitutionId id, Partnership partnership, Instant now) {
		this.jdbc.sql("""
				update institution set partner = :partner, mou_signed_on = :signed, mou_review_on = :review,
				  mou_url = :url, contact_name = :contactName, contact_role = :contactRole,
				  contact_email = :contactEmail, coordinator_account_id = :coordinator, updated_at = :now
				where id = :id
				""")
			.param("id", id.value())
			.param("partner", partnership.partner())
			.param("signed", partnership.mouSignedOn())
			.param("review", partnership.mouReviewOn())
			.param("url", partnership.mouLink())
			.param("contactName", partnership.contactName())
			.param("contactRole", partnership.contactRole())
			.param("contactEmail", partnership.contactEmail())
			.param("coordinator", (partnership.coordinator() != null) ? partnership.coordinator().value() : null)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** An institution's actions, pillar by pillar, by due date. */
	public List<PillarAction> actions(InstitutionId id) {
		return this.jdbc.sql("""
				select id, pillar, action, owner, due_on, status, evidence, evidence_url from institution_action
				where institution_id = :id order by pillar, due_on, action
				""").param("id", id.value()).query((rs, i) -> action(rs)).list();
	}

	/** Every institution's actions. */
	public Map<InstitutionId, List<PillarAction>> allActions() {
		Map<InstitutionId, List<PillarAction>> all = new HashMap<>();
		this.jdbc.sql("""
				select institution_id, id, pillar, action, owner, due_on, status, evidence, evidence_url
				from institution_action order by pillar, due_on, action
				""").query((rs) -> {
			all.computeIfAbsent(new InstitutionId(rs.getObject("institution_id", UUID.class)),
					(key) -> new ArrayList<>())
				.add(action(rs));
		});
		return all;
	}

	public void saveAction(InstitutionId institution, PillarAction action, Instant now) {
		this.jdbc.sql("""
				insert into institution_action (id, institution_id, pillar, action, owner, due_on, status, evidence,
				  evidence_url, updated_at)
				values (:id, :institution, :pillar, :action, :owner, :due, :status, :evidence, :url, :now)
				on conflict (id) do update set action = excluded.action, owner = excluded.owner,
				  due_on = excluded.due_on, status = excluded.status, evidence = excluded.evidence,
				  evidence_url = excluded.evidence_url, updated_at = excluded.updated_at
				""")
			.param("id", action.id())
			.param("institution", institution.value())
			.param("pillar", action.pillar().name())
			.param("action", action.action())
			.param("owner", action.owner())
			.param("due", action.dueOn())
			.param("status", action.status().name())
			.param("evidence", action.evidence())
			.param("url", action.evidenceLink())
			.param("now", Timestamp.from(now))
			.update();
	}

	/** An institution's answers, by offer; offers never answered are left out. */
	public Map<Offer, OfferAnswer> offers(InstitutionId id) {
		Map<Offer, OfferAnswer> answers = new EnumMap<>(Offer.class);
		this.jdbc.sql("""
				select offer, answer, sentence, amount_pence, published_contact_name, published_contact_email
				from institution_offer where institution_id = :id
				""").param("id", id.value()).query((rs) -> {
			OfferAnswer answer = offer(rs);
			answers.put(answer.offer(), answer);
		});
		return answers;
	}

	/** Every institution's answers, by offer; offers never answered are left out. */
	public Map<InstitutionId, Map<Offer, OfferAnswer>> allOffers() {
		Map<InstitutionId, Map<Offer, OfferAnswer>> all = new HashMap<>();
		this.jdbc.sql("""
				select institution_id, offer, answer, sentence, amount_pence, published_contact_name,
				  published_contact_email
				from institution_offer
				""").query((rs) -> {
			OfferAnswer answer = offer(rs);
			all.computeIfAbsent(new InstitutionId(rs.getObject("institution_id", UUID.class)),
					(key) -> new EnumMap<>(Offer.class))
				.put(answer.offer(), answer);
		});
		return all;
	}

	public void saveOffer(InstitutionId id, OfferAnswer answer, Instant now) {
		this.jdbc.sql("""
				insert into institution_offer (institution_id, offer, answer, sentence, amount_pence,
				  published_contact_name, published_contact_email, updated_at)
				values (:id, :offer, :answer, :sentence, :amount, :name, :email, :now)
				on conflict (institution_id, offer) do update set answer = excluded.answer,
				  sentence = excluded.sentence, amount_pence = excluded.amount_pence,
				  published_contact_name = excluded.published_contact_name,
				  published_contact_email = excluded.published_contact_email, updated_at = excluded.updated_at
				""")
			.param("id", id.value())
			.param("offer", answer.offer().name())
			.param("answer", answer.answer().name())
			.param("sentence", answer.sentence())
			.param("amount", answer.amountPence())
			.param("name", answer.contactName())
			.param("email", answer.contactEmail())
			.param("now", Timestamp.from(now))
			.update();
	}

	public void recordChange(InstitutionId id, AccountId by, String what, Instant now) {
		this.jdbc.sql("""
				insert into institution_change (institution_id, changed_by, changed_at, what)
				values (:id, :by, :now, :what)
				""")
			.param("id", id.value())
			.param("by", (by != null) ? by.value() : null)
			.param("now", Timestamp.from(now))
			.param("what", what)
			.update();
	}

	/** An institution's changes, latest first. */
	public List<InstitutionChange> changes(InstitutionId id) {
		return this.jdbc.sql("""
				select changed_at, changed_by, what from institution_change where institution_id = :id
				order by changed_at desc, id desc
				""")
			.param("id", id.value())
			.query((rs, i) -> new InstitutionChange(rs.getTimestamp("changed_at").toInstant(),
					(rs.getObject("changed_by") != null) ? new AccountId(rs.getObject("changed_by", UUID.class)) : null,
					rs.getString("what")))
			.list();
	}

	/**
	 * Forgets an account that is being erased: as the coordinator assigned to
	 * institutions, and as who made their changes (the changes stay).
	 */
	public void forget(AccountId account) {
		this.jdbc.sql("update institution set coordinator_account_id = null where coordinator_account_id = :account")
			.param("account", account.value())
			.update();
		this.jdbc.sql("update institution_change set changed_by = null where changed_by = :account")
			.param("account", account.value())
			.update();
	}

	private static Map<String, Object> detailParams(InstitutionDetails details) {
		Map<String, Object> params = new HashMap<>();
		params.put("name", details.name());
		params.put("kind", details.kind().name());
		params.put("group", details.group());
		params.put("region", details.region().value());
		params.put("area", details.area().name());
		params.put("web", details.webAddress());
		// Domains hold no spaces, so they travel as one string.
		params.put("domains", String.join(" ", details.emailDomains()));
		return params;
	}

	private static Institution institution(ResultSet rs) throws SQLException {
		Array domains = rs.getArray("email_domains");
		InstitutionDetails details = new InstitutionDetails(rs.getString("name"),
				InstitutionKind.valueOf(rs.getString("kind")), rs.getString("part_of_group"),
				new RegionCode(rs.getString("region_code")), Area.valueOf(rs.getString("area")),
				rs.getString("web_address"), (domains != null) ? List.of((String[]) domains.getArray()) : List.of());
		UUID coordinator = rs.getObject("coordinator_account_id", UUID.class);
		Partnership partnership = new Partnership(rs.getBoolean("partner"), date(rs, "mou_signed_on"),
				date(rs, "mou_review_on"), rs.getString("mou_url"), rs.getString("contact_name"),
				rs.getString("contact_role"), rs.getString("contact_email"),
				(coordinator != null) ? new AccountId(coordinator) : null);
		return new Institution(new InstitutionId(rs.getObject("id", UUID.class)), rs.getString("slug"), details,
				partnership);
	}

	private static PillarAction action(ResultSet rs) throws SQLException {
		return new PillarAction(rs.getObject("id", UUID.class), Pillar.valueOf(rs.getString("pillar")),
				rs.getString("action"), rs.getString("owner"), date(rs, "due_on"),
				ActionStatus.valueOf(rs.getString("status")), rs.getString("evidence"), rs.getString("evidence_url"));
	}

	private static OfferAnswer offer(ResultSet rs) throws SQLException {
		return new OfferAnswer(Offer.valueOf(rs.getString("offer")), Answer.valueOf(rs.getString("answer")),
				rs.getString("sentence"), (Long) rs.getObject("amount_pence"), rs.getString("published_contact_name"),
				rs.getString("published_contact_email"));
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		java.sql.Date date = rs.getDate(column);
		return (date != null) ? date.toLocalDate() : null;
	}

}
