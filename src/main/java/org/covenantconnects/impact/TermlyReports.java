package org.covenantconnects.impact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.covenantconnects.council.ApproachPart;
import org.covenantconnects.council.CouncilPartnership;
import org.covenantconnects.council.Councils;
import org.covenantconnects.council.WholeCouncilApproach;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.AccountSummary;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.institution.Institution;
import org.covenantconnects.institution.Institutions;
import org.covenantconnects.institution.Pillar;
import org.covenantconnects.institution.WholeInstitutionApproach;
import org.covenantconnects.platform.CountsAsOf;
import org.covenantconnects.signatory.Signatories;
import org.covenantconnects.signatory.SignatorySummary;
import org.covenantconnects.takeup.TakeUpsAsOf;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/**
 * The termly reports: one prepared from the figures as of a term's end, and issued ones,
 * each kept exactly as it was issued, versions and all (ADR 040). Who issued each and
 * when is kept with it and never changes: the record of issuing.
 */
@Service
public class TermlyReports {

	/** The longest narrative kept. */
	public static final int LONGEST_NARRATIVE = 10_000;

	/** How many signatories the highlights name, those that delivered most first. */
	public static final int SIGNATORIES_NAMED = 10;

	private static final Logger log = LoggerFactory.getLogger(TermlyReports.class);

	private final ImpactFigures figures;

	private final TakeUpsAsOf takeUps;

	private final Signatories signatories;

	private final Councils councils;

	private final Institutions institutions;

	private final Accounts accounts;

	private final JdbcClient jdbc;

	private final Clock clock;

