package org.covenantconnects.careleaver;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.covenantconnects.careleaver.internal.CareLeaverRepository;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.AdminAction;
import org.covenantconnects.institution.Institution;
import org.covenantconnects.institution.InstitutionId;
import org.covenantconnects.institution.InstitutionNamed;
import org.covenantconnects.institution.InstitutionNames;
import org.covenantconnects.institution.Institutions;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Young people's answers to which college or university they go to, matched to the list
 * of institutions (ADR 033). An answer typed, now or before the list existed, that
 * clearly names one listed institution is written as the list writes it, so the caseload
 * filter and the institution's figures count it: at once when an institution is added or
 * renamed, and whenever {@link #matchClearly()} runs. Anything else stays as typed, for a
 * coordinator to match by hand or leave. Only answers and counts are shown, never who
 * gave them.
 */
@Service
public class CollegeAnswers {

	/** Marks a transaction whose answers are matched before it commits. */
	private static final Object MATCH_BEFORE_COMMIT = new Object();

	private final CareLeaverRepository careLeavers;

	private final Institutions institutions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CollegeAnswers(CareLeaverRepository careLeavers, Institutions institutions, ApplicationEventPublisher events,
			Clock clock) {
		this.careLeavers = careLeavers;
		this.institutions = institutions;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Each answer that names no listed institution, as typed, with how many young people
	 * gave it: most first, then by answer.
	 */
	public List<TypedAnswer> unmatched() {
		Set<String> listed = listedNamesInLowerCase();
		List<TypedAnswer> answers = new ArrayList<>();
		this.careLeavers.institutionAnswers().forEach((answer, people) -> {
			if (!listed.contains(lower(answer))) {
				answers.add(new TypedAnswer(answer, people));
			}
		});
		answers.sort(Comparator.comparingLong(TypedAnswer::youngPeople).reversed().thenComparing(TypedAnswer::answer));
		return answers;
	}

	/**
	 * Writes every answer that clearly names one listed institution as the list writes
	 * it: the same name by {@link InstitutionNames}, and no other institution with that
	 * name. An answer the same as two institutions' names stays as typed.
	 * @return how many young people's answers were written
	 */
	@Transactional
	public int matchClearly() {
		Map<String, String> byKey = new HashMap<>();
		Set<String> ambiguous = new HashSet<>();
		Set<String> listed = new HashSet<>();
		for (Institution institution : this.institutions.all()) {
			listed.add(institution.name());
			String key = InstitutionNames.key(institution.name());
			if (byKey.putIfAbsent(key, institution.name()) != null) {
				ambiguous.add(key);
			}
		}
		int written = 0;
		for (String answer : this.careLeavers.institutionAnswers().keySet()) {
			String key = InstitutionNames.key(answer);
			if (listed.contains(answer) || key.isEmpty() || ambiguous.contains(key) || !byKey.containsKey(key)) {
				continue;
			}
			written += this.careLeavers.replaceInstitution(answer, byKey.get(key));
		}
		return written;
	}

	/**
	 * Matches one answer by hand: every young person who gave exactly this answer is
	 * written as going to the institution; the audit log keeps who did it.
	 * @return how many young people's answers were written; none when nobody has the
	 * answer now or the institution is not listed
	 */
	@Transactional
	public int matchByHand(String answer, InstitutionId institution, AccountId by) {
		Optional<Institution> listed = this.institutions.find(institution);
		if (listed.isEmpty()) {
			return 0;
		}
		int written = this.careLeavers.replaceInstitution(answer, listed.get().name());
		if (written > 0) {
			this.events.publishEvent(new AdminAction(
					by, "Matched a college or university young people typed", null, "\"%s\" to %s: %d young %s"
						.formatted(answer, listed.get().name(), written, (written == 1) ? "person" : "people"),
					this.clock.instant()));
		}
		return written;
	}

	/**
	 * An institution added, renamed or imported: answers with its former name follow it
	 * at once, and answers that now clearly name an institution are matched just before
	 * the transaction commits, once however many institutions it added or renamed (an
	 * import of a whole list is one transaction), against the list as it then stands.
	 */
	@EventListener
	void on(InstitutionNamed named) {
		if (named.formerName() != null) {
			this.careLeavers.replaceInstitutionIgnoringCase(named.formerName(), named.name());
		}
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			matchClearly();
			return;
		}
		if (TransactionSynchronizationManager.hasResource(MATCH_BEFORE_COMMIT)) {
			return;
		}
		TransactionSynchronizationManager.bindResource(MATCH_BEFORE_COMMIT, Boolean.TRUE);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void beforeCommit(boolean readOnly) {
				matchClearly();
			}

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(MATCH_BEFORE_COMMIT);
			}

		});
	}

	private Set<String> listedNamesInLowerCase() {
		Set<String> names = new HashSet<>();
		this.institutions.all().forEach((institution) -> names.add(lower(institution.name())));
		return names;
	}

	private static String lower(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

	/**
	 * One answer as typed and how many young people gave it.
	 */
	public record TypedAnswer(String answer, long youngPeople) {

	}

}
