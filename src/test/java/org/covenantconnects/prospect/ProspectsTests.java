package org.covenantconnects.prospect;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.TestMailServer;
import org.covenantconnects.contactlog.ContactKind;
import org.covenantconnects.contactlog.ContactLog;
import org.covenantconnects.contactlog.ContactLogEntry;
import org.covenantconnects.contactlog.NewContact;
import org.covenantconnects.contactlog.PartnerRef;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.covenantconnects.signatory.Sector;
import org.covenantconnects.signatory.Signatories;
import org.covenantconnects.signatory.SignatoryId;
import org.covenantconnects.signatory.SignatorySummary;
import org.covenantconnects.signatory.Stage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Prospects against the real database and mail server: the same organisation recorded
 * twice is caught, by name or by the domain of its contact's address, with answers kept;
 * and inviting a prospect emails a link that opens the form to sign filled in with what
 * was recorded, makes its signatory under the prospect's id so its contact log carries
 * over, and shows it as invited, signing and signed.
 */
@ConnectsTest
@AutoConfigureMockMvc
class ProspectsTests {

	private static final String PASSWORD = "lantern meadow cobalt";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private Prospects prospects;

	@Autowired
	private Signatories signatories;

	@Autowired
	private ContactLog contactLog;

	@Autowired
	private Accounts accounts;

	@Test
	void theSameOrganisationRecordedTwiceIsCaughtByNameOrEmailDomainWithAClearMessage() throws Exception {
		CurrentUser coordinator = this.fixtures.staff(Role.COORDINATOR);
		String word = unique();
		String domain = word + "-bakery.example";
		this.mvc
			.perform(record(coordinator, "Quarry " + word + " Bakery Ltd", "jo@" + domain)
				.param("recommendedKind", "COUNCIL")
				.param("council", Integer.toString(Fixtures.MANCHESTER.value())))
			.andExpect(redirectedUrlPattern("/coordinator/prospects/*"));

		this.mvc
			.perform(record(coordinator, "quarry " + word.toUpperCase() + " bakery", "sam@other-" + domain)
				.param("recommendedKind", "OTHER")
				.param("recommendedBy", "Sam Patel, personal adviser"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content()
				.string(containsString("Quarry " + word + " Bakery Ltd is already recorded as a prospect")))
			.andExpect(content().string(containsString("value=\"sam@other-" + domain + "\"")));

		this.mvc
			.perform(record(coordinator, "The Loaf Kitchen " + word, "kim@" + domain.toUpperCase())
				.param("recommendedKind", "OTHER")
				.param("recommendedBy", "A care leaver"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"Quarry " + word + " Bakery Ltd is already recorded as a prospect with a contact at " + domain)));

		this.mvc
			.perform(record(coordinator, "Crumb " + word, "crumb@" + unique() + ".example.org")
				.param("website", "https://www." + domain)
				.param("recommendedKind", "OTHER")
				.param("recommendedBy", "A care leaver"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("is already recorded as a prospect with a contact at " + domain)));

		// An address at a public mail service says nothing about the organisation.
		for (String name : List.of("Gull " + word, "Tern " + word)) {
			this.mvc
				.perform(record(coordinator, name, word + "." + name.charAt(0) + "@gmail.com")
					.param("recommendedKind", "OTHER")
					.param("recommendedBy", "A neighbour"))
				.andExpect(redirectedUrlPattern("/coordinator/prospects/*"));
		}
		assertThat(this.prospects.all()).filteredOn((p) -> p.name().contains(word)).hasSize(3);
	}

