package org.covenantconnects.contactlog;

import java.time.LocalDate;

import org.springframework.util.Assert;

/**
 * What is written in a new entry of a contact log.
 *
 * @param nextStep what happens next, or {@code null}
 * @param nextStepDue when it is due, or {@code null}; only with a next step
 * @param attended how many attended an awareness session, or {@code null}; only for an
 * awareness session
 */
public record NewContact(ContactKind kind, LocalDate happenedOn, String who, String summary, String nextStep,
		LocalDate nextStepDue, Integer attended) {

	/** The longest summary kept. */
	public static final int LONGEST_SUMMARY = 2000;

	/** The longest "who" and next step kept. */
	public static final int LONGEST_WHO = 200;

	public static final int LONGEST_NEXT_STEP = 500;

	public NewContact {
		Assert.notNull(kind, "kind must not be null");
		Assert.notNull(happenedOn, "happenedOn must not be null");
		Assert.hasText(who, "who must not be empty");
		Assert.hasText(summary, "summary must not be empty");
		Assert.isTrue(who.length() <= LONGEST_WHO, "who is too long");
		Assert.isTrue(summary.length() <= LONGEST_SUMMARY, "summary is too long");
		Assert.isTrue(nextStep == null || nextStep.length() <= LONGEST_NEXT_STEP, "next step is too long");
		Assert.isTrue(nextStepDue == null || nextStep != null, "a due date needs a next step");
		Assert.isTrue(attended == null || (kind == ContactKind.AWARENESS_SESSION && attended >= 0),
				"only an awareness session has a number attended");
	}

	/** A contact that is not an awareness session. */
	public NewContact(ContactKind kind, LocalDate happenedOn, String who, String summary, String nextStep,
			LocalDate nextStepDue) {
		this(kind, happenedOn, who, summary, nextStep, nextStepDue, null);
	}

}
