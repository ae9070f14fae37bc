package org.covenantconnects.careleaver;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.covenantconnects.institution.Area;
import org.covenantconnects.institution.Institution;
import org.covenantconnects.institution.InstitutionDetails;
import org.covenantconnects.institution.InstitutionKind;
import org.covenantconnects.institution.InstitutionListFile;
import org.covenantconnects.institution.InstitutionListImport;
import org.covenantconnects.institution.Institutions;
import org.covenantconnects.places.RegionCode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.covenantconnects.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Colleges and universities young people typed: matched to the list when they clearly
 * name one institution, as it is added, renamed or imported; kept as typed when they are
 * ambiguous or name none; listed for coordinators with counts only, and matched by hand.
 */
@ConnectsTest
@AutoConfigureMockMvc
class CollegeAnswersTests {

	private static final RegionCode NORTH_EAST = new RegionCode("E12000001");

	@Autowired
	private CollegeAnswers answers;

	@Autowired
	private Institutions institutions;

	@Autowired
	private InstitutionListImport lists;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private MockMvc mvc;

	@Test
	void answersThatClearlyNameACollegeAreMatchedAsItIsAddedAndOthersStayAsTyped() {
		String tag = tag();
		AccountId noThe = youngPersonAt("the hexham abbey college " + tag);
		AccountId punctuated = youngPersonAt("Hexham-Abbey  College " + tag + ".");
		AccountId misspelt = youngPersonAt("Hexham Abbey Colege " + tag);
		AccountId shorter = youngPersonAt("Hexham Abbey " + tag);
		Institution hexham = add("Hexham Abbey College " + tag);
		assertThat(institutionOf(noThe)).isEqualTo(hexham.name());
		assertThat(institutionOf(punctuated)).isEqualTo(hexham.name());
		assertThat(institutionOf(misspelt)).isEqualTo("Hexham Abbey Colege " + tag);
		assertThat(institutionOf(shorter)).isEqualTo("Hexham Abbey " + tag);
		assertThat(this.answers.unmatched()).extracting(CollegeAnswers.TypedAnswer::answer)
			.contains("Hexham Abbey Colege " + tag, "Hexham Abbey " + tag)
			.doesNotContain("the hexham abbey college " + tag, hexham.name());
		// Renamed: answers follow the institution
		this.institutions.updateDetails(hexham.id(), new InstitutionDetails("Hexham Abbey Sixth Form College " + tag,
				InstitutionKind.FE, null, NORTH_EAST, Area.NORTH, null, List.of()), null);
		assertThat(institutionOf(noThe)).isEqualTo("Hexham Abbey Sixth Form College " + tag);
		assertThat(institutionOf(misspelt)).isEqualTo("Hexham Abbey Colege " + tag);
	}

	@Test
	void anAnswerTheSameAsTwoCollegesNamesStaysAsTyped() {
		String tag = tag();
		add("St Cuthbert's College " + tag);
		add("St Cuthberts College " + tag);
		AccountId ambiguous = youngPersonAt("st cuthberts college " + tag);
		AccountId clear = youngPersonAt("ST. CUTHBERT'S COLLEGE " + tag + " ");
		assertThat(this.answers.matchClearly()).isZero();
		assertThat(institutionOf(ambiguous)).isEqualTo("st cuthberts college " + tag);
		assertThat(institutionOf(clear)).isEqualTo("ST. CUTHBERT'S COLLEGE " + tag + " ");
		assertThat(this.institutions.clearlyNamed("St Cuthberts College " + tag)).isEmpty();
		assertThat(this.institutions.clearlyNamed("nobody's college " + tag)).isEmpty();
	}

