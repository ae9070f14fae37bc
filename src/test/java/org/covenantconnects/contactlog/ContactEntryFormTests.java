package org.covenantconnects.contactlog;

import java.time.LocalDate;
import java.util.Optional;

import org.covenantconnects.platform.DateAnswer;
import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The one form every partner's "Add a contact" page reads: what it accepts, and the
 * message each mistake gets, the same for councils, colleges and organisations.
 */
class ContactEntryFormTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

	@Test
	void aCallWithANextStepIsReadAsTyped() {
		ContactEntryForm form = form("CALL", "4", "12", "2026", "  Chris Morgan and the head of leaving care ",
				"Agreed a briefing", "Book the briefing", new DateAnswer("15", "1", "2027"));
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
		assertThat(form.read(PartnerKind.COUNCIL, TODAY, errors)).contains(
				new NewContact(ContactKind.CALL, LocalDate.of(2026, 12, 4), "Chris Morgan and the head of leaving care",
						"Agreed a briefing", "Book the briefing", LocalDate.of(2027, 1, 15), null));
		assertThat(errors.hasErrors()).isFalse();
	}

	@Test
	void everyMistakeIsNamedAgainstItsField() {
		ContactEntryForm form = form(null, "7", "12", "2026", " ", "", "", new DateAnswer("31", "2", "2027"));
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
		assertThat(form.read(PartnerKind.ORGANISATION, TODAY, errors)).isEmpty();
		assertThat(errors.getFieldErrors()).extracting(FieldError::getField, FieldError::getDefaultMessage)
			.contains(tuple("kind", "Select what kind of contact it was"),
					tuple("happenedOn", "The date of the contact must be today or in the past"),
					tuple("who", "Enter who took part"), tuple("summary", "Enter a short summary"),
					tuple("nextStep", "Enter the next step, or leave its due date empty"));
		assertThat(errors.getFieldErrors()).extracting(FieldError::getField)
			.anyMatch((f) -> f.startsWith("nextStepDue"));
	}

	@Test
	void onlyCollegesAndUniversitiesHaveAwarenessSessionsWithHowManyAttended() {
		ContactEntryForm session = form("AWARENESS_SESSION", "1", "12", "2026", "Personal tutors",
				"How care leavers register", "", new DateAnswer());
		BeanPropertyBindingResult councilErrors = new BeanPropertyBindingResult(session, "form");
		assertThat(session.read(PartnerKind.COUNCIL, TODAY, councilErrors)).isEmpty();
		assertThat(councilErrors.getFieldError("kind").getDefaultMessage())
			.isEqualTo("Select what kind of contact it was");

		BeanPropertyBindingResult noCount = new BeanPropertyBindingResult(session, "form");
		assertThat(session.read(PartnerKind.INSTITUTION, TODAY, noCount)).isEmpty();
		assertThat(noCount.getFieldError("attended").getDefaultMessage())
			.isEqualTo("Enter how many attended the session");

		session.setAttended("27");
		BeanPropertyBindingResult fine = new BeanPropertyBindingResult(session, "form");
		Optional<NewContact> read = session.read(PartnerKind.INSTITUTION, TODAY, fine);
		assertThat(read).map(NewContact::attended).contains(27);

		ContactEntryForm call = form("CALL", "1", "12", "2026", "The head of student support", "A call", "",
				new DateAnswer());
		call.setAttended("12");
		BeanPropertyBindingResult counted = new BeanPropertyBindingResult(call, "form");
		assertThat(call.read(PartnerKind.INSTITUTION, TODAY, counted)).isEmpty();
		assertThat(counted.getFieldError("attended").getDefaultMessage())
			.isEqualTo("Only an awareness session has a number attended: leave it empty");
	}

	private static ContactEntryForm form(String kind, String day, String month, String year, String who, String summary,
			String nextStep, DateAnswer due) {
		ContactEntryForm form = new ContactEntryForm();
		form.setKind(kind);
		form.setHappenedOn(new DateAnswer(day, month, year));
		form.setWho(who);
		form.setSummary(summary);
		form.setNextStep(nextStep);
		form.setNextStepDue(due);
		return form;
	}

}
