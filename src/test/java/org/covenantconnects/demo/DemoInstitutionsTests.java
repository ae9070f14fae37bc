package org.covenantconnects.demo;

import java.time.Clock;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.careleaver.CareLeavers;
import org.covenantconnects.careleaver.CollegeAnswers;
import org.covenantconnects.contactlog.ContactKind;
import org.covenantconnects.contactlog.ContactLog;
import org.covenantconnects.contactlog.PartnerRef;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.Role;
import org.covenantconnects.institution.Area;
import org.covenantconnects.institution.Institution;
import org.covenantconnects.institution.Institutions;
import org.covenantconnects.institution.WholeInstitutionApproach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo colleges and universities, made inside a transaction that is rolled back: all
 * three areas, every stage, and the two NCG colleges the coordinators are based in.
 */
@ConnectsTest
@Transactional
class DemoInstitutionsTests {

	@Autowired
	private Institutions institutions;

	@Autowired
	private ContactLog contactLog;

	@Autowired
	private Accounts accounts;

	@Autowired
	private CareLeavers careLeavers;

	@Autowired
	private CollegeAnswers collegeAnswers;

	@Autowired
	private Clock clock;

	@Test
	void fifteenInstitutionsAcrossTheThreeAreasAtDifferentStagesWithNewcastleAndLewisham() {
		if (this.accounts.idOf("coordinator@example.com").isEmpty()) {
			this.accounts.createDemoAccount("Chris Morgan", "coordinator@example.com", DemoData.PASSWORD,
					Role.COORDINATOR);
		}
		DemoInstitutions demo = new DemoInstitutions(this.institutions, this.contactLog, this.accounts,
				this.careLeavers, this.clock);
		demo.institutions();
		demo.institutions();
		// Answers are matched as each institution's transaction commits; this test's own
		// transaction never commits, so it takes that step itself.
		this.collegeAnswers.matchClearly();

		var names = DemoInstitutions.INSTITUTIONS.stream().map(DemoInstitutions.Demo::name).toList();
		var made = this.institutions.all().stream().filter((i) -> names.contains(i.name())).toList();
		assertThat(made).as("made once, however often it runs").hasSize(15);
		assertThat(made).extracting((i) -> i.details().area()).contains(Area.values());
		var approaches = this.institutions.approaches();
		assertThat(made).filteredOn((i) -> approaches.get(i.id()).embedded()).hasSize(3);
		assertThat(made).filteredOn((i) -> !i.partnership().partner()).hasSize(3);
		assertThat(made).filteredOn((i) -> i.partnership().partner() && !i.partnership().mouSigned()).hasSize(3);
		Institution newcastle = named(made, "Newcastle College");
		Institution lewisham = named(made, "Lewisham College");
		assertThat(newcastle.details().group()).isEqualTo("NCG");
		assertThat(lewisham.details().group()).isEqualTo("NCG");
		WholeInstitutionApproach approach = approaches.get(newcastle.id());
		assertThat(approach.embedded()).isTrue();
		assertThat(this.institutions.offersOf(newcastle.id())).anySatisfy((offer) -> assertThat(offer.yes()).isTrue());
		assertThat(this.contactLog.of(PartnerRef.institution(newcastle.id().value())))
			.anySatisfy((entry) -> assertThat(entry.kind()).isEqualTo(ContactKind.AWARENESS_SESSION));
		// Young people who typed their college: those naming one clearly are matched to
		// it, the others are left for the coordinator
		assertThat(this.careLeavers.profile(this.accounts.idOf("ava.turner@example.com").orElseThrow())
			.orElseThrow()
			.institution()).isEqualTo("Trent Meadows College");
		assertThat(this.careLeavers.profile(this.accounts.idOf("ben.clarke@example.com").orElseThrow())
			.orElseThrow()
			.institution()).isEqualTo("Lewisham College");
		assertThat(this.collegeAnswers.unmatched()).contains(new CollegeAnswers.TypedAnswer("Newcastle Colege", 2),
				new CollegeAnswers.TypedAnswer("Kendal College", 1));
	}

	private static Institution named(java.util.List<Institution> made, String name) {
		return made.stream().filter((i) -> i.name().equals(name)).findFirst().orElseThrow();
	}

}
