package org.covenantconnects.careleaver;

import java.util.Locale;

import org.covenantconnects.opportunity.Category;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.places.Region;

/** How types, categories and regions read in the middle of a sentence. */
public final class Words {

	private Words() {
	}

	/** "apprenticeships", as in "you are interested in apprenticeships". */
	public static String plural(OpportunityType type) {
		return switch (type) {
			case JOB -> "jobs";
			case APPRENTICESHIP -> "apprenticeships";
			case INTERNSHIP -> "internships";
			case WORK_EXPERIENCE -> "work experience";
			case TRAINEESHIP -> "traineeships";
			case TRAINING_COURSE -> "training courses";
			case WORKSHOP_OR_EVENT -> "workshops and events";
			case MENTORING -> "mentoring";
			case DISCOUNT -> "discounts";
			case FREE_TICKETS_OR_ACTIVITY -> "free tickets and activities";
			case FINANCIAL_HELP -> "financial help";
			case EXEMPTION -> "exemptions";
			case HELP_SETTING_UP_HOME -> "help setting up home";
			case OTHER -> "other support";
		};
	}

	/** "education and training". */
	public static String inSentence(Category category) {
		return category.label().toLowerCase(Locale.UK);
	}

	/** "the North West", "London", "Yorkshire and The Humber". */
	public static String inSentence(Region region) {
		String name = region.name();
		return (name.equals("London") || name.startsWith("Yorkshire")) ? name : "the " + name;
	}

}
