package org.covenantconnects.institution;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.AdminAction;
import org.covenantconnects.institution.InstitutionListFile.Column;
import org.covenantconnects.institution.InstitutionListFile.ListedRow;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.Region;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.platform.CsvCells;
import org.covenantconnects.platform.WebAddresses;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a list of colleges and universities in two steps (ADR 033): the report, which
 * changes nothing and says of each row whether it will be added, will update an
 * institution (and what changes), leaves one unchanged, or is refused and why; then, once
 * a coordinator confirms a report with no row refused, the whole list in one transaction,
 * each change in the institution's history and the import in the audit log. A row matches
 * an institution whose name is the same by {@link InstitutionNames}; a cell left empty
 * keeps what the institution has.
 */
@Service
@SuppressFBWarnings(value = "IMPROPER_UNICODE",
		justification = "The kind, region and area a file names are compared with their short lists only to read them")
public class InstitutionListImport {

	private static final int LONGEST_NAME = 100;

	private static final int LONGEST_GROUP = 200;

	private final Institutions institutions;

	private final Places places;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	InstitutionListImport(Institutions institutions, Places places, ApplicationEventPublisher events, Clock clock) {
		this.institutions = institutions;
		this.places = places;
		this.events = events;
		this.clock = clock;
	}

	/** What importing the rows would do; nothing changes. */
	public List<ImportLine> report(List<ListedRow> rows) {
		List<Institution> all = this.institutions.all();
		Map<String, List<Institution>> byKey = new HashMap<>();
		for (Institution institution : all) {
			byKey.computeIfAbsent(InstitutionNames.key(institution.name()), (key) -> new ArrayList<>())
				.add(institution);
		}
		Map<String, Integer> firstRow = new HashMap<>();
		List<ImportLine> lines = new ArrayList<>();
		for (ListedRow row : rows) {
			lines.add(line(row, byKey, firstRow));
		}
		return List.copyOf(lines);
	}

	/** How many rows will go each way, in the order of the outcomes. */
	public static Map<ImportOutcome, Long> counts(List<ImportLine> report) {
		Map<ImportOutcome, Long> counts = new EnumMap<>(ImportOutcome.class);
		for (ImportOutcome outcome : ImportOutcome.values()) {
			counts.put(outcome, report.stream().filter((line) -> line.outcome() == outcome).count());
		}
		return counts;
	}

	/**
	 * A short text that changes whenever the report does, to tell that the institutions
	 * changed between the report a coordinator read and their confirming it.
	 */
	public static String fingerprint(List<ImportLine> report) {
		String all = report.stream()
			.map((line) -> line.row() + line.outcome().name() + line.name() + line.changes() + line.problems())
			.collect(Collectors.joining("|"));
		return Integer.toHexString(all.hashCode());
	}

	/**
	 * Imports the rows in one transaction, if the report is still the one a coordinator
	 * read and refuses no row; otherwise changes nothing.
	 * @param fileName the file's name, kept in each change and in the audit log
	 * @param fingerprint the {@link #fingerprint} of the report the coordinator read
	 * @return what was done, or empty when the report has changed or refuses a row
	 */
	@Transactional
	public Optional<Result> apply(List<ListedRow> rows, String fileName, String fingerprint, AccountId by) {
		List<ImportLine> report = report(rows);
		if (!fingerprint(report).equals(fingerprint)
				|| report.stream().anyMatch((line) -> line.outcome() == ImportOutcome.REFUSED)) {
			return Optional.empty();
		}
		String from = " (from the imported list " + fileName + ")";
		for (ImportLine line : report) {
			if (line.outcome() == ImportOutcome.ADD) {
				Institution added = this.institutions.add(line.details(), by, from);
				if (line.partner()) {
					this.institutions.updatePartnership(added.id(), withPartner(added.partnership(), true), by, from);
				}
			}
			else if (line.outcome() == ImportOutcome.UPDATE) {
				Institution before = this.institutions.find(line.institution()).orElseThrow();
				this.institutions.updateDetails(before.id(), line.details(), by, from);
				if (before.partnership().partner() != line.partner()) {
					this.institutions.updatePartnership(before.id(), withPartner(before.partnership(), line.partner()),
							by, from);
				}
			}
		}
		Map<ImportOutcome, Long> counts = counts(report);
		Result result = new Result(counts.get(ImportOutcome.ADD).intValue(),
				counts.get(ImportOutcome.UPDATE).intValue(), counts.get(ImportOutcome.UNCHANGED).intValue());
		this.events
			.publishEvent(new AdminAction(
					by, "Imported a list of colleges and universities", null, "%s: %d added, %d updated, %d unchanged"
						.formatted(fileName, result.added(), result.updated(), result.unchanged()),
					this.clock.instant()));
		return Optional.of(result);
	}

