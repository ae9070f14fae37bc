package org.covenantconnects.audit.internal;

import java.time.Instant;
import java.util.List;

import org.covenantconnects.careleaver.HeldElsewhere;
import org.covenantconnects.identity.AccountId;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Who looked at the young person's record, by role, in their own download. */
@Component
@Order(3)
class AuditTrailInTheDownload implements HeldElsewhere {

	private final RecordViews views;

	AuditTrailInTheDownload(RecordViews views) {
		this.views = views;
	}

	@Override
	public String part() {
		return "whoLookedAtYourApplications";
	}

	@Override
	public List<LookedAt> about(AccountId careLeaver) {
		return this.views.of(careLeaver)
			.stream()
			.map((view) -> new LookedAt(view.viewerRole().label(), view.what(), view.viewedAt()))
			.toList();
	}

	/** One entry about them: who (by role), what they looked at, when. */
	record LookedAt(String who, String what, Instant when) {

	}

}
