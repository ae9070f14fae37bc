package org.covenantconnects.institution;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.util.Assert;

/**
 * One action of a pillar's action plan.
 *
 * @param owner who at the institution owns it, as a role or a team
 * @param evidence what shows it is done, or {@code null}
 * @param evidenceLink a link to the evidence, or {@code null}
 */
public record PillarAction(UUID id, Pillar pillar, String action, String owner, LocalDate dueOn, ActionStatus status,
		String evidence, String evidenceLink) {

	public PillarAction {
		Assert.notNull(pillar, "pillar must not be null");
		Assert.hasText(action, "action must not be empty");
		Assert.hasText(owner, "owner must not be empty");
		Assert.notNull(dueOn, "dueOn must not be null");
		Assert.notNull(status, "status must not be null");
	}

	/** Done, with evidence recorded: what the rule for embedded counts. */
	public boolean doneWithEvidence() {
		return this.status == ActionStatus.DONE && this.evidence != null && !this.evidence.isBlank();
	}

}