	TermlyReports(ImpactFigures figures, TakeUpsAsOf takeUps, Signatories signatories, Councils councils,
			Institutions institutions, Accounts accounts, JdbcClient jdbc, Clock clock) {
		this.figures = figures;
		this.takeUps = takeUps;
		this.signatories = signatories;
		this.councils = councils;
		this.institutions = institutions;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The terms a report can be made for: every one that has begun, latest first. */
	public List<Term> terms() {
		return Term.upTo(this.figures.today());
	}

	/** Whether a report can be made for the term: it has begun. */
	public boolean canReportOn(Term term) {
		return term.year().startYear() >= FiscalYear.FIRST && !term.firstDay().isAfter(this.figures.today());
	}

	/**
	 * The report of a term as it would be issued now: its figures in all England as of
	 * the term's last day (or today, if the term has not ended), and the highlights as
	 * they stand.
	 */
	public TermlyReport prepare(Term term, String narrative) {
		Assert.isTrue(canReportOn(term), "a report is made for a term that has begun");
		ImpactFigures.Dashboard dashboard = this.figures.asOf(term.year(), term.lastDay(), Area.ENGLAND);
		List<TermlyReport.Figure> figures = new ArrayList<>();
		for (ImpactFigures.Figure figure : dashboard.figures()) {
			Indicator measure = figure.measure();
			Cadence cadence = measure.cadence();
			figures.add(new TermlyReport.Figure(measure.name(), measure.goal(), measure.title(), measure.shortName(),
					measure.definition(), (cadence != null) ? cadence.label() : null, figure.figure(), figure.note(),
					figure.target(), figure.expected(), figure.status(),
					figure.months()
						.stream()
						.map((m) -> new TermlyReport.Month(m.month(), m.figure(), m.trajectory()))
						.toList()));
		}
		return new TermlyReport(null, term, 0, dashboard.asOf(), narrative, Status.RULE, null, null, figures,
				delivered(term, dashboard.asOf()), councils(), institutions());
	}

	/**
	 * Issues a term's report with the coordinator's narrative: its next version, kept as
	 * it is now.
	 * @param by the coordinator, or {@code null} for demo data
	 */
	@Transactional
	public TermlyReport issue(Term term, String narrative, @Nullable AccountId by) {
		Assert.isTrue(!narrative.isBlank() && narrative.length() <= LONGEST_NARRATIVE,
				"a narrative has 1 to " + LONGEST_NARRATIVE + " characters");
		// One version number each, however many issue the same term at once.
		this.jdbc.sql("select pg_advisory_xact_lock(:key)")
			.param("key", 40_000_000L + term.year().startYear() * 10L + term.season().ordinal())
			.query((rs) -> {
			});
		TermlyReport prepared = prepare(term, narrative);
		int version = this.jdbc.sql("""
				select coalesce(max(version), 0) + 1 from impact_report where fiscal_year = :year and term = :term
				""")
			.param("year", term.year().startYear())
			.param("term", term.season().name())
			.query(Integer.class)
			.single();
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		this.jdbc
			.sql("""
					insert into impact_report (id, fiscal_year, term, version, as_of, narrative, status_rule, issued_by, issued_at)
					values (:id, :year, :term, :version, :asOf, :narrative, :rule, :by, :at)
					""")
			.param("id", id)
			.param("year", term.year().startYear())
			.param("term", term.season().name())
			.param("version", version)
			.param("asOf", prepared.asOf())
			.param("narrative", narrative)
			.param("rule", prepared.statusRule())
			.param("by", (by != null) ? by.value() : null, java.sql.Types.OTHER)
			.param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update();
		int position = 0;
		for (TermlyReport.Figure figure : prepared.figures()) {
			this.jdbc
				.sql("""
						insert into impact_report_figure (report_id, position, measure, goal, title, short_title, definition,
						  cadence, figure, note, target, expected, status)
						values (:id, :position, :measure, :goal, :title, :shortTitle, :definition, :cadence, :figure, :note,
						  :target, :expected, :status)
						""")
				.param("id", id)
				.param("position", position++)
				.param("measure", figure.measure())
				.param("goal", figure.goal())
				.param("title", figure.title())
				.param("shortTitle", figure.shortTitle())
				.param("definition", figure.definition())
				.param("cadence", figure.cadence(), java.sql.Types.VARCHAR)
				.param("figure", figure.figure(), java.sql.Types.BIGINT)
				.param("note", figure.note(), java.sql.Types.VARCHAR)
				.param("target", figure.target())
				.param("expected", figure.expected())
				.param("status", figure.status().name())
				.update();
			for (TermlyReport.Month month : figure.months()) {
				this.jdbc.sql("""
						insert into impact_report_month (report_id, measure, month, figure, trajectory)
						values (:id, :measure, :month, :figure, :trajectory)
						""")
					.param("id", id)
					.param("measure", figure.measure())
					.param("month", month.month().atDay(1))
					.param("figure", month.figure(), java.sql.Types.BIGINT)
					.param("trajectory", month.trajectory())
					.update();
			}
		}
		position = 0;
		for (TermlyReport.Delivered delivered : prepared.signatories()) {
			highlight(id, "SIGNATORY", position++, delivered.organisation(), delivered.inTerm(), delivered.inYear(), "",
					null);
		}
		position = 0;
		for (TermlyReport.Approach council : prepared.councils()) {
			highlight(id, "COUNCIL", position++, council.organisation(), council.done(), null, council.progress(),
					council.embedded());
		}
		position = 0;
		for (TermlyReport.Approach institution : prepared.institutions()) {
			highlight(id, "INSTITUTION", position++, institution.organisation(), institution.done(), null,
					institution.progress(), institution.embedded());
		}
		log.info("Termly report {} issued for {}, version {}", id, term.code(), version);
		return find(id).orElseThrow();
	}

	/** Every issued report, the latest issued first. */
	public List<Issued> issued() {
		List<Issued> issued = this.jdbc.sql("""
				select id, fiscal_year, term, version, as_of, issued_by, issued_at from impact_report
				order by issued_at desc, fiscal_year desc, term, version desc
				""")
			.query((rs, n) -> new Issued(rs.getObject("id", UUID.class), term(rs), rs.getInt("version"),
					rs.getObject("as_of", LocalDate.class), nameOf(rs.getObject("issued_by", UUID.class)),
					rs.getObject("issued_at", OffsetDateTime.class).toInstant()))
			.list();
		return issued;
	}

	/** An issued report, exactly as it was issued. */
	public Optional<TermlyReport> find(UUID id) {
		Optional<TermlyReport> head = this.jdbc.sql("""
				select id, fiscal_year, term, version, as_of, narrative, status_rule, issued_by, issued_at
				from impact_report where id = :id
				""")
			.param("id", id)
			.query((rs, n) -> new TermlyReport(id, term(rs), rs.getInt("version"),
					rs.getObject("as_of", LocalDate.class), rs.getString("narrative"), rs.getString("status_rule"),
					nameOf(rs.getObject("issued_by", UUID.class)),
					rs.getObject("issued_at", OffsetDateTime.class).toInstant(), List.of(), List.of(), List.of(),
					List.of()))
			.optional();
		if (head.isEmpty()) {
			return head;
		}
		Map<String, List<TermlyReport.Month>> months = new HashMap<>();
		this.jdbc.sql("""
				select measure, month, figure, trajectory from impact_report_month where report_id = :id
				order by measure, month
				""").param("id", id).query((rs) -> {
			months.computeIfAbsent(rs.getString("measure"), (m) -> new ArrayList<>())
				.add(new TermlyReport.Month(YearMonth.from(rs.getObject("month", LocalDate.class)),
						nullableLong(rs, "figure"), rs.getLong("trajectory")));
		});
		List<TermlyReport.Figure> figures = this.jdbc.sql("""
				select measure, goal, title, short_title, definition, cadence, figure, note, target, expected, status
				from impact_report_figure where report_id = :id order by position
				""")
			.param("id", id)
			.query((rs, n) -> new TermlyReport.Figure(rs.getString("measure"), rs.getBoolean("goal"),
					rs.getString("title"), rs.getString("short_title"), rs.getString("definition"),
					rs.getString("cadence"), nullableLong(rs, "figure"), rs.getString("note"), rs.getInt("target"),
					rs.getLong("expected"), Status.valueOf(rs.getString("status")),
					months.getOrDefault(rs.getString("measure"), List.of())))
			.list();
		List<TermlyReport.Delivered> delivered = new ArrayList<>();
		List<TermlyReport.Approach> councils = new ArrayList<>();
		List<TermlyReport.Approach> institutions = new ArrayList<>();
		this.jdbc.sql("""
				select kind, organisation, first_count, second_count, progress, embedded
				from impact_report_highlight where report_id = :id order by kind, position
				""").param("id", id).query((rs) -> {
			String kind = rs.getString("kind");
			if ("SIGNATORY".equals(kind)) {
				delivered.add(new TermlyReport.Delivered(rs.getString("organisation"), rs.getLong("first_count"),
						rs.getLong("second_count")));
			}
			else {
				(("COUNCIL".equals(kind)) ? councils : institutions)
					.add(new TermlyReport.Approach(rs.getString("organisation"), rs.getLong("first_count"),
							rs.getString("progress"), rs.getBoolean("embedded")));
			}
		});
		TermlyReport report = head.get();
		return Optional.of(new TermlyReport(id, report.term(), report.version(), report.asOf(), report.narrative(),
				report.statusRule(), report.issuedBy(), report.issuedAt(), figures, delivered, councils, institutions));
	}

	private void highlight(UUID id, String kind, int position, String organisation, long first, @Nullable Long second,
			String progress, @Nullable Boolean embedded) {
		this.jdbc.sql("""
				insert into impact_report_highlight (report_id, kind, position, organisation, first_count, second_count,
				  progress, embedded)
				values (:id, :kind, :position, :organisation, :first, :second, :progress, :embedded)
				""")
			.param("id", id)
			.param("kind", kind)
			.param("position", position)
			.param("organisation", organisation)
			.param("first", first)
			.param("second", second, java.sql.Types.BIGINT)
			.param("progress", progress)
			.param("embedded", embedded, java.sql.Types.BOOLEAN)
			.update();
	}

	/**
	 * The signatories that delivered most take-ups in the year to the day, and in the
	 * term.
	 */
	private List<TermlyReport.Delivered> delivered(Term term, LocalDate asOf) {
		Instant yearStart = CountsAsOf.endOf(term.year().firstDay().minusDays(1));
		Instant termStart = CountsAsOf.endOf(term.firstDay().minusDays(1));
		List<TermlyReport.Delivered> delivered = new ArrayList<>();
		this.takeUps.deliveredBySignatory(yearStart, termStart, CountsAsOf.endOf(asOf)).forEach((id, counts) -> {
			String name = this.signatories.find(id)
				.map(SignatorySummary::name)
				.orElse("An organisation no longer on Connects");
			delivered.add(new TermlyReport.Delivered(name, counts.inPart(), counts.inAll()));
		});
		return delivered.stream()
			.sorted(Comparator.comparingLong(TermlyReport.Delivered::inYear)
				.reversed()
				.thenComparing(Comparator.comparingLong(TermlyReport.Delivered::inTerm).reversed())
				.thenComparing(TermlyReport.Delivered::organisation))
			.limit(SIGNATORIES_NAMED)
			.toList();
	}

	/**
	 * Partner councils and any other that has begun the approach, those furthest on
	 * first.
	 */
	private List<TermlyReport.Approach> councils() {
		Map<org.covenantconnects.places.LocalAuthorityId, WholeCouncilApproach> approaches = this.councils.approaches();
		List<TermlyReport.Approach> councils = new ArrayList<>();
		for (CouncilPartnership partnership : this.councils.all()) {
			WholeCouncilApproach approach = approaches.get(partnership.council().id());
			boolean begun = approach != null && approach.progress()
				.values()
				.stream()
				.anyMatch((p) -> p.status() != org.covenantconnects.council.PartStatus.NOT_STARTED);
			if (approach == null || !(partnership.partner() || begun)) {
				continue;
			}
			List<ApproachPart> inPlace = approach.partsInPlace();
			String progress = inPlace.isEmpty() ? "No part in place yet" : ((inPlace.size() == 1) ? "Part " : "Parts ")
					+ joined(inPlace.stream().map((p) -> String.valueOf(p.number())).toList()) + " in place";
			councils.add(new TermlyReport.Approach(partnership.council().name(), inPlace.size(), progress,
					approach.embedded()));
		}
		return furthestFirst(councils);
	}

	/** Partner colleges and universities, those furthest on first. */
	private List<TermlyReport.Approach> institutions() {
		List<TermlyReport.Approach> institutions = new ArrayList<>();
		for (Institution institution : this.institutions.partners()) {
			WholeInstitutionApproach approach = this.institutions.approachOf(institution);
			List<String> met = new ArrayList<>();
			for (Pillar pillar : Pillar.values()) {
				if (approach.pillarMet(pillar)) {
					met.add(pillar.title().toLowerCase(Locale.UK));
				}
			}
			String pillars = met.isEmpty() ? "no pillar met yet"
					: joined(met) + ((met.size() == 1) ? " pillar met" : " pillars met");
			String progress = (institution.partnership().mouSigned() ? "Memorandum signed; " : "No memorandum yet; ")
					+ pillars;
			institutions.add(new TermlyReport.Approach(institution.name(), met.size(), progress, approach.embedded()));
		}
		return furthestFirst(institutions);
	}

	private static List<TermlyReport.Approach> furthestFirst(List<TermlyReport.Approach> approaches) {
		return approaches.stream()
			.sorted(Comparator.comparing(TermlyReport.Approach::embedded)
				.reversed()
				.thenComparing(Comparator.comparingLong(TermlyReport.Approach::done).reversed())
				.thenComparing(TermlyReport.Approach::organisation))
			.toList();
	}

	/** "1", "1 and 2", "1, 2 and 3". */
	private static String joined(List<String> words) {
		if (words.size() == 1) {
			return words.get(0);
		}
		return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
	}

	private @Nullable String nameOf(@Nullable UUID account) {
		if (account == null) {
			return null;
		}
		return this.accounts.find(new AccountId(account)).map(AccountSummary::displayName).orElse(null);
	}

	private static Term term(ResultSet rs) throws SQLException {
		return new Term(new FiscalYear(rs.getInt("fiscal_year")), Term.Season.valueOf(rs.getString("term")));
	}

	private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	/** An issued report in the list: its term, version and who issued it when. */
	public record Issued(UUID id, Term term, int version, LocalDate asOf, @Nullable String issuedBy, Instant issuedAt) {

	}

}
