package org.covenantconnects.careleaver.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.covenantconnects.careleaver.CareLeaverProfile;
import org.covenantconnects.careleaver.CareLeavers;
import org.covenantconnects.careleaver.ConfirmedCareLeaver;
import org.covenantconnects.careleaver.NewCareLeaver;
import org.covenantconnects.careleaver.Situation;
import org.covenantconnects.careleaver.YourDetails;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.opportunity.Category;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.RegionCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of care leavers' profiles. */
@Repository
public class CareLeaverRepository {

	private final JdbcClient jdbc;

	CareLeaverRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(AccountId account, NewCareLeaver answers, Instant now, boolean demo) {
		this.jdbc.sql("""
				insert into care_leaver (account_id, full_name, preferred_name, date_of_birth, local_authority_id,
				  region_code, interest_categories, interest_types, situation, ambitions, privacy_notice_accepted_at,
				  created_at, updated_at, demo, institution)
				values (:account, :fullName, :preferredName, :dateOfBirth, :council, :region, :categories::text[],
				  :types::text[], :situation, :ambitions, :now, :now, :now, :demo, :institution)
				""")
			.param("account", account.value())
			.param("fullName", answers.fullName().trim())
			.param("preferredName", blankToNull(answers.preferredName()))
			.param("dateOfBirth", answers.dateOfBirth())
			.param("council", answers.council().value())
			.param("region", answers.region().value())
			.param("categories", names(answers.categories()))
			.param("types", names(answers.types()))
			.param("situation", answers.situation().name())
			.param("ambitions", blankToNull(answers.ambitions()))
			.param("now", utc(now))
			.param("demo", demo)
			.param("institution", blankToNull(answers.institution()))
			.update();
	}

	public Optional<CareLeaverProfile> find(AccountId account) {
		return this.jdbc.sql("select * from care_leaver where account_id = :account")
			.param("account", account.value())
			.query(this::profile)
			.optional();
	}

	public void setOpenToSuggestions(AccountId account, boolean open, Instant now) {
		this.jdbc
			.sql("update care_leaver set open_to_suggestions = :open, updated_at = :now where account_id = :account")
			.param("open", open)
			.param("now", utc(now))
			.param("account", account.value())
			.update();
	}

	public void changeDetails(AccountId account, YourDetails details, Instant now) {
		this.jdbc.sql("""
				update care_leaver set preferred_name = :preferredName, region_code = :region,
				  interest_categories = :categories::text[], interest_types = :types::text[], situation = :situation,
				  institution = :institution, updated_at = :now
				where account_id = :account
				""")
			.param("account", account.value())
			.param("preferredName", blankToNull(details.preferredName()))
			.param("region", details.region().value())
			.param("categories", names(details.categories()))
			.param("types", names(details.types()))
			.param("situation", details.situation().name())
			.param("institution", blankToNull(details.institution()))
			.param("now", utc(now))
			.update();
	}

