package org.covenantconnects;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import jakarta.mail.internet.MimeMessage;
import org.covenantconnects.Fixtures.Organisation;
import org.covenantconnects.Fixtures.YoungPerson;
import org.covenantconnects.adviserlink.Links;
import org.covenantconnects.adviserlink.internal.RegistrationsOnBehalf;
import org.covenantconnects.alert.Subscriptions;
import org.covenantconnects.careleaver.CareExperience;
import org.covenantconnects.careleaver.CareLeavers;
import org.covenantconnects.careleaver.MyData;
import org.covenantconnects.email.Emails;
import org.covenantconnects.identity.AccountData;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.platform.PersonalColumns;
import org.covenantconnects.signatory.NewOrganisation;
import org.covenantconnects.signatory.Sector;
import org.covenantconnects.signatory.Signatories;
import org.covenantconnects.signatory.SignatoryId;
import org.covenantconnects.signatory.Size;
import org.covenantconnects.signatory.internal.Colleagues;
import org.covenantconnects.supporter.NewSupporter;
import org.covenantconnects.supporter.OrganisationType;
import org.covenantconnects.supporter.SupporterRole;
import org.covenantconnects.supporter.Supporters;
import org.covenantconnects.supporter.Verification;
import org.covenantconnects.takeup.Proposals;
import org.covenantconnects.takeup.Sharing;
import org.covenantconnects.takeup.TakeUpId;
import org.covenantconnects.takeup.TakeUpStatus;
import org.covenantconnects.takeup.TakeUps;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Every column that holds a person's data is in their download or erased with their
 * account, and erasing an account leaves nothing anywhere that names them.
 * <p>
 * Which columns hold a person's data is read from the database catalogue by one rule: a
 * foreign key to a person's table ({@code account}, {@code care_leaver},
 * {@code supporter}), or a name that says so ({@link #PERSONAL_NAMES},
 * {@link #PERSONAL_ENDINGS}). Columns the rule finds that name nobody are listed, each
 * with its reason, in {@link #NOT_PERSONAL}. Every other column it finds must be declared
 * by exactly one module ({@link PersonalColumns}) as downloaded or erased.
 */
@ConnectsTest
class PersonalDataTests {

	/** Column names that hold a person's data wherever they appear. */
	static final Set<String> PERSONAL_NAMES = Set.of("account_id", "email", "new_email", "recipient", "reader",
			"address", "principal_name", "email_key", "date_of_birth", "full_name", "preferred_name", "display_name",
			"name", "message", "subject", "text_body", "html_body", "ambitions", "institution", "password_hash",
			"reason", "reasons");

	/** Endings of column names that hold or point to a person. */
	static final List<String> PERSONAL_ENDINGS = List.of("_account_id", "_email", "_by", "_name", "_reason", "_phone");

	/** Columns the rule finds that hold no one's personal data, and why. */
	static final Map<String, String> NOT_PERSONAL = Map.ofEntries(
			// Places are reference data.
			Map.entry("region.name", "the name of a region"),
			Map.entry("local_authority.name", "the name of a council"),
			// Organisations are not people; what they told us is theirs.
			Map.entry("signatory.name", "an organisation's name"),
			Map.entry("signatory.returned_reason", "why an organisation's answers were returned to it"),
			Map.entry("signatory.intent_leader_name",
					"the senior leader an organisation named on its statement of intent, part of the organisation's "
							+ "own public commitment; not an account, and changed through the Covenant team"),
			Map.entry("signatory.proforma_contact_phone",
					"the organisation's contact number, given on its proforma; not an account"),
			Map.entry("opportunity.organisation_name", "an organisation's name, copied onto its opportunities"),
			Map.entry("opportunity.returned_reason", "why an opportunity was returned to its organisation"),
			Map.entry("event.returned_reason", "why an event an organisation proposed was returned to it"),
			Map.entry("opportunity.taken_down_reason", "why the Covenant team took an opportunity down"),
			// Roles and kinds, not people.
			Map.entry("take_up.referred_by", "whether a referral came from an adviser or the Covenant team (a role)"),
			Map.entry("support_link.started_by", "whether the young person or the adviser asked (a role)"),
			Map.entry("alert.email", "how an alert is emailed: not at all, at once, weekly or monthly"),
			// Machinery.
			Map.entry("spring_session_attributes.attribute_name",
					"the name of a session attribute; the session goes with the account's sessions"),
			Map.entry("flyway_schema_history.installed_by", "the database user that applied a migration"),
			// Staff only, who do not erase their own accounts here.
			Map.entry("opportunity.taken_down_by", "the coordinator who took an opportunity down"),
			Map.entry("concern_event.by_account_id", "the coordinator who acted on a concern; a report names no one"),
			Map.entry("concern_event.by_name",
					"the coordinator who acted, or the words for a reporter signed in or out, without a name"),
			Map.entry("council_lead.name",
					"a council's named lead, a work contact of a public body the Covenant team keeps and removes when "
							+ "the lead changes; not an account"),
			Map.entry("council_lead.email", "a council lead's work address; not an account"),
			Map.entry("contact_log_entry.written_by", "the member of the Covenant team who wrote a contact log entry"),
			Map.entry("prospect.name", "the name of an organisation the Covenant team would like to sign"),
			Map.entry("prospect.contact_name",
					"the person to contact at a prospective organisation, a work contact the Covenant team keeps as "
							+ "it keeps council leads; not an account"),
			Map.entry("prospect.contact_email", "a prospect's contact's work address; not an account"),
			Map.entry("prospect.recommended_by",
					"who recommended a prospect, as the coordinator wrote it (a professional and their council or "
							+ "organisation); not an account"),
			Map.entry("prospect.recorded_by", "the coordinator who recorded a prospect"),
			Map.entry("signing_invitation.name", "the name of an organisation invited to sign"),
			Map.entry("signing_invitation.contact_name",
					"the work contact at an organisation invited to sign, copied from its prospect; deleted when it "
							+ "signs up or after 30 days"),
			Map.entry("signing_invitation.contact_email",
					"the work address of the contact at an organisation invited to sign; deleted when it signs up "
							+ "or after 30 days"),
			Map.entry("signing_invitation.invited_by", "the coordinator who invited an organisation to sign"),
			Map.entry("partner_resource.file_name",
					"the name a document for partners is downloaded under, made from its title"),
			Map.entry("partner_resource.uploaded_by", "the coordinator who uploaded a document for partners"),
			Map.entry("council_partnership_change.changed_by", "the coordinator who changed a council's partnership"),
			Map.entry("institution.name", "the name of a college or university"),
			Map.entry("institution.contact_name",
					"a college's or university's named central point of contact, a work contact the Covenant team "
							+ "keeps as it keeps council leads; not an account"),
			Map.entry("institution.contact_email", "the central point of contact's work address; not an account"),
			Map.entry("network_meeting_invitee.partner_name",
					"the name of the council, college or university an invited contact is from"),
			Map.entry("network_meeting_invitee.contact_name",
					"a council lead or a college's central point of contact invited to a network meeting, a work "
							+ "contact copied from the partner's record as council leads are kept; not an account"),
			Map.entry("network_meeting_invitee.contact_email",
					"the work address of a partner contact invited to a network meeting; not an account"),
			Map.entry("network_meeting_action.owner_account_id",
					"the member of the Covenant team who owns an action agreed at a network meeting; staff only"),
			Map.entry("network_meeting_action.owner_name",
					"who owns an action agreed at a network meeting: an invited partner contact or a member of the "
							+ "Covenant team, by name, as the meeting's notes record it"),
			Map.entry("institution_offer.published_contact_name",
					"the contact for care leavers a college or university publishes on its public page; a work "
							+ "contact, not an account"),
			Map.entry("institution_offer.published_contact_email",
					"the published work address of a college's or university's contact for care leavers"),
			Map.entry("coordinator_patch_region.account_id",
					"the coordinator who looks after a region; staff only, gone with their account"),
			Map.entry("coordinator_patch_council.account_id",
					"the coordinator who looks after a council; staff only, gone with their account"),
			Map.entry("admin_action.admin_account_id", "the administrator who acted, kept as the record of it"),
			Map.entry("dbs_check.account_id", "a coordinator's enhanced DBS check, which staff must have"),
			Map.entry("dbs_check.recorded_by", "the administrator who recorded a DBS check"),
			Map.entry("impact_kpi.name", "the name of a KPI administrators defined, such as \"Events held\""),
			Map.entry("impact_kpi.defined_by", "the administrator who defined a KPI, kept as the record of it"),
			Map.entry("impact_kpi.retired_by", "the administrator who retired a KPI, kept as the record of it"),
			Map.entry("email_body_view.reader",
					"the administrator who read a recorded email (demo or generated data only), kept append-only "
							+ "as the record of that reading"));

	/**
	 * The data types a column naming a person can have: a flag such as
	 * {@code alert_preference.by_email} or a count never names anyone.
	 */
	static final Set<String> TYPES_THAT_CAN_NAME = Set.of("text", "character varying", "character", "uuid", "ARRAY",
			"date");

	/** The tables whose rows are people, or whose key is a person's account. */
	static final Set<String> PERSON_TABLES = Set.of("account", "care_leaver", "supporter");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	List<PersonalColumns> declarations;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	AccountData accountData;

	@Autowired
	CareLeavers careLeavers;

	@Autowired
	CareExperience careExperience;

	@Autowired
	Links links;

	@Autowired
	Proposals proposals;

	@Autowired
	TakeUps takeUps;

	@Autowired
	Supporters supporters;

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	Opportunities opportunities;

	@Autowired
	Signatories signatories;

	@Autowired
	Colleagues colleagues;

	@Autowired
	RegistrationsOnBehalf registrationsOnBehalf;

	@Autowired
	Emails emails;

	@Test
	void everyColumnThatHoldsAPersonsDataIsDownloadedOrErased() {
		Map<String, PersonalColumns.Column> declared = declared();
		Set<String> uncovered = new TreeSet<>();
		for (String column : personalColumnsInTheCatalogue()) {
			if (NOT_PERSONAL.containsKey(column)) {
				continue;
			}
			PersonalColumns.Column declaration = declared.get(column);
			if (declaration == null
					|| (!declaration.downloaded() && declaration.erased() == PersonalColumns.Erased.KEPT)) {
				uncovered.add(column);
			}
		}
		assertThat(uncovered).as("columns holding a person's data that no module downloads or erases").isEmpty();
	}

	@Test
	void everyDeclaredColumnExistsAndIsDeclaredOnce() {
		Set<String> catalogue = allColumns().keySet();
		List<String> all = this.declarations.stream()
			.flatMap((module) -> module.columns().stream())
			.map((column) -> column.table() + "." + column.column())
			.toList();
		assertThat(all).as("declared columns").doesNotHaveDuplicates();
		assertThat(catalogue).as("declared columns that are not in the database").containsAll(all);
		assertThat(NOT_PERSONAL.keySet()).as("columns listed as naming nobody that do not exist")
			.allSatisfy((column) -> assertThat(catalogue).contains(column));
		assertThat(all).as("a column is either declared or listed as naming nobody")
			.doesNotContainAnyElementsOf(NOT_PERSONAL.keySet());
	}

	@Test
	void aYoungPersonsDownloadHasTheirProposalsAndEveryEmailToThemOrAboutThemAndErasureLeavesNothing() {
		String name = uniqueName();
		Organisation bakery = this.fixtures.organisation("Erasure Bakery");
		OpportunityId job = this.fixtures.publish(bakery.id(), Fixtures.opportunity("Erasure apprenticeship"));
		OpportunityId course = this.fixtures.publish(bakery.id(), Fixtures.opportunity("Erasure baking course"));
		OpportunityId coaching = this.fixtures.publish(bakery.id(), Fixtures.opportunity("Erasure coaching"));
		OpportunityId mentoring = this.fixtures.publish(bakery.id(), Fixtures.opportunity("Erasure mentoring"));
		CurrentUser adviser = this.fixtures.adviser(Verification.VERIFIED);
		CurrentUser coordinator = this.fixtures.staff(Role.COORDINATOR);
		CurrentUser young = this.fixtures.registeredCareLeaver(YoungPerson.named(name));
		this.careLeavers.setOpenToSuggestions(young.id(), true);
		String firstAddress = young.getUsername();
		this.subscriptions.createDefaults(young.id());

		UUID link = this.fixtures.link(adviser, young);
		this.links.suggest(adviser.id(), link, mentoring);
		this.links.progressThrough(adviser.id(), link);
		this.links.confirmCareExperience(adviser.id(), link, Fixtures.MANCHESTER);
		this.careExperience.correct(young.id(), Fixtures.LEEDS, coordinator.id(), "Leeds looked after " + name);
		this.proposals.propose(new Proposals.Proposer(adviser.id(), Role.SUPPORTER, "Test Adviser"), young.id(), course,
				List.of("Because " + name + " loves baking"));
		this.proposals.propose(new Proposals.Proposer(coordinator.id(), Role.COORDINATOR, null), young.id(), coaching,
				List.of(name + " asked about coaching"));
		this.takeUps.save(young.id(), mentoring);
		this.takeUps.apply(young.id(), job, Set.of(Sharing.NAME, Sharing.EMAIL, Sharing.SITUATION),
				"Hello, I am " + name);
		TakeUpId takeUp = takeUpOf(young, job);
		this.takeUps.application(bakery.member().id(), takeUp);
		this.takeUps.move(bakery.member().id(), takeUp, TakeUpStatus.OFFERED, null);
		this.takeUps.correct(coordinator.id(), young.id(), takeUp, TakeUpStatus.APPLIED,
				"Offered to " + name + " by mistake");
		this.supporters.share(adviser.id(), this.opportunities.find(job).orElseThrow(), firstAddress);

		String laterAddress = Fixtures.uniqueEmail("later");
		this.accounts.requestEmailChange(young.id(), laterAddress);
		MimeMessage confirmation = TestMailServer.awaitEmail(laterAddress,
				"Confirm your new email address for Covenant Connects");
		assertThat(this.accounts.confirmEmailChange(TestMailServer.linkToken(confirmation, "/verify-email-change/")))
			.isTrue();
		awaitEveryEventHandled();

		MyData data = this.careLeavers.dataOf(young.id());
		assertThat(data.account().email()).isEqualTo(laterAddress);
		assertThat(data.emailsSentToYou()).as("emails to their first address, found by their account")
			.anySatisfy((email) -> assertThat(email.sentTo()).isEqualTo(firstAddress));
		assertThat(data.emailsSentToYou()).as("the adviser's emails naming them")
			.anySatisfy((email) -> assertThat(email.sentTo()).isEqualTo(adviser.getUsername()));
		assertThat(data.emailsSentToYou()).as("the opportunity the adviser sent them")
			.anySatisfy((email) -> assertThat(email.subject()).contains("sent you an opportunity"));
		assertThat(data.profile().careExperienceConfirmed())
			.as("who confirmed their care experience, and the correction")
			.extracting(MyData.CareExperienceConfirmation::confirmedBy,
					MyData.CareExperienceConfirmation::correctionReason)
			.containsExactly(tuple("Test Adviser", null),
					tuple(coordinator.displayName(), "Leeds looked after " + name));
		assertThat(data.heldElsewhere()).containsKey("proposals");
		assertThat(String.valueOf(data.heldElsewhere().get("proposals"))).contains("Because " + name + " loves baking",
				name + " asked about coaching", "Test Adviser (your adviser)", "The Covenant team");

		this.careLeavers.delete(young.id());

		assertThat(whatStillHolds(young.id(), List.of(firstAddress, laterAddress, name))).isEmpty();
		assertAnonymised(young.id(), List.of(firstAddress, laterAddress, name));
		assertThat(count("select count(*) from take_up where opportunity_id = :id", job.value()))
			.as("the organisation's take-up count keeps the row, without the person")
			.isEqualTo(1);
		assertThat(count("select count(*) from record_view where take_up_id = :id", takeUp.value()))
			.as("the audit trail keeps what was looked at, without whom")
			.isPositive();
	}

	@Test
	void anAdviserErasedLeavesNothingAndTheYoungPeopleLinkedWithThemAreToldWithoutTheirName() {
		String name = uniqueName();
		String email = Fixtures.uniqueEmail("erased-adviser");
		AccountId id = this.accounts.createDemoAccount(name, email, Fixtures.PASSWORD, Role.SUPPORTER);
		this.supporters.createDemoSupporter(id, new NewSupporter(name, SupporterRole.PERSONAL_ADVISER,
				OrganisationType.COUNCIL, null, Fixtures.MANCHESTER, email), Verification.VERIFIED);
		CurrentUser adviser = new CurrentUser(id, email, name, Role.SUPPORTER);
		this.subscriptions.createDefaults(id);
		Organisation bakery = this.fixtures.organisation("Erasure Bakery");
		OpportunityId course = this.fixtures.publish(bakery.id(), Fixtures.opportunity("Erasure baking course"));
		OpportunityId mentoring = this.fixtures.publish(bakery.id(), Fixtures.opportunity("Erasure mentoring"));
		CurrentUser young = this.fixtures.careLeaver("Jade");
		UUID link = this.fixtures.link(adviser, young);
		this.links.suggest(id, link, mentoring);
		this.links.progressThrough(id, link);
		this.links.confirmCareExperience(id, link, Fixtures.MANCHESTER);
		this.proposals.propose(new Proposals.Proposer(id, Role.SUPPORTER, name), young.id(), course,
				List.of("It suits you"));
		this.supporters.share(id, this.opportunities.find(course).orElseThrow(), young.getUsername());
		this.links.askCareLeaver(id, Fixtures.uniqueEmail("asked"));
		this.registrationsOnBehalf.register(id, Role.SUPPORTER, "Robin Test", Fixtures.uniqueEmail("registered"),
				Fixtures.yearsAgo(18), Fixtures.MANCHESTER);
		awaitEveryEventHandled();

		Map<String, Object> data = this.accountData.download(id);
		assertThat(String.valueOf(data.get("supporter"))).contains("PERSONAL_ADVISER", "opportunitiesYouSentByEmail");
		assertThat(String.valueOf(data.get("youngPeopleYouHelp"))).contains("Jade", "Robin Test");
		assertThat(String.valueOf(data.get("proposals"))).contains("It suits you");
		assertThat(String.valueOf(data.get("emailsToYouOrAboutYou"))).contains("sent you an opportunity");

		this.accountData.erase(id);

		assertThat(whatStillHolds(id, List.of(email, name))).isEmpty();
		assertAnonymised(id, List.of(email, name));
		assertThat(this.links.supportersOf(young.id())).isEmpty();
		assertThat(this.emails.sentTo(young.getUsername())).extracting(Emails.SentEmail::subject)
			.contains("Someone who helped you has left Covenant Connects");
		assertThat(this.proposals.madeFor(young.id())).singleElement()
			.satisfies((proposal) -> assertThat(proposal.from()).isEqualTo("A former adviser (your adviser)"));
	}

	@Test
	void aSignatoryUserErasedLeavesNothingButTheirOrganisationStays() {
		String name = uniqueName();
		String email = Fixtures.uniqueEmail("erased-organiser");
		AccountId member = this.accounts.createDemoAccount(name, email, Fixtures.PASSWORD, Role.SIGNATORY);
		SignatoryId organisation = this.signatories
			.createDemoSignatory(new NewOrganisation("Erasure Works " + UUID.randomUUID(), Sector.PRIVATE, Size.SMALL,
					null, true, List.of(), "Opportunities for tests"), LocalDate.now().minusDays(10), member);
		OpportunityId job = this.fixtures.publish(organisation, Fixtures.opportunity("Erasure apprenticeship"));
		CurrentUser young = this.fixtures.careLeaver("Sam");
		this.takeUps.apply(young.id(), job, Set.of(Sharing.NAME), null);
		TakeUpId takeUp = takeUpOf(young, job);
		this.takeUps.application(member, takeUp);
		this.takeUps.move(member, takeUp, TakeUpStatus.OFFERED, null);
		this.colleagues.invite(member, "Chris Colleague", Fixtures.uniqueEmail("colleague"));
		awaitEveryEventHandled();

		Map<String, Object> data = this.accountData.download(member);
		assertThat(String.valueOf(data.get("organisation"))).contains("Erasure Works", "Chris Colleague");
		assertThat(String.valueOf(data.get("proposals"))).contains("takeUpStagesYouRecorded", "OFFERED");

		this.accountData.erase(member);

		assertThat(whatStillHolds(member, List.of(email, name.toLowerCase(Locale.ROOT)))).isEmpty();
		assertAnonymised(member, List.of(email, name.toLowerCase(Locale.ROOT)));
		assertThat(this.signatories.find(organisation)).as("the organisation stays").isPresent();
		assertThat(this.takeUps.takeUp(young.id(), takeUp).orElseThrow().status()).isEqualTo(TakeUpStatus.OFFERED);
	}

	/**
	 * Every place the account id, or any of the words (case ignored), is still found: any
	 * column of any table, compared as text. The account's own row is left out: it stays
	 * under its id, and {@link #assertAnonymised} checks what it still holds. Pending
	 * event publications are left out: each is deleted once handled, and the test waits
	 * for that before erasing.
	 */
	private List<String> whatStillHolds(AccountId id, List<String> words) {
		List<String> found = new ArrayList<>();
		allColumns().forEach((column, type) -> {
			String[] parts = column.split("\\.");
			String table = parts[0];
			String name = parts[1];
			if (table.equals("event_publication") || type.equals("bytea")) {
				return;
			}
			String value = "\"" + name + "\"::text";
			String where = value + " = :id or position(:id in " + value + ") > 0";
			for (int i = 0; i < words.size(); i++) {
				where += " or position(lower(:w" + i + ") in lower(" + value + ")) > 0";
			}
			String own = table.equals("account") ? " and id::text <> :id" : "";
			var sql = this.jdbc.sql("select count(*) from \"" + table + "\" where (" + where + ")" + own)
				.param("id", id.value().toString());
			for (int i = 0; i < words.size(); i++) {
				sql = sql.param("w" + i, words.get(i));
			}
			long rows = sql.query(Long.class).single();
			if (rows > 0) {
				found.add(column + " (" + rows + ")");
			}
		});
		return found;
	}

	/** The account row stays, with nothing of the person in it. */
	private void assertAnonymised(AccountId id, List<String> words) {
		var account = this.accounts.find(id).orElseThrow();
		assertThat(account.displayName()).isEqualTo("Deleted account");
		assertThat(List.of(account.email(), account.displayName())).allSatisfy(
				(value) -> assertThat(words).noneSatisfy((word) -> assertThat(value).containsIgnoringCase(word)));
	}

	/** Waits until every event published so far has been handled by its listeners. */
	private void awaitEveryEventHandled() {
		for (int i = 0; i < 300; i++) {
			long pending = this.jdbc.sql("select count(*) from event_publication where completion_date is null")
				.query(Long.class)
				.single();
			if (pending == 0) {
				return;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private long count(String sql, UUID id) {
		return this.jdbc.sql(sql).param("id", id).query(Long.class).single();
	}

	private TakeUpId takeUpOf(CurrentUser person, OpportunityId opportunity) {
		return this.takeUps.mine(person.id())
			.stream()
			.filter((row) -> row.id().equals(opportunity))
			.findFirst()
			.orElseThrow()
			.takeUp()
			.id();
	}

	private Map<String, PersonalColumns.Column> declared() {
		Map<String, PersonalColumns.Column> declared = new HashMap<>();
		this.declarations.forEach((module) -> module.columns()
			.forEach((column) -> declared.put(column.table() + "." + column.column(), column)));
		return declared;
	}

	/** Every column of every table, as {@code table.column}, with its data type. */
	private Map<String, String> allColumns() {
		Map<String, String> columns = new LinkedHashMap<>();
		this.jdbc.sql("""
				select c.table_name, c.column_name, c.data_type
				from information_schema.columns c
				join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
				where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
				order by c.table_name, c.ordinal_position
				""").query((rs, row) -> columns.put(rs.getString(1) + "." + rs.getString(2), rs.getString(3))).list();
		return columns;
	}

	/**
	 * The columns the rule finds: foreign keys to a person's table, and names that say
	 * so.
	 */
	private Set<String> personalColumnsInTheCatalogue() {
		Set<String> found = new TreeSet<>();
		found.addAll(this.jdbc.sql("""
				select kcu.table_name || '.' || kcu.column_name
				from information_schema.table_constraints tc
				join information_schema.key_column_usage kcu
				  on kcu.constraint_name = tc.constraint_name and kcu.table_schema = tc.table_schema
				join information_schema.constraint_column_usage ccu
				  on ccu.constraint_name = tc.constraint_name and ccu.table_schema = tc.table_schema
				where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = current_schema()
				  and ccu.table_name in (:tables)
				""").param("tables", PERSON_TABLES).query(String.class).list());
		found.addAll(allColumns().entrySet().stream().filter((entry) -> {
			if (!TYPES_THAT_CAN_NAME.contains(entry.getValue())) {
				return false;
			}
			String column = entry.getKey();
			String name = column.substring(column.indexOf('.') + 1);
			return PERSONAL_NAMES.contains(name) || PERSONAL_ENDINGS.stream().anyMatch(name::endsWith);
		}).map(Map.Entry::getKey).collect(Collectors.toSet()));
		return found;
	}

	/**
	 * A name no other test uses, of letters only, so that it can be searched for
	 * anywhere.
	 */
	private static String uniqueName() {
		StringBuilder name = new StringBuilder("Quill");
		for (int i = 0; i < 8; i++) {
			name.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return name.toString();
	}

}
