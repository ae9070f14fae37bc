package org.covenantconnects.identity.internal;

import java.time.Instant;
import java.util.UUID;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.AccountStatus;
import org.covenantconnects.identity.AccountSummary;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** The account aggregate: who someone is to the service and how they prove it. */
@Table("account")
public class Account {

	@Id
	private final UUID id;

	private String email;

	private String displayName;

	private String passwordHash;

	private final Role role;

	private AccountStatus status;

	private Instant emailVerifiedAt;

	private final boolean demo;

	private final Instant createdAt;

	@SuppressFBWarnings(value = "URF_UNREAD_FIELD",
			justification = "The row version is read by Spring Data JDBC for optimistic locking")
	@Version
	private Integer version;

	Account(UUID id, String email, String displayName, String passwordHash, Role role, AccountStatus status,
			Instant emailVerifiedAt, boolean demo, Instant createdAt, Integer version) {
		this.id = id;
		this.email = email;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
		this.status = status;
		this.emailVerifiedAt = emailVerifiedAt;
		this.demo = demo;
		this.createdAt = createdAt;
		this.version = version;
	}

	public static Account unverified(String email, String displayName, String passwordHash, Role role, Instant now) {
		return new Account(UUID.randomUUID(), email, displayName, passwordHash, role, AccountStatus.UNVERIFIED, null,
				false, now, null);
	}

	public static Account demo(String email, String displayName, String passwordHash, Role role, Instant now) {
		return new Account(UUID.randomUUID(), email, displayName, passwordHash, role, AccountStatus.ACTIVE, now, true,
				now, null);
	}

	/** Confirms the email address; an unverified account becomes active. */
	public void confirmEmail(Instant now) {
		if (this.emailVerifiedAt == null) {
			this.emailVerifiedAt = now;
		}
		if (this.status == AccountStatus.UNVERIFIED) {
			this.status = AccountStatus.ACTIVE;
		}
	}

	public void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	/** Moves the account to a new address, which the link sent to it proved. */
	public void changeEmail(String email, Instant now) {
		this.email = email;
		this.emailVerifiedAt = now;
	}

	/**
	 * Keeps the row but nothing of the person: an address that can receive no email, no
	 * name, no password, and locked.
	 */
	public void anonymise() {
		this.email = "deleted-" + this.id + "@deleted.invalid";
		this.displayName = "Deleted account";
		this.passwordHash = null;
		this.emailVerifiedAt = null;
		this.status = AccountStatus.LOCKED;
	}

	public void rename(String displayName) {
		this.displayName = displayName;
	}

	public void lock() {
		this.status = AccountStatus.LOCKED;
	}

	/** Unlocks to active, or back to unverified if the email was never confirmed. */
	public void unlock() {
		if (this.status == AccountStatus.LOCKED) {
			this.status = (this.emailVerifiedAt != null) ? AccountStatus.ACTIVE : AccountStatus.UNVERIFIED;
		}
	}

	public AccountId id() {
		return new AccountId(this.id);
	}

	public String email() {
		return this.email;
	}

	public String displayName() {
		return this.displayName;
	}

	public String passwordHash() {
		return this.passwordHash;
	}

	public Role role() {
		return this.role;
	}

	public AccountStatus status() {
		return this.status;
	}

	boolean isDemo() {
		return this.demo;
	}

	public AccountSummary summary() {
		return new AccountSummary(id(), this.email, this.displayName, this.role, this.status, this.createdAt);
	}

	CurrentUser asCurrentUser() {
		return new CurrentUser(id(), this.email, this.displayName, this.role);
	}

}
