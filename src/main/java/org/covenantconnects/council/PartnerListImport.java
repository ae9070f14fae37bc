package org.covenantconnects.council;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.covenantconnects.council.internal.CouncilNameMatcher;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.Places;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a published partner list in two steps: the match report, which changes nothing,
 * then, once a coordinator has confirmed or corrected every row that needs it, the
 * partnerships. Importing the same list again changes nothing.
 */
@Service
public class PartnerListImport {

	/** The value of the choice that leaves a row out. */
	public static final String LEAVE_OUT = "none";

	private final Places places;

	private final Councils councils;

	private final CouncilNameMatcher matcher;

	PartnerListImport(Places places, Councils councils) {
		this.places = places;
		this.councils = councils;
		this.matcher = new CouncilNameMatcher(places.localAuthorities());
	}

	/** How each name matches; nothing changes. */
	public List<NameMatch> report(List<String> names) {
		return this.matcher.match(names);
	}

	/** How many rows matched each way, in the order of the outcomes. */
	public static Map<MatchOutcome, Long> counts(List<NameMatch> report) {
		Map<MatchOutcome, Long> counts = new EnumMap<>(MatchOutcome.class);
		for (MatchOutcome outcome : MatchOutcome.values()) {
			counts.put(outcome, report.stream().filter((match) -> match.outcome() == outcome).count());
		}
		return counts;
	}

	/**
	 * What is wrong with the choices for the rows that need one, by row number, in words
	 * for the page; empty when every such row has a council or is left out.
	 * @param choices by row number: a council's id, {@link #LEAVE_OUT}, or blank
	 */
	public Map<Integer, String> problemsWith(List<NameMatch> report, Map<Integer, String> choices) {
		Map<Integer, String> problems = new LinkedHashMap<>();
		for (NameMatch match : report) {
			if (match.outcome().needsChoice() && chosen(choices.get(match.row())).isEmpty()
					&& !LEAVE_OUT.equals(choices.get(match.row()))) {
				problems.put(match.row(), "Choose the council for row %d, \"%s\", or leave it out"
					.formatted(match.row(), match.published()));
			}
		}
		return problems;
	}

	/**
	 * Records as partners the councils matched exactly or after cleaning and those chosen
	 * for the other rows, each with the import in its contact log; councils already
	 * partners stay as they are.
	 * @throws IllegalArgumentException if a row that needs a choice has none
	 */
	@Transactional
	public Result record(List<String> names, String listName, Map<Integer, String> choices, AccountId by) {
		List<NameMatch> report = report(names);
		if (!problemsWith(report, choices).isEmpty()) {
			throw new IllegalArgumentException("A row that needs a choice has none");
		}
		Map<LocalAuthorityId, String> councilsListed = new LinkedHashMap<>();
		int leftOut = 0;
		int duplicates = 0;
		for (NameMatch match : report) {
			Optional<LocalAuthority> council = switch (match.outcome()) {
				case EXACT, CLEANED -> Optional.of(match.council());
				case GUESS, AMBIGUOUS, NOT_MATCHED -> chosen(choices.get(match.row()));
				case DUPLICATE -> Optional.empty();
			};
			if (match.outcome() == MatchOutcome.DUPLICATE) {
				duplicates++;
			}
			else if (council.isEmpty()) {
				leftOut++;
			}
			else if (councilsListed.putIfAbsent(council.get().id(), match.published()) != null) {
				duplicates++;
			}
		}
		List<LocalAuthorityId> recorded = new ArrayList<>();
		councilsListed.forEach((council, publishedAs) -> {
			if (this.councils.recordFromList(council, listName, publishedAs, by)) {
				recorded.add(council);
			}
		});
		return new Result(recorded.size(), councilsListed.size() - recorded.size(), leftOut, duplicates);
	}

	private Optional<LocalAuthority> chosen(String choice) {
		if (choice == null || !choice.matches("\\d{1,4}")) {
			return Optional.empty();
		}
		return this.places.localAuthority(new LocalAuthorityId(Integer.parseInt(choice)));
	}

	/**
	 * What an import did.
	 *
	 * @param recorded councils that became partners
	 * @param alreadyPartners councils listed that were partners already
	 * @param leftOut rows a coordinator left out
	 * @param duplicates rows naming a council an earlier row named
	 */
	public record Result(int recorded, int alreadyPartners, int leftOut, int duplicates) {

	}

}
