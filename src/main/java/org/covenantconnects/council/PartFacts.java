package org.covenantconnects.council;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.covenantconnects.signatory.SignatoryId;

/**
 * The facts a council records about one part of the Whole Council Approach, besides its
 * status, date and evidence. Any fact may be {@code null}: not recorded.
 */
public sealed interface PartFacts {

	/** Words for a fact that is not recorded. */
	String NOT_RECORDED = "Not recorded";

	ApproachPart part();

	/**
	 * Each fact in words, by its name, in the order the pages show them.
	 * @param signatoryName the name of an organisation that has signed the Covenant
	 */
	Map<String, String> described(Function<SignatoryId, String> signatoryName);

	/**
	 * Part 1.
	 *
	 * @param personalAdvisers how many personal advisers the council employs, as it told
	 * us
	 */
	record Awareness(Integer personalAdvisers) implements PartFacts {

		public static final Awareness NONE = new Awareness(null);

		@Override
		public ApproachPart part() {
			return ApproachPart.RAISING_AWARENESS;
		}

		@Override
		public Map<String, String> described(Function<SignatoryId, String> signatoryName) {
			Map<String, String> facts = new LinkedHashMap<>();
			facts.put("Personal advisers the council employs", FactWords.number(this.personalAdvisers));
			return facts;
		}

	}

	/**
	 * Part 2.
	 *
	 * @param offered whether care leavers are exempt from council tax
	 * @param upToAge the age up to which they are exempt (up to and including it)
	 * @param since when the exemption began
	 */
	record TaxExemption(Boolean offered, Integer upToAge, LocalDate since) implements PartFacts {

		public static final TaxExemption NONE = new TaxExemption(null, null, null);

		@Override
		public ApproachPart part() {
			return ApproachPart.COUNCIL_TAX_EXEMPTION;
		}

		public boolean isOffered() {
			return Boolean.TRUE.equals(this.offered);
		}

		@Override
		public Map<String, String> described(Function<SignatoryId, String> signatoryName) {
			Map<String, String> facts = new LinkedHashMap<>();
			facts.put("Council tax exemption offered", FactWords.yesNo(this.offered));
			facts.put("Up to age", FactWords.number(this.upToAge));
			facts.put("Exemption since", FactWords.day(this.since));
			return facts;
		}

	}

	/**
	 * Part 3.
	 *
	 * @param councilSignatory the council's own record as an organisation that signed the
	 * Covenant, whose opportunities are its own
	 * @param ringFencedPlaces apprenticeships and opportunities the council keeps for
	 * care leavers
	 * @param aimPercent the share of its care leavers in education, employment or
	 * training the council aims for
	 * @param latestPercent the share it reported last
	 * @param latestYear the year of that report
	 */
	record TrainingAndEmployment(SignatoryId councilSignatory, Integer ringFencedPlaces, Integer aimPercent,
			Integer latestPercent, Integer latestYear) implements PartFacts {

		public static final TrainingAndEmployment NONE = new TrainingAndEmployment(null, null, null, null, null);

		@Override
		public ApproachPart part() {
			return ApproachPart.TRAINING_AND_EMPLOYMENT;
		}

		@Override
		public Map<String, String> described(Function<SignatoryId, String> signatoryName) {
			Map<String, String> facts = new LinkedHashMap<>();
			facts.put("The council's own signatory record",
					(this.councilSignatory != null) ? signatoryName.apply(this.councilSignatory) : "None");
			facts.put("Ring-fenced apprenticeships and opportunities", FactWords.number(this.ringFencedPlaces));
			facts.put("Aim for care leavers in education, employment or training", FactWords.percent(this.aimPercent));
			facts
				.put("Latest reported figure",
						(this.latestPercent != null)
								? FactWords.percent(this.latestPercent)
										+ ((this.latestYear != null) ? " (" + this.latestYear + ")" : "")
								: NOT_RECORDED);
			return facts;
		}

	}

	/**
	 * Part 4.
	 *
	 * @param adopted whether the council has adopted a social value policy
	 * @param adoptedOn when
	 * @param thresholdPounds the contract value, in pounds, from which it applies
	 * @param namesCareLeavers whether it names care leavers
	 */
	record SocialValuePolicy(Boolean adopted, LocalDate adoptedOn, Long thresholdPounds,
			Boolean namesCareLeavers) implements PartFacts {

		public static final SocialValuePolicy NONE = new SocialValuePolicy(null, null, null, null);

		@Override
		public ApproachPart part() {
			return ApproachPart.SOCIAL_VALUE_POLICY;
		}

		@Override
		public Map<String, String> described(Function<SignatoryId, String> signatoryName) {
			Map<String, String> facts = new LinkedHashMap<>();
			facts.put("Social value policy adopted", FactWords.yesNo(this.adopted));
			facts.put("Adopted on", FactWords.day(this.adoptedOn));
			facts.put("Applies to contracts from", (this.thresholdPounds != null)
					? "£" + NumberFormat.getIntegerInstance(Locale.UK).format(this.thresholdPounds) : NOT_RECORDED);
			facts.put("Names care leavers", FactWords.yesNo(this.namesCareLeavers));
			return facts;
		}

	}

	/**
	 * Part 5.
	 *
	 * @param employersEngaged local employers the council has brought in
	 * @param socialValueEventOn the date of its yearly social value event for local
	 * businesses
	 */
	record EconomicDevelopment(Integer employersEngaged, LocalDate socialValueEventOn) implements PartFacts {

		public static final EconomicDevelopment NONE = new EconomicDevelopment(null, null);

		@Override
		public ApproachPart part() {
			return ApproachPart.ECONOMIC_DEVELOPMENT;
		}

		@Override
		public Map<String, String> described(Function<SignatoryId, String> signatoryName) {
			Map<String, String> facts = new LinkedHashMap<>();
			facts.put("Employers engaged", FactWords.number(this.employersEngaged));
			facts.put("Yearly social value event", FactWords.day(this.socialValueEventOn));
			return facts;
		}

	}

}
