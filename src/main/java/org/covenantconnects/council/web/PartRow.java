package org.covenantconnects.council.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.covenantconnects.council.ApproachPart;
import org.covenantconnects.council.PartProgress;
import org.covenantconnects.council.PartStatus;
import org.covenantconnects.council.WholeCouncilApproach;
import org.covenantconnects.signatory.SignatoryId;

/**
 * One part of a council's approach as the pages show it.
 *
 * @param date "In place since 1 April 2024", or empty
 * @param facts the part's facts in words, by name
 */
record PartRow(ApproachPart part, PartStatus status, String date, String evidence, String evidenceLink,
		Map<String, String> facts) {

	static List<PartRow> of(WholeCouncilApproach approach, Function<SignatoryId, String> signatoryName) {
		return Arrays.stream(ApproachPart.values()).map((part) -> {
			PartProgress progress = approach.progressOf(part);
			String date = (progress.on() != null)
					? progress.status().dateMeaning() + " " + CouncilsController.DAY.format(progress.on()) : "";
			return new PartRow(part, progress.status(), date, progress.evidence(), progress.evidenceLink(),
					approach.factsOf(part).described(signatoryName));
		}).toList();
	}

}
