package org.covenantconnects.institution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one rule for an institution that has embedded the Whole Institution Approach. */
class InstitutionRulesTests {

	private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

	private static final Partnership SIGNED = new Partnership(true, DAY, DAY.plusYears(2), null, null, null, null,
			null);

	@Test
	void aSignedPartnerWithAnActionDoneWithEvidenceInEveryPillarHasEmbeddedIt() {
		assertThat(InstitutionRules.embedded(SIGNED, everyPillarDone())).isTrue();
	}

	@Test
	void aPillarWithoutAnActionDoneWithEvidenceIsNotEnough() {
		List<PillarAction> actions = new ArrayList<>(everyPillarDone());
		actions.removeIf((action) -> action.pillar() == Pillar.COMMUNITY);
		actions.add(action(Pillar.COMMUNITY, ActionStatus.IN_PROGRESS, "Started"));
		actions.add(action(Pillar.COMMUNITY, ActionStatus.DONE, null));
		assertThat(InstitutionRules.embedded(SIGNED, actions)).isFalse();
	}

	@Test
	void withoutASignedMemorandumOrAsANonPartnerItIsNotEmbedded() {
		assertThat(InstitutionRules.embedded(new Partnership(true, null, null, null, null, null, null, null),
				everyPillarDone()))
			.isFalse();
		assertThat(InstitutionRules.embedded(Partnership.none(), everyPillarDone())).isFalse();
	}

	@Test
	void theRuleInWordsNamesWhatTheCodeChecks() {
		assertThat(InstitutionRules.EMBEDDED).contains("signed memorandum of understanding", "student", "employment",
				"community", "done with its evidence");
	}

	private static List<PillarAction> everyPillarDone() {
		return List.of(action(Pillar.STUDENT, ActionStatus.DONE, "Contacts named"),
				action(Pillar.EMPLOYMENT, ActionStatus.DONE, "Placements ring-fenced"),
				action(Pillar.COMMUNITY, ActionStatus.DONE, "Clubs free"));
	}

	private static PillarAction action(Pillar pillar, ActionStatus status, String evidence) {
		return new PillarAction(UUID.randomUUID(), pillar, "An action", "Student services", DAY, status, evidence,
				null);
	}

}
