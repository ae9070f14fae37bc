package org.covenantconnects.opportunity;

/**
 * The five facts that make an internship a quality internship. The tag is computed from
 * them and cannot be set by hand.
 */
public record InternshipFacts(boolean lastsTwelveWeeks, boolean paidLivingWage, boolean hasMentor,
		boolean certifiedSkills, boolean routeToJob) {

	public static final InternshipFacts NONE = new InternshipFacts(false, false, false, false, false);

	/** Whether an opportunity of this type with these facts is a quality internship. */
	public boolean makeQualityInternship(OpportunityType type) {
		return type == OpportunityType.INTERNSHIP && this.lastsTwelveWeeks && this.paidLivingWage && this.hasMentor
				&& this.certifiedSkills && this.routeToJob;
	}

}
