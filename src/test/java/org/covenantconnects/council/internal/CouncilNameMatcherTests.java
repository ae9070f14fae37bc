package org.covenantconnects.council.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.covenantconnects.council.MatchOutcome;
import org.covenantconnects.council.NameMatch;
import org.covenantconnects.council.PartnerListFile;
import org.covenantconnects.council.PartnerListImport;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.RegionCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matching rule over the real published list of 2025 (108 names) and the 153 councils
 * of the reference data, both read from the files the service uses.
 */
class CouncilNameMatcherTests {

	private static final List<LocalAuthority> COUNCILS = councils();

	private final CouncilNameMatcher matcher = new CouncilNameMatcher(COUNCILS);

	private final List<NameMatch> report = this.matcher.match(publishedList());

	@Test
	void theRealListHas108NamesAndEveryOneIsReported() {
		assertThat(COUNCILS).hasSize(153);
		assertThat(this.report).hasSize(108);
		assertThat(this.report).extracting(NameMatch::row)
			.containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 108).boxed().toList());
	}

	@Test
	void theRealListMatchesInTheseNumbers() {
		Map<MatchOutcome, Long> counts = PartnerListImport.counts(this.report);
		assertThat(counts).containsEntry(MatchOutcome.EXACT, 90L)
			.containsEntry(MatchOutcome.CLEANED, 16L)
			.containsEntry(MatchOutcome.GUESS, 1L)
			.containsEntry(MatchOutcome.AMBIGUOUS, 0L)
			.containsEntry(MatchOutcome.NOT_MATCHED, 0L)
			.containsEntry(MatchOutcome.DUPLICATE, 1L);
	}

	@Test
	void suffolksSecondRowIsADuplicateOfItsFirst() {
		List<NameMatch> suffolk = this.report.stream().filter((match) -> match.published().equals("Suffolk")).toList();
		assertThat(suffolk).hasSize(2);
		assertThat(suffolk.get(0).outcome()).isEqualTo(MatchOutcome.EXACT);
		assertThat(suffolk.get(1).outcome()).isEqualTo(MatchOutcome.DUPLICATE);
		assertThat(suffolk.get(1).duplicateOf()).isEqualTo(suffolk.get(0).row());
		assertThat(suffolk.get(1).council().name()).isEqualTo("Suffolk");
	}

	@Test
	void cambridegshireIsAGuessOfCambridgeshireWithItsScoreAndRunnerUp() {
		NameMatch match = only("Cambridegshire");
		assertThat(match.outcome()).isEqualTo(MatchOutcome.GUESS);
		assertThat(match.council().name()).isEqualTo("Cambridgeshire");
		assertThat(match.score()).isEqualTo(0.93);
		assertThat(match.runnerUp()).isNotNull();
		assertThat(match.score() - match.runnerUpScore()).isGreaterThanOrEqualTo(CouncilNameMatcher.CLEAR_BY);
	}

	@Test
	void bracketedNotesCityCouncilAmpersandsAndShortNamesAreCleanedAway() {
		assertThat(only("Birmingham (Children's Trust)")).extracting(NameMatch::outcome, (m) -> m.council().name())
			.containsExactly(MatchOutcome.CLEANED, "Birmingham");
		assertThat(only("Derby (EMCA)").council().name()).isEqualTo("Derby");
		assertThat(only("Nottingham City (EMCA)").council().name()).isEqualTo("Nottingham");
		assertThat(only("Nottinghamshire (EMCA)").council().name()).isEqualTo("Nottinghamshire");
		assertThat(only("Liverpool City Council").council().name()).isEqualTo("Liverpool");
		assertThat(only("Telford & Wrekin").council().name()).isEqualTo("Telford and Wrekin");
		assertThat(only("Hull").council().name()).isEqualTo("Kingston upon Hull");
		assertThat(only("Blackburn").council().name()).isEqualTo("Blackburn with Darwen");
		assertThat(only("Durham").council().name()).isEqualTo("County Durham");
		assertThat(only("St Helens").council().name()).isEqualTo("St. Helens");
		assertThat(only("Newcastle-upon-Tyne").council().name()).isEqualTo("Newcastle upon Tyne");
		assertThat(only("West Morland and Furness").council().name()).isEqualTo("Westmorland and Furness");
		assertThat(only("City of London")).extracting(NameMatch::outcome, (m) -> m.council().name())
			.containsExactly(MatchOutcome.EXACT, "City of London");
	}

	@Test
	void aNameCloseToTwoCouncilsIsAmbiguousAndAFarOneIsNotMatched() {
		List<NameMatch> matches = this.matcher.match(List.of("Northamptonshire", "Atlantis", "Cambridgeshire"));
		assertThat(matches.get(0).outcome()).isEqualTo(MatchOutcome.AMBIGUOUS);
		assertThat(List.of(matches.get(0).council().name(), matches.get(0).runnerUp().name()))
			.containsExactlyInAnyOrder("North Northamptonshire", "West Northamptonshire");
		assertThat(matches.get(1).outcome()).isEqualTo(MatchOutcome.NOT_MATCHED);
		assertThat(matches.get(1).score()).isLessThan(CouncilNameMatcher.GUESS_AT);
		assertThat(matches.get(2).outcome()).isEqualTo(MatchOutcome.EXACT);
	}

	@Test
	void aGuessOfACouncilAlreadyListedIsADuplicate() {
		List<NameMatch> matches = this.matcher.match(List.of("Cambridgeshire", "Cambridegshire"));
		assertThat(matches.get(1).outcome()).isEqualTo(MatchOutcome.DUPLICATE);
		assertThat(matches.get(1).duplicateOf()).isEqualTo(1);
	}

	private NameMatch only(String published) {
		return this.report.stream().filter((match) -> match.published().equals(published)).findFirst().orElseThrow();
	}

	static List<String> publishedList() {
		PartnerListFile.Reading reading = PartnerListFile.read(resource("/council/covenant-la-partners-2025.csv"));
		assertThat(reading.problem()).isNull();
		return reading.names();
	}

	/** The 153 councils as the migration that creates them lists them. */
	static List<LocalAuthority> councils() {
		String sql = new String(resource("/db/migration/places/V001__regions_and_local_authorities.sql"),
				StandardCharsets.UTF_8);
		Matcher row = Pattern.compile("\\((\\d+), '((?:[^']|'')*)', '([^']*)', '(E1200000\\d)'\\)").matcher(sql);
		List<LocalAuthority> councils = new ArrayList<>();
		while (row.find()) {
			councils.add(new LocalAuthority(new LocalAuthorityId(Integer.parseInt(row.group(1))),
					row.group(2).replace("''", "'"), row.group(3), new RegionCode(row.group(4))));
		}
		return councils;
	}

	private static byte[] resource(String path) {
		try (InputStream in = CouncilNameMatcherTests.class.getResourceAsStream(path)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