	@Test
	void collegesImportedFromAListMatchTheAnswersThatClearlyNameThem() {
		String tag = tag();
		AccountId typed = youngPersonAt("Morpeth & Ponteland College " + tag);
		AccountId other = youngPersonAt("the alnwick college " + tag);
		InstitutionListFile.Reading reading = InstitutionListFile
			.read(("name,kind,region,area\nMorpeth and Ponteland College " + tag + ",FE,North East,North\n"
					+ "Alnwick College " + tag + ",FE,North East,North\n")
				.getBytes(StandardCharsets.UTF_8));
		CurrentUser coordinator = this.fixtures.staff(Role.COORDINATOR);
		assertThat(this.lists.apply(reading.rows(), "morpeth.csv",
				InstitutionListImport.fingerprint(this.lists.report(reading.rows())), coordinator.id()))
			.isPresent();
		assertThat(institutionOf(typed)).isEqualTo("Morpeth and Ponteland College " + tag);
		assertThat(institutionOf(other)).isEqualTo("Alnwick College " + tag);
	}

	@Test
	void aCoordinatorSeesTheAnswersThatMatchNoneWithCountsAndMatchesOneByHand() throws Exception {
		String tag = tag();
		Institution blyth = add("Blyth Harbour College " + tag);
		AccountId first = youngPersonAt("Bly Harbour " + tag);
		youngPersonAt("Bly Harbour " + tag);
		CurrentUser coordinator = this.fixtures.staff(Role.COORDINATOR);
		String page = this.mvc.perform(get("/coordinator/institutions/typed-names").with(as(coordinator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Bly Harbour " + tag).doesNotContain("Test Person " + tag);
		assertThat(this.answers.unmatched()).contains(new CollegeAnswers.TypedAnswer("Bly Harbour " + tag, 2));
		this.mvc
			.perform(post("/coordinator/institutions/typed-names").param("answer", "Bly Harbour " + tag)
				.param("institution", "")
				.with(as(coordinator))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Error: Colleges and universities young people typed")))
			.andExpect(content().string(
					containsString("Select the college or university that \u201cBly Harbour " + tag + "\u201d names")));
		assertThat(institutionOf(first)).isEqualTo("Bly Harbour " + tag);
		long audit = this.jdbc.sql("select count(*) from admin_action").query(Long.class).single();
		this.mvc
			.perform(post("/coordinator/institutions/typed-names").param("answer", "Bly Harbour " + tag)
				.param("institution", blyth.slug())
				.with(as(coordinator))
				.with(csrf()))
			.andExpect(redirectedUrl("/coordinator/institutions/typed-names"));
		assertThat(institutionOf(first)).isEqualTo(blyth.name());
		assertThat(this.answers.unmatched()).extracting(CollegeAnswers.TypedAnswer::answer)
			.doesNotContain("Bly Harbour " + tag);
		assertThat(this.jdbc.sql("select count(*) from admin_action").query(Long.class).single()).isEqualTo(audit + 1);
		assertThat(this.jdbc.sql("select detail from admin_action where admin_account_id = :by")
			.param("by", coordinator.id().value())
			.query(String.class)
			.single()).isEqualTo("\"Bly Harbour " + tag + "\" to " + blyth.name() + ": 2 young people");
		this.mvc.perform(get("/coordinator/institutions/typed-names").with(as(coordinator)))
			.andExpect(content().string(not(containsString("Bly Harbour " + tag))));
	}

	private AccountId youngPersonAt(String typed) {
		AccountId id = this.fixtures.careLeaver("Test Person " + tag()).id();
		this.jdbc.sql("update care_leaver set institution = :typed where account_id = :id")
			.param("typed", typed)
			.param("id", id.value())
			.update();
		return id;
	}

	private String institutionOf(AccountId account) {
		return this.jdbc.sql("select institution from care_leaver where account_id = :id")
			.param("id", account.value())
			.query(String.class)
			.single();
	}

	private Institution add(String name) {
		return this.institutions
			.add(new InstitutionDetails(name, InstitutionKind.FE, null, NORTH_EAST, Area.NORTH, null, List.of()), null);
	}

	private static String tag() {
		return UUID.randomUUID().toString().substring(0, 6);
	}

}