	private ImportLine line(ListedRow row, Map<String, List<Institution>> byKey, Map<String, Integer> firstRow) {
		String name = row.cell(Column.NAME);
		if (row.problem() != null) {
			return ImportLine.refused(row.row(), name, List.of(row.problem()));
		}
		List<String> problems = new ArrayList<>();
		for (Column column : Column.values()) {
			String cell = row.cell(column);
			// An email domain may be written with its "@", which is then left out
			if (column != Column.EMAIL_DOMAINS && CsvCells.looksLikeFormula(cell)) {
				problems.add("The %s starts with \"%s\", which a spreadsheet runs as a formula"
					.formatted(column.heading().replace('_', ' '), cell.substring(0, 1)));
			}
		}
		Institution existing = null;
		String key = InstitutionNames.key(name);
		if (name.isEmpty()) {
			problems.add("The name is missing");
		}
		else if (name.length() > LONGEST_NAME) {
			problems.add("The name must be %d characters or fewer".formatted(LONGEST_NAME));
		}
		else if (key.isEmpty()) {
			problems.add("The name must have letters or digits");
		}
		else {
			Integer earlier = firstRow.putIfAbsent(key, row.row());
			List<Institution> matches = byKey.getOrDefault(key, List.of());
			if (earlier != null) {
				problems.add("The same institution as row %d".formatted(earlier));
			}
			else if (matches.size() > 1) {
				problems.add("The name matches more than one institution on Connects: "
						+ matches.stream().map(Institution::name).collect(Collectors.joining(" and ")));
			}
			else if (matches.size() == 1) {
				existing = matches.get(0);
			}
		}
		Optional<InstitutionDetails> was = Optional.ofNullable(existing).map(Institution::details);
		InstitutionKind kind = kind(row.cell(Column.KIND), was.map(InstitutionDetails::kind), problems);
		String group = row.cell(Column.GROUP).isEmpty() ? was.map(InstitutionDetails::group).orElse(null)
				: row.cell(Column.GROUP);
		if (group != null && group.length() > LONGEST_GROUP) {
			problems.add("The group must be %d characters or fewer".formatted(LONGEST_GROUP));
		}
		RegionCode region = region(row.cell(Column.REGION), was.map(InstitutionDetails::region), problems);
		Area area = area(row.cell(Column.AREA), was.map(InstitutionDetails::area), problems);
		String web = row.cell(Column.WEB_ADDRESS).isEmpty() ? was.map(InstitutionDetails::webAddress).orElse(null)
				: row.cell(Column.WEB_ADDRESS);
		if (!row.cell(Column.WEB_ADDRESS).isEmpty() && !WebAddresses.isWebAddress(web)) {
			problems.add("The web address \"%s\" is not a web address like https://www.example.ac.uk".formatted(web));
		}
		List<String> domains = domains(row.cell(Column.EMAIL_DOMAINS), was.map(InstitutionDetails::emailDomains),
				problems);
		boolean partnerBefore = existing != null && existing.partnership().partner();
		boolean partner = partner(row.cell(Column.PARTNER), partnerBefore, problems);
		if (existing != null && !partner && existing.partnership().mouSigned()) {
			problems.add("Partner is no, but it has signed a memorandum of understanding: change its partnership "
					+ "on its own page");
		}
		if (!problems.isEmpty()) {
			return ImportLine.refused(row.row(), name, problems);
		}
		InstitutionDetails details = new InstitutionDetails(name, kind, group, region, area, web, domains);
		if (existing == null) {
			List<String> summary = new ArrayList<>();
			summary.add(kind.label());
			summary.add(regionName(region) + ", " + area.label());
			if (partner) {
				summary.add("A partner");
			}
			return new ImportLine(row.row(), name, ImportOutcome.ADD, null, null, summary, List.of(), details, partner);
		}
		List<String> changes = new ArrayList<>(Institutions.differences(existing.details(), details));
		if (partner != partnerBefore) {
			changes.add(partner ? "Recorded as a partner" : "Recorded as not a partner");
		}
		return new ImportLine(row.row(), name, changes.isEmpty() ? ImportOutcome.UNCHANGED : ImportOutcome.UPDATE,
				existing.id(), existing.name(), changes, List.of(), details, partner);
	}

