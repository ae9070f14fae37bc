package org.covenantconnects.supporter;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.covenantconnects.identity.AccountId;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.supporter.internal.DomainNames;
import org.covenantconnects.supporter.internal.SupporterRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each council's allowed email domains, kept by coordinators: a supporter who registers
 * as working for the council with an address at one of them is verified at once. Domains
 * are kept in lower case and matched exactly (a subdomain is a different domain).
 */
@Service
public class CouncilEmailDomains {

	private final SupporterRepository supporters;

	private final Clock clock;

	CouncilEmailDomains(SupporterRepository supporters, Clock clock) {
		this.supporters = supporters;
		this.clock = clock;
	}

	/** The council's allowed domains, in alphabetical order. */
	public List<String> of(LocalAuthorityId council) {
		return this.supporters.domainsOf(council);
	}

	/** Every council's allowed domains; councils with none are left out. */
	public Map<LocalAuthorityId, List<String>> all() {
		return this.supporters.allDomains();
	}

	/**
	 * What is wrong with a domain typed by a coordinator, in words for the page; empty if
	 * it may be added.
	 */
	public Optional<String> problemWith(LocalAuthorityId council, String typed) {
		String domain = DomainNames.normalise(typed);
		return DomainNames.problemWith(domain)
			.or(() -> of(council).contains(domain) ? Optional.of(domain + " is already on the list")
					: Optional.empty());
	}

	/**
	 * Adds a domain to the council's list.
	 * @param addedBy the coordinator, or {@code null} for demo data
	 * @return the domain as kept (normalised)
	 * @throws IllegalArgumentException if {@link #problemWith} finds a problem
	 */
	@Transactional
	public String add(LocalAuthorityId council, String typed, AccountId addedBy) {
		problemWith(council, typed).ifPresent((problem) -> {
			throw new IllegalArgumentException(problem);
		});
		String domain = DomainNames.normalise(typed);
		this.supporters.addDomain(council, domain, addedBy, this.clock.instant());
		return domain;
	}

	/**
	 * Takes a domain off the council's list. Supporters already verified by it stay
	 * verified.
	 * @return false if the domain was not on the list
	 */
	@Transactional
	public boolean remove(LocalAuthorityId council, String domain) {
		return this.supporters.removeDomain(council, DomainNames.normalise(domain));
	}

}
