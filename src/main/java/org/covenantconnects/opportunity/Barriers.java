package org.covenantconnects.opportunity;

import java.util.ArrayList;
import java.util.List;

/** What the signatory does to remove the usual barriers to taking an opportunity up. */
public record Barriers(boolean travelPaid, boolean clothingProvided, boolean guaranteedInterview,
		boolean applyWithAdviser) {

	public static final Barriers NONE = new Barriers(false, false, false, false);

	/** In words, for the pages. */
	public List<String> described() {
		List<String> facts = new ArrayList<>();
		if (this.travelPaid) {
			facts.add("Travel costs paid");
		}
		if (this.clothingProvided) {
			facts.add("Clothing or equipment provided");
		}
		if (this.guaranteedInterview) {
			facts.add("Guaranteed interview");
		}
		if (this.applyWithAdviser) {
			facts.add("You can apply with your adviser");
		}
		return facts;
	}

}
