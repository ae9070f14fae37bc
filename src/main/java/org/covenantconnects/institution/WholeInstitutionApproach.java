package org.covenantconnects.institution;

import java.util.List;

/**
 * Where an institution is with the Whole Institution Approach: its action plans, pillar
 * by pillar, and whether it has embedded it by {@link InstitutionRules#EMBEDDED}.
 */
public record WholeInstitutionApproach(Partnership partnership, List<PillarAction> actions) {

	public WholeInstitutionApproach {
		actions = List.copyOf(actions);
	}

	/** A pillar's actions, by due date. */
	public List<PillarAction> of(Pillar pillar) {
		return this.actions.stream().filter((action) -> action.pillar() == pillar).toList();
	}

	/** Whether the pillar has an action done with evidence. */
	public boolean pillarMet(Pillar pillar) {
		return of(pillar).stream().anyMatch(PillarAction::doneWithEvidence);
	}

	public boolean embedded() {
		return InstitutionRules.embedded(this.partnership, this.actions);
	}

}
