package org.covenantconnects.contactlog;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.covenantconnects.contactlog.internal.ContactLogRepository;
import org.covenantconnects.identity.AccountId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every partner's contact log, shared by the whole Covenant team: anyone in the team
 * reads and adds to any partner's log. Entries are added, never changed.
 */
@Service
public class ContactLog {

	private final ContactLogRepository entries;

	private final Clock clock;

	ContactLog(ContactLogRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	/**
	 * Adds an entry to a partner's log.
	 * @param writtenBy who writes it, or {@code null} when the service does
	 */
	@Transactional
	public ContactLogEntry add(PartnerRef partner, NewContact contact, AccountId writtenBy) {
		ContactLogEntry entry = new ContactLogEntry(UUID.randomUUID(), partner, contact.kind(), contact.happenedOn(),
				contact.who().strip(), contact.summary().strip(),
				(contact.nextStep() != null) ? contact.nextStep().strip() : null, contact.nextStepDue(), writtenBy,
				this.clock.instant(), contact.attended());
		this.entries.insert(entry);
		return entry;
	}

	/** A partner's log, the latest contact first. */
	public List<ContactLogEntry> of(PartnerRef partner) {
		return this.entries.of(partner);
	}

	/**
	 * For each partner of a kind whose log sets a next step, the latest entry that sets
	 * one: a later contact's next step takes the place of an earlier one.
	 */
	public List<ContactLogEntry> latestNextSteps(PartnerKind kind) {
		return this.entries.latestNextSteps(kind);
	}

}
