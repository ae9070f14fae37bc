package org.covenantconnects.council;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.covenantconnects.contactlog.ContactLog;
import org.covenantconnects.contactlog.ContactLogEntry;
import org.covenantconnects.contactlog.PartnerKind;
import org.covenantconnects.council.internal.PatchRepository;
import org.covenantconnects.identity.AccountId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coordinators' patches, and "My councils": the councils in a coordinator's patch with
 * the next step each one's contact log holds, overdue steps first.
 */
@Service
public class Patches {

	private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	private final PatchRepository patches;

	private final Councils councils;

	private final ContactLog contactLog;

	private final Clock clock;

	Patches(PatchRepository patches, Councils councils, ContactLog contactLog, Clock clock) {
		this.patches = patches;
		this.councils = councils;
		this.contactLog = contactLog;
		this.clock = clock;
	}

	public Patch of(AccountId coordinator) {
		return this.patches.of(coordinator);
	}

	/** Each coordinator's patch (empty for one who has none), read all at once. */
	public java.util.Map<AccountId, Patch> ofEach(java.util.Collection<AccountId> coordinators) {
		return this.patches.ofEach(coordinators);
	}

	/**
	 * Replaces a coordinator's patch. Callers check that whoever sets it is that
	 * coordinator or an administrator.
	 */
	@Transactional
	public void set(AccountId coordinator, Patch patch) {
		this.patches.replace(coordinator, patch);
	}

	/**
	 * The councils in a coordinator's patch: those with an overdue next step first, the
	 * longest overdue at the top; then those with a step due, soonest first; then the
	 * rest, by name.
	 */
	public List<MyCouncil> myCouncils(AccountId coordinator) {
		Patch patch = of(coordinator);
		if (patch.isEmpty()) {
			return List.of();
		}
		LocalDate today = LocalDate.now(this.clock.withZone(ENGLAND));
		Map<String, ContactLogEntry> steps = this.contactLog.latestNextSteps(PartnerKind.COUNCIL)
			.stream()
			.collect(Collectors.toMap((entry) -> entry.partner().id(), (entry) -> entry, (a, b) -> a));
		return this.councils.all().stream().filter((p) -> patch.covers(p.council())).map((p) -> {
			ContactLogEntry step = steps.get(String.valueOf(p.council().id().value()));
			if (step == null) {
				return new MyCouncil(p, null, null, false);
			}
			LocalDate due = step.nextStepDue();
			return new MyCouncil(p, step.nextStep(), due, due != null && due.isBefore(today));
		})
			.sorted(Comparator.comparing((MyCouncil c) -> !c.overdue())
				.thenComparing(MyCouncil::due, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing((MyCouncil c) -> c.nextStep() == null)
				.thenComparing((MyCouncil c) -> c.partnership().council().name()))
			.toList();
	}

}