	private static InstitutionKind kind(String cell, Optional<InstitutionKind> was, List<String> problems) {
		if (cell.isEmpty()) {
			if (was.isEmpty()) {
				problems.add("The kind is missing: enter FE or HE");
			}
			return was.orElse(null);
		}
		String wanted = cell.toUpperCase(Locale.ROOT);
		Optional<InstitutionKind> kind = Arrays.stream(InstitutionKind.values())
			.filter((k) -> k.name().equals(wanted) || InstitutionNames.same(k.label(), cell))
			.findFirst();
		if (kind.isEmpty()) {
			problems.add("The kind \"%s\" is not known: enter FE or HE".formatted(cell));
		}
		return kind.orElse(null);
	}

	private RegionCode region(String cell, Optional<RegionCode> was, List<String> problems) {
		if (cell.isEmpty()) {
			if (was.isEmpty()) {
				problems.add("The region is missing: enter a region of England, such as North East");
			}
			return was.orElse(null);
		}
		Optional<RegionCode> region = this.places.regions()
			.stream()
			.filter((r) -> r.code().value().equalsIgnoreCase(cell) || InstitutionNames.same(r.name(), cell))
			.map(Region::code)
			.findFirst();
		if (region.isEmpty()) {
			problems
				.add("The region \"%s\" is not known: enter a region of England, such as North East".formatted(cell));
		}
		return region.orElse(null);
	}

	private static Area area(String cell, Optional<Area> was, List<String> problems) {
		if (cell.isEmpty()) {
			if (was.isEmpty()) {
				problems.add("The area is missing: enter North, Midlands or South");
			}
			return was.orElse(null);
		}
		Optional<Area> area = Arrays.stream(Area.values())
			.filter((a) -> a.label().equalsIgnoreCase(cell.strip()))
			.findFirst();
		if (area.isEmpty()) {
			problems.add("The area \"%s\" is not known: enter North, Midlands or South".formatted(cell));
		}
		return area.orElse(null);
	}

	private static List<String> domains(String cell, Optional<List<String>> was, List<String> problems) {
		if (cell.isEmpty()) {
			return was.orElse(List.of());
		}
		List<String> domains = Stream.of(cell.toLowerCase(Locale.ROOT).split("[\\s,;]+"))
			.map((d) -> d.startsWith("@") ? d.substring(1) : d)
			.filter((d) -> !d.isEmpty())
			.distinct()
			.toList();
		for (String domain : domains) {
			if (!WebAddresses.isDomainName(domain)) {
				problems.add("The email domain \"%s\" is not a domain like ncl-coll.ac.uk".formatted(domain));
			}
		}
		return domains;
	}

	private static boolean partner(String cell, boolean was, List<String> problems) {
		String answer = cell.toLowerCase(Locale.ROOT);
		if (answer.isEmpty()) {
			return was;
		}
		if ("yes".equals(answer) || "y".equals(answer)) {
			return true;
		}
		if ("no".equals(answer) || "n".equals(answer)) {
			return false;
		}
		problems.add("Partner \"%s\" must be yes or no".formatted(cell));
		return was;
	}

	private String regionName(RegionCode code) {
		return this.places.region(code).map(Region::name).orElse(code.value());
	}

	private static Partnership withPartner(Partnership p, boolean partner) {
		return new Partnership(partner, p.mouSignedOn(), p.mouReviewOn(), p.mouLink(), p.contactName(), p.contactRole(),
				p.contactEmail(), p.coordinator());
	}

	/** What a row of the list will do. */
	public enum ImportOutcome {

		ADD("Will be added"), UPDATE("Will update"), UNCHANGED("Unchanged"), REFUSED("Refused");

		private final String label;

		ImportOutcome(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	/**
	 * One row of the report.
	 *
	 * @param row the row's number in the file
	 * @param name the name as the file writes it
	 * @param institution the institution it updates or leaves unchanged, or {@code null}
	 * @param institutionName that institution's name as listed now, or {@code null}
	 * @param changes what changes, in words; for a row added, what it will be
	 * @param problems why a refused row is refused, in words
	 * @param details the details once imported, or {@code null} when refused
	 * @param partner whether it is a partner once imported
	 */
	public record ImportLine(int row, String name, ImportOutcome outcome, InstitutionId institution,
			String institutionName, List<String> changes, List<String> problems, InstitutionDetails details,
			boolean partner) {

		public ImportLine {
			changes = List.copyOf(changes);
			problems = List.copyOf(problems);
		}

		static ImportLine refused(int row, String name, List<String> problems) {
			return new ImportLine(row, name, ImportOutcome.REFUSED, null, null, List.of(), problems, null, false);
		}

	}

	/** What an import did: how many institutions were added, updated and unchanged. */
	public record Result(int added, int updated, int unchanged) {

	}

}
