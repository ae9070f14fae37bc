package org.covenantconnects.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.covenantconnects.contactlog.ContactKind;
import org.covenantconnects.contactlog.ContactLog;
import org.covenantconnects.contactlog.NewContact;
import org.covenantconnects.contactlog.PartnerRef;
import org.covenantconnects.council.Patch;
import org.covenantconnects.council.Patches;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.Region;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives the demo coordinator a patch, the North West and Cambridgeshire, and next steps
 * in three of its councils' contact logs, one overdue and two due soon, dated from today,
 * so that "My councils" always has something to show. Runs once: a coordinator who has a
 * patch is left as they are.
 */
@Component
@ConditionalOnProperty(name = "connects.demo.enabled", havingValue = "true")
class DemoPatches {

	private final Patches patches;

	private final ContactLog contactLog;

	private final Accounts accounts;

	private final Places places;

	private final Clock clock;

	DemoPatches(Patches patches, ContactLog contactLog, Accounts accounts, Places places, Clock clock) {
		this.patches = patches;
		this.contactLog = contactLog;
		this.accounts = accounts;
		this.places = places;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void patch() {
		AccountId coordinator = this.accounts.idOf("coordinator@example.com").orElse(null);
		if (coordinator == null || !this.patches.of(coordinator).isEmpty()) {
			return;
		}
		Region northWest = this.places.regions()
			.stream()
			.filter((r) -> r.slug().equals("north-west"))
			.findFirst()
			.orElseThrow();
		LocalAuthority cambridgeshire = council("Cambridgeshire");
		this.patches.set(coordinator, new Patch(Set.of(northWest.code()), Set.of(cambridgeshire.id())));
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/London")));
		step(coordinator, council("Salford"), ContactKind.CALL, today.minusDays(20),
				"Talked about signing up the leaving-care team's personal advisers.",
				"Send the sign-up guide for personal advisers", today.minusDays(6));
		step(coordinator, council("Bolton"), ContactKind.MEETING, today.minusDays(9),
				"Met the head of leaving care about becoming a Whole Council Approach council.",
				"Agree a date to present to the corporate parenting board", today.plusDays(5));
		step(coordinator, council("Blackpool"), ContactKind.EMAIL, today.minusDays(3),
				"Asked for the council's updated local offer.", "Check the new local offer is linked",
				today.plusDays(21));
	}

	private void step(AccountId coordinator, LocalAuthority council, ContactKind kind, LocalDate when, String summary,
			String nextStep, LocalDate due) {
		this.contactLog.add(PartnerRef.council(council.id().value()),
				new NewContact(kind, when, "Chris Morgan (Covenant), head of leaving care", summary, nextStep, due),
				coordinator);
	}

	private LocalAuthority council(String name) {
		return this.places.localAuthorities().stream().filter((c) -> c.name().equals(name)).findFirst().orElseThrow();
	}

}