	/**
	 * One page of the profiles a search finds, by the name each person uses, with how
	 * many it finds in all.
	 */
	public Found search(CareLeavers.Search search, int page, int pageSize) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder where = new StringBuilder("where true");
		if (search.region() != null) {
			where.append(" and region_code = :region");
			params.put("region", search.region().value());
		}
		if (search.council() != null) {
			where.append(" and local_authority_id = :council");
			params.put("council", search.council().value());
		}
		if (search.name() != null && !search.name().isBlank()) {
			where.append(" and (full_name || ' ' || coalesce(preferred_name, '')) ilike :name escape '!'");
			params.put("name", "%" + like(search.name()) + "%");
		}
		if (search.institution() != null && !search.institution().isBlank()) {
			// Typed by the young person, so matched loosely: any part of the name, any
			// case.
			where.append(" and institution ilike :institution escape '!'");
			params.put("institution", "%" + like(search.institution()) + "%");
		}
		if (search.college() != null && !search.college().isBlank()) {
			where.append(" and lower(institution) = lower(:college)");
			params.put("college", search.college().strip());
		}
		if (search.onlyMatching()) {
			where.append(" and open_to_suggestions");
		}
		// The page is read in name order from an index (V057) and the total counted
		// apart: counting alongside the page made PostgreSQL read and sort every young
		// person the search found, for each page.
		long total = this.jdbc.sql("select count(*) from care_leaver " + where)
			.params(params)
			.query(Long.class)
			.single();
		params.put("limit", pageSize);
		params.put("offset", (long) (Math.max(1, page) - 1) * pageSize);
		List<CareLeaverProfile> people = (total == 0) ? List.of() : this.jdbc.sql("""
				select * from care_leaver %s
				order by lower(coalesce(preferred_name, full_name)), account_id
				limit :limit offset :offset
				""".formatted(where)).params(params).query(this::profile).list();
		return new Found(people, total);
	}

	/**
	 * Care leavers whose account is active and whose care experience is confirmed, with
	 * their date of birth and region.
	 */
	public List<ConfirmedCareLeaver> confirmedWithActiveAccounts() {
		return this.jdbc.sql("""
				select c.account_id, c.date_of_birth, c.region_code from care_leaver c
				join account a on a.id = c.account_id and a.status = 'ACTIVE'
				where c.care_experience_confirmed_at is not null
				""")
			.query((rs, i) -> new ConfirmedCareLeaver(new AccountId(rs.getObject("account_id", UUID.class)),
					rs.getObject("date_of_birth", LocalDate.class), new RegionCode(rs.getString("region_code"))))
			.list();
	}

	/** The profiles of those among these people who turned matching on. */
	public List<CareLeaverProfile> openToMatching(Collection<AccountId> accounts) {
		return this.jdbc.sql("select * from care_leaver where open_to_suggestions and account_id = any(:ids)")
			.param("ids", accounts.stream().map(AccountId::value).toArray(UUID[]::new))
			.query(this::profile)
			.list();
	}

	/**
	 * Hands each profile of someone who turned matching on to the reader, one at a time.
	 */
	public void eachOpenToMatching(Consumer<CareLeaverProfile> reader) {
		this.jdbc.sql("select * from care_leaver where open_to_suggestions").query((rs) -> {
			reader.accept(profile(rs, 0));
		});
	}

	/** A page of profiles, and how many the search found in all. */
	public record Found(List<CareLeaverProfile> people, long total) {

	}

	/**
	 * Text typed to search with, its LIKE wildcards made plain characters (escape '!').
	 */
	private static String like(String typed) {
		return typed.trim().replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}

	private CareLeaverProfile profile(ResultSet rs, int row) throws SQLException {
		return new CareLeaverProfile(new AccountId(rs.getObject("account_id", UUID.class)), rs.getString("full_name"),
				rs.getString("preferred_name"), rs.getObject("date_of_birth", LocalDate.class),
				new LocalAuthorityId(rs.getInt("local_authority_id")), new RegionCode(rs.getString("region_code")),
				strings(rs.getArray("interest_categories")).stream().map(Category::valueOf).collect(Collectors.toSet()),
				strings(rs.getArray("interest_types")).stream()
					.map(OpportunityType::valueOf)
					.collect(Collectors.toSet()),
				Situation.valueOf(rs.getString("situation")), rs.getString("ambitions"),
				rs.getBoolean("open_to_suggestions"), rs.getTimestamp("privacy_notice_accepted_at").toInstant(),
				rs.getTimestamp("created_at").toInstant(), rs.getString("institution"),
				instant(rs.getTimestamp("care_experience_confirmed_at")));
	}

	private static Instant instant(java.sql.Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

	/** A PostgreSQL array literal of enum names, which need no quoting. */
	private static String names(Collection<? extends Enum<?>> values) {
		return "{" + values.stream().map(Enum::name).sorted().collect(Collectors.joining(",")) + "}";
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : null;
	}

	/** Removes the person's profile. */
	public void erase(AccountId account) {
		this.jdbc.sql("delete from care_leaver where account_id = :account").param("account", account.value()).update();
	}

	/** Care leavers whom a council looked after. */
	public long countLookedAfterBy(LocalAuthorityId council) {
		return this.jdbc.sql("select count(*) from care_leaver where local_authority_id = :council")
			.param("council", council.value())
			.query(Long.class)
			.single();
	}

	/**
	 * Care leavers by the council that looked after them; councils with none are left
	 * out. Added up from the profiles the database keeps counted by month and council
	 * (ADR 057), which always equal counting the profiles as they are now.
	 */
	public Map<LocalAuthorityId, Long> countByCouncil() {
		Map<LocalAuthorityId, Long> counts = new HashMap<>();
		this.jdbc.sql("""
				select local_authority_id, sum(registered) as people from care_leaver_registered_by_council
				group by local_authority_id having sum(registered) > 0
				""").query((rs) -> {
			counts.put(new LocalAuthorityId(rs.getInt("local_authority_id")), rs.getLong("people"));
		});
		return counts;
	}

	public long countAtInstitution(String name) {
		return this.jdbc.sql("select count(*) from care_leaver where lower(institution) = lower(:name)")
			.param("name", name.strip())
			.query(Long.class)
			.single();
	}

	/** The care leavers whose college or university answer is the name, in any case. */
	public List<AccountId> atInstitution(String name) {
		return this.jdbc.sql("select account_id from care_leaver where lower(institution) = lower(:name)")
			.param("name", name.strip())
			.query((rs, i) -> new AccountId(rs.getObject(1, UUID.class)))
			.list();
	}

	/** Each college or university answer as given, with how many young people gave it. */
	public Map<String, Long> institutionAnswers() {
		Map<String, Long> answers = new HashMap<>();
		this.jdbc
			.sql("select institution, count(*) as people from care_leaver where institution is not null "
					+ "group by institution")
			.query((rs) -> {
				answers.put(rs.getString("institution"), rs.getLong("people"));
			});
		return answers;
	}

	/**
	 * Writes a college or university answer as another for everyone who gave exactly it.
	 * @return how many answers were written
	 */
	public int replaceInstitution(String answer, String name) {
		return this.jdbc.sql("update care_leaver set institution = :name where institution = :answer")
			.param("name", name)
			.param("answer", answer)
			.update();
	}

	/**
	 * Writes a college or university answer as another for everyone who gave it in any
	 * case.
	 * @return how many answers were written
	 */
	public int replaceInstitutionIgnoringCase(String answer, String name) {
		return this.jdbc
			.sql("update care_leaver set institution = :name where lower(institution) = lower(:answer) "
					+ "and institution <> :name")
			.param("name", name)
			.param("answer", answer)
			.update();
	}

}
