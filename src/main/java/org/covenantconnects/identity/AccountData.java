package org.covenantconnects.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.covenantconnects.email.Emails;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A person's data found by their account id, whatever their role: the download of
 * everything held about them and the erasure of their account. Every module that keeps
 * personal data takes part through {@link PersonalData}; the emails about the person come
 * from the outbox by account id, whichever address they went to.
 * <p>
 * Publishes {@link AccountErased} in the erasing transaction, once every module has
 * erased its part and the account is anonymised.
 */
@Service
public class AccountData {

	private final Accounts accounts;

	private final Emails emails;

	private final ObjectProvider<PersonalData> parts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccountData(Accounts accounts, Emails emails, ObjectProvider<PersonalData> parts, ApplicationEventPublisher events,
			Clock clock) {
		this.accounts = accounts;
		this.emails = emails;
		this.parts = parts;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Everything held about the account, for its owner to download: the account, every
	 * email sent to them or about them, and each module's part.
	 */
	public Map<String, Object> download(AccountId id) {
		AccountSummary account = this.accounts.find(id).orElseThrow(NoSuchAccountException::new);
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("downloadedAt", Instant.now(this.clock));
		data.put("account", new AccountPart(account.email(), account.displayName(), account.role().label(),
				account.status().name(), account.createdAt()));
		data.put("emailsToYouOrAboutYou", emailsAbout(id));
		data.putAll(parts(id));
		return data;
	}

	/** Each module's part of the download, without the account and emails. */
	public Map<String, Object> parts(AccountId id) {
		AccountSummary account = this.accounts.find(id).orElseThrow(NoSuchAccountException::new);
		Map<String, Object> data = new LinkedHashMap<>();
		this.parts.orderedStream().forEach((part) -> {
			Object held = part.download(account);
			if (held != null) {
				data.put(part.part(), held);
			}
		});
		return data;
	}

	/** Every email sent to the person or about them, with its text as kept. */
	public List<EmailPart> emailsAbout(AccountId id) {
		return this.emails.about(id.value())
			.stream()
			.map((email) -> new EmailPart(email.recipient(), email.subject(), email.textBody(), email.status(),
					email.createdAt(), email.sentAt()))
			.toList();
	}

	/**
	 * Erases the account in one transaction: every module deletes or blanks what it keeps
	 * about the person, every email sent to them or naming them goes, and the account row
	 * keeps nothing that identifies them (it stays, so that what it is counted in still
	 * adds up). Their sessions end. If any part fails, nothing is erased.
	 */
	@Transactional
	public void erase(AccountId id) {
		AccountSummary account = this.accounts.find(id).orElseThrow(NoSuchAccountException::new);
		this.parts.orderedStream().forEach((part) -> part.erase(account));
		this.emails.forgetEverythingAbout(id.value(), account.email());
		this.accounts.anonymise(id);
		this.events.publishEvent(new AccountErased(id, account.role()));
	}

	/** There is no such account. */
	@ResponseStatus(HttpStatus.NOT_FOUND)
	public static class NoSuchAccountException extends RuntimeException {

		public NoSuchAccountException() {
			super("No such account");
		}

	}

	/** The account, as its owner downloads it. */
	public record AccountPart(String email, String name, String role, String status, Instant createdAt) {

	}

	/** One email sent to the person or about them. */
	public record EmailPart(String sentTo, String subject, String body, String status, OffsetDateTime writtenAt,
			OffsetDateTime sentAt) {

	}

}
