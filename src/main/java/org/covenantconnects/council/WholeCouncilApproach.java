package org.covenantconnects.council;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.covenantconnects.places.LocalAuthorityId;

/**
 * Where one council is with the Whole Council Approach: each part's progress and facts,
 * and the counts Connects holds for part 1.
 *
 * @param progress every part's progress; a part never recorded is not started
 * @param advisersOnConnects verified personal advisers from the council on Connects
 * @param careLeaversOnConnects care leavers looked after by the council on Connects
 */
public record WholeCouncilApproach(LocalAuthorityId council, Map<ApproachPart, PartProgress> progress,
		PartFacts.Awareness awareness, PartFacts.TaxExemption taxExemption,
		PartFacts.TrainingAndEmployment trainingAndEmployment, PartFacts.SocialValuePolicy socialValuePolicy,
		PartFacts.EconomicDevelopment economicDevelopment, long advisersOnConnects, long careLeaversOnConnects) {

	public WholeCouncilApproach {
		Map<ApproachPart, PartProgress> every = new EnumMap<>(ApproachPart.class);
		for (ApproachPart part : ApproachPart.values()) {
			every.put(part, progress.getOrDefault(part, PartProgress.NOT_STARTED));
		}
		progress = Map.copyOf(every);
	}

	/** A council that has recorded nothing. */
	public static WholeCouncilApproach nothingRecorded(LocalAuthorityId council, long advisersOnConnects,
			long careLeaversOnConnects) {
		return new WholeCouncilApproach(council, Map.of(), PartFacts.Awareness.NONE, PartFacts.TaxExemption.NONE,
				PartFacts.TrainingAndEmployment.NONE, PartFacts.SocialValuePolicy.NONE,
				PartFacts.EconomicDevelopment.NONE, advisersOnConnects, careLeaversOnConnects);
	}

	public PartProgress progressOf(ApproachPart part) {
		return this.progress.get(part);
	}

	public PartStatus statusOf(ApproachPart part) {
		return progressOf(part).status();
	}

	public PartFacts factsOf(ApproachPart part) {
		return switch (part) {
			case RAISING_AWARENESS -> this.awareness;
			case COUNCIL_TAX_EXEMPTION -> this.taxExemption;
			case TRAINING_AND_EMPLOYMENT -> this.trainingAndEmployment;
			case SOCIAL_VALUE_POLICY -> this.socialValuePolicy;
			case ECONOMIC_DEVELOPMENT -> this.economicDevelopment;
		};
	}

	/** The parts in place, in order. */
	public List<ApproachPart> partsInPlace() {
		return Arrays.stream(ApproachPart.values()).filter((part) -> progressOf(part).inPlace()).toList();
	}

	/**
	 * The verified personal advisers on Connects as a whole percentage of those the
	 * council employs (rounded down), or empty when the council has not told us how many
	 * it employs.
	 */
	public Optional<Integer> coveragePercent() {
		Integer employed = this.awareness.personalAdvisers();
		if (employed == null || employed == 0) {
			return Optional.empty();
		}
		return Optional.of((int) Math.min(999, this.advisersOnConnects * 100 / employed));
	}

	/** Whether part 1's minimum is met, by {@link ApproachRules#MINIMUM}. */
	public boolean minimumMet() {
		return ApproachRules.minimumMet(this);
	}

	/**
	 * Whether the council has embedded the approach, by {@link ApproachRules#EMBEDDED}.
	 */
	public boolean embedded() {
		return ApproachRules.embedded(this);
	}

}
