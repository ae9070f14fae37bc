package org.covenantconnects.institution;

import java.util.Arrays;
import java.util.List;

/**
 * The one rule that says whether an institution has embedded the Whole Institution
 * Approach, in words the pages show and in code, kept together so that they cannot drift
 * apart (ADR 032). It is what counts towards the Covenant's goal of 50 institutions.
 */
public final class InstitutionRules {

	/** What counts as embedded, in words. */
	public static final String EMBEDDED = "An institution has embedded the Whole Institution Approach when it is a "
			+ "partner with a signed memorandum of understanding, and each of the three pillars (student, employment, "
			+ "community) has at least one action done with its evidence recorded.";

	private InstitutionRules() {
	}

	/** Embedded: {@link #EMBEDDED}. */
	public static boolean embedded(Partnership partnership, List<PillarAction> actions) {
		return partnership.partner() && partnership.mouSigned()
				&& Arrays.stream(Pillar.values())
					.allMatch((pillar) -> actions.stream()
						.anyMatch((action) -> action.pillar() == pillar && action.doneWithEvidence()));
	}

}