	@Test
	void aProspectMustSayWhoRecommendedIt() throws Exception {
		CurrentUser coordinator = this.fixtures.staff(Role.COORDINATOR);
		this.mvc.perform(record(coordinator, "Nobody Recommended " + unique(), unique() + "@nobody.example"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Select who recommended the organisation")));
		this.mvc
			.perform(record(coordinator, "No Council " + unique(), unique() + "@nocouncil.example")
				.param("recommendedKind", "COUNCIL"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Select the council that recommended the organisation")));
	}

	@Test
	void invitingAProspectStartsItsSigningWithWhatWasRecordedAndItsLogCarriesOver() throws Exception {
		CurrentUser coordinator = this.fixtures.staff(Role.COORDINATOR);
		String word = unique();
		String contactEmail = "ola@" + word + ".example";
		Prospect prospect = this.prospects
			.record(new NewProspect("Kestrel " + word + " Works", "https://www." + word + ".example", Sector.VOLUNTARY,
					Fixtures.NORTH_WEST, "Ola Ibe", contactEmail, Fixtures.MANCHESTER, null), coordinator.id());
		this.contactLog.add(PartnerRef.organisation(prospect.id()), new NewContact(ContactKind.CALL,
				LocalDate.now().minusDays(3), "Ola Ibe", "Keen to offer work experience " + word, null, null),
				coordinator.id());
		assertThat(this.prospects.status(prospect)).isEqualTo(ProspectStatus.RECORDED);

		this.mvc.perform(post("/coordinator/prospects/" + prospect.id() + "/invite").with(csrf()).with(as(coordinator)))
			.andExpect(redirectedUrl("/coordinator/prospects/" + prospect.id()));
		assertThat(this.prospects.status(this.prospects.find(prospect.id()).orElseThrow()))
			.isEqualTo(ProspectStatus.INVITED);
		MimeMessage invitation = TestMailServer.awaitEmail(contactEmail,
				"Sign the Care Leaver Covenant for Kestrel " + word + " Works");
		String link = "/signatories/join/" + TestMailServer.linkToken(invitation, "/signatories/join/");

		String form = this.mvc.perform(get(link))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).contains("The Covenant team invited Kestrel " + word + " Works to sign")
			.contains("value=\"Kestrel " + word + " Works\"")
			.contains("value=\"https://www." + word + ".example\"")
			.contains("value=\"Ola Ibe\"")
			.contains("value=\"" + contactEmail + "\"")
			.containsPattern("value=\"VOLUNTARY\"[^>]*checked")
			.containsPattern("value=\"no\"[^>]*checked")
			.containsPattern("value=\"E12000002\"[^>]*checked")
			.contains("action=\"" + link + "\"");

		this.mvc
			.perform(post(link).with(csrf())
				.param("name", "Kestrel " + word + " Works")
				.param("sector", "VOLUNTARY")
				.param("size", "SMALL")
				.param("website", "https://www." + word + ".example")
				.param("national", "no")
				.param("regions", "E12000002")
				.param("couldOffer", "Work experience in our workshops")
				.param("contactName", "Ola Ibe")
				.param("contactEmail", contactEmail)
				.param("password", PASSWORD))
			.andExpect(redirectedUrl("/register/check-email"));

		SignatoryId id = new SignatoryId(prospect.id());
		assertThat(this.signatories.find(id)).map(SignatorySummary::stage).hasValue(Stage.INTERESTED);
		assertThat(this.prospects.status(prospect)).isEqualTo(ProspectStatus.SIGNING);
		this.mvc.perform(get(link))
			.andExpect(content().string(containsString("This invitation has expired or has already been used")));
		this.mvc.perform(get("/coordinator/signatories/" + prospect.id()).with(as(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Keen to offer work experience " + word)));
		this.mvc.perform(get("/coordinator/prospects/" + prospect.id()).with(as(coordinator)))
			.andExpect(content().string(containsString("Signing")))
			.andExpect(content().string(containsString("See it in the signing pipeline")));

		AccountId member = this.accounts.holderOf(contactEmail).orElseThrow().id();
		this.signatories.signStatementOfIntent(member, "Ola Ibe", "Director", LocalDate.now());
		this.signatories.describeOffer(member, "Work experience", "Two placements", "0161 000 0000");
		this.signatories.submitForReview(member);
		this.signatories.approve(id);
		assertThat(this.prospects.status(prospect)).isEqualTo(ProspectStatus.SIGNED);
		assertThat(awaitEntry(prospect.id(), "Signed the Covenant")).as("the log notes the signing").isTrue();
		assertThat(this.contactLog.of(PartnerRef.organisation(prospect.id()))).extracting(ContactLogEntry::summary)
			.contains("Keen to offer work experience " + word,
					"Invited to sign the Covenant, with a link to the form to sign.",
					"Accepted the invitation and started signing the Covenant.");
		this.mvc.perform(post("/coordinator/prospects/" + prospect.id() + "/invite").with(csrf()).with(as(coordinator)))
			.andExpect(redirectedUrl("/coordinator/prospects/" + prospect.id()));
		assertThat(TestMailServer.emailsTo(contactEmail)).as("no second invitation once it has signed")
			.filteredOn((email) -> TestMailServer.subject(email).startsWith("Sign the Care Leaver Covenant"))
			.hasSize(1);
	}

	@Test
	void anInvitationLinkThatDoesNotWorkSaysSo() throws Exception {
		this.mvc.perform(get("/signatories/join/not-a-real-token"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This invitation has expired or has already been used")));
		this.mvc.perform(post("/signatories/join/not-a-real-token").with(csrf()).param("name", "Anything"))
			.andExpect(content().string(containsString("This invitation has expired or has already been used")));
	}

	private boolean awaitEntry(UUID prospect, String start) throws InterruptedException {
		for (int i = 0; i < 100; i++) {
			if (this.contactLog.of(PartnerRef.organisation(prospect))
				.stream()
				.anyMatch((entry) -> entry.summary().startsWith(start))) {
				return true;
			}
			Thread.sleep(100);
		}
		return false;
	}

	private static MockHttpServletRequestBuilder record(CurrentUser coordinator, String name, String email) {
		return post("/coordinator/prospects/new").with(csrf())
			.with(as(coordinator))
			.param("name", name)
			.param("contactName", "Jo Contact")
			.param("contactEmail", email);
	}

	private static RequestPostProcessor as(CurrentUser user) {
		return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8).replace("-", "");
	}

}
