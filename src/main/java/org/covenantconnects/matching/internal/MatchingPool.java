package org.covenantconnects.matching.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.covenantconnects.careleaver.CareLeaverProfile;
import org.covenantconnects.careleaver.CareLeavers;
import org.covenantconnects.careleaver.Situation;
import org.covenantconnects.identity.AccountId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The few facts that rank the young people who turned matching on against an opportunity,
 * held in memory: about 60 bytes each, so 60,000 take a few megabytes, and ranking all of
 * them takes a millisecond or two where PostgreSQL takes a hundred. It only narrows the
 * field: the best are read again from the database, and anyone who has since turned
 * matching off or no longer fits is left out.
 * <p>
 * A change to one young person made through this instance replaces just them in the copy,
 * once it commits. Changes made through other instances are picked up by reading the
 * whole copy again: in the background once it is older than
 * {@code connects.matching.pool-kept-for}, and before answering once it is older than
 * twice that.
 */
@Component
public class MatchingPool {

	/**
	 * Where the copy is read again in the background: one thread, never holding up
	 * shutdown.
	 */
	private static final Executor BACKGROUND = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "matching-pool-refresh");
		thread.setDaemon(true);
		return thread;
	});

	private final CareLeavers careLeavers;

	private final Duration keptFor;

	private final AtomicBoolean refreshing = new AtomicBoolean();

	private volatile Copy copy;

	MatchingPool(CareLeavers careLeavers, @Value("${connects.matching.pool-kept-for:30s}") Duration keptFor) {
		this.careLeavers = careLeavers;
		this.keptFor = keptFor;
	}

	/**
	 * Brings one young person up to date in the copy once the change made now commits (at
	 * once when there is no transaction): added, replaced, or removed when they turned
	 * matching off or deleted their account.
	 */
	void changed(AccountId account) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					update(account.value());
				}
			});
		}
		else {
			update(account.value());
		}
	}

	/** Everyone who turned matching on. */
	List<Member> members() {
		Copy current = this.copy;
		if (current != null && current.isYoungerThan(this.keptFor.multipliedBy(2))) {
			if (!current.isYoungerThan(this.keptFor) && this.refreshing.compareAndSet(false, true)) {
				CompletableFuture.runAsync(() -> {
					try {
						reread();
					}
					finally {
						this.refreshing.set(false);
					}
				}, BACKGROUND);
			}
			return current.members();
		}
		synchronized (this) {
			current = this.copy;
			if (current != null && current.isYoungerThan(this.keptFor.multipliedBy(2))) {
				return current.members();
			}
			return reread();
		}
	}

	private synchronized List<Member> reread() {
		List<Member> read = new ArrayList<>();
		this.careLeavers.eachOpenToMatching((profile) -> read.add(member(profile)));
		List<Member> members = List.copyOf(read);
		this.copy = new Copy(Instant.now(), members);
		return members;
	}

	/**
	 * Replaces one young person in the copy. Synchronized with reading the whole copy, so
	 * that a read that began before the change cannot put the old facts back.
	 */
	private synchronized void update(UUID account) {
		Copy current = this.copy;
		if (current == null) {
			return;
		}
		Optional<Member> now = this.careLeavers.profile(new AccountId(account))
			.filter(CareLeaverProfile::openToSuggestions)
			.map(MatchingPool::member);
		List<Member> members = new ArrayList<>(current.members().size() + 1);
		for (Member member : current.members()) {
			if (!member.account().equals(account)) {
				members.add(member);
			}
		}
		now.ifPresent(members::add);
		this.copy = new Copy(current.readAt(), List.copyOf(members));
	}

	private static Member member(CareLeaverProfile profile) {
		return new Member(profile.account().value(), profile.dateOfBirth().toEpochDay(), profile.council().value(),
				profile.region().value().intern(), Caseload.bits(profile.types()), Caseload.bits(profile.categories()),
				profile.situation() == Situation.NONE, profile.isCareExperienceConfirmed());
	}

	/**
	 * One young person who turned matching on.
	 *
	 * @param bornOn their date of birth, as a day count
	 * @param types their interests among opportunity types, one bit per type
	 * @param categories their interests among categories, one bit per category
	 * @param notInWork not in education, employment or training
	 * @param confirmed their care experience is confirmed
	 */
	record Member(UUID account, long bornOn, int council, String region, int types, int categories, boolean notInWork,
			boolean confirmed) {

	}

	private record Copy(Instant readAt, List<Member> members) {

		boolean isYoungerThan(Duration age) {
			return this.readAt.plus(age).isAfter(Instant.now());
		}

	}

}
