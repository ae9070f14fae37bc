package org.covenantconnects.contactlog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.covenantconnects.platform.Choice;
import org.covenantconnects.platform.DateAnswer;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * A new entry of a contact log as someone in the Covenant team types it, for any kind of
 * partner, with the checks of what they typed and the page that asks it
 * ({@code contactlog/new-entry}). An awareness session, offered for colleges and
 * universities only, also has how many attended.
 */
public class ContactEntryForm {

	/** The page every partner's "Add a contact" renders. */
	public static final String PAGE = "contactlog/new-entry";

	private String kind;

	private DateAnswer happenedOn = new DateAnswer();

	private String who;

	private String attended;

	private String summary;

	private String nextStep;

	private DateAnswer nextStepDue = new DateAnswer();

	/**
	 * Puts on the model what the page needs besides the form.
	 * @param partnerName the partner's name, shown above the heading
	 * @param partnerPage where "Back" goes: the partner's page
	 * @param whoHint an example of who takes part in contacts with such a partner
	 */
	public static String page(Model model, PartnerKind partner, String partnerName, String partnerPage,
			String whoHint) {
		model.addAttribute("partnerName", partnerName);
		model.addAttribute("partnerPage", partnerPage);
		model.addAttribute("whoHint", whoHint);
		model.addAttribute("awarenessSessions",
				ContactKind.chosenByPeopleFor(partner).contains(ContactKind.AWARENESS_SESSION));
		model.addAttribute("kinds",
				ContactKind.chosenByPeopleFor(partner).stream().map((k) -> Choice.of(k.name(), k.label())).toList());
		return PAGE;
	}

	/**
	 * The entry, when everything typed is right; otherwise empty, with each problem
	 * recorded against its field.
	 * @param today today in England: a contact cannot be in the future
	 */
	public Optional<NewContact> read(PartnerKind partner, LocalDate today, BindingResult errors) {
		List<ContactKind> kinds = ContactKind.chosenByPeopleFor(partner);
		ContactKind chosen = kinds.stream().filter((k) -> k.name().equals(this.kind)).findFirst().orElse(null);
		if (chosen == null) {
			errors.rejectValue("kind", "required", "Select what kind of contact it was");
		}
		LocalDate when = date(errors, "happenedOn", this.happenedOn, "The date of the contact",
				"Enter the date of the contact", today.getYear());
		if (when != null && when.isAfter(today)) {
			errors.rejectValue("happenedOn", "future", "The date of the contact must be today or in the past");
		}
		boolean session = chosen == ContactKind.AWARENESS_SESSION;
		String whoTook = text(this.who);
		checkLength(errors, "who", whoTook, session ? "Enter who the session was for" : "Enter who took part",
				NewContact.LONGEST_WHO, "Who took part");
		Integer howMany = attended(errors, session);
		String summaryText = text(this.summary);
		checkLength(errors, "summary", summaryText, "Enter a short summary", NewContact.LONGEST_SUMMARY, "Summary");
		String next = text(this.nextStep);
		if (next.length() > NewContact.LONGEST_NEXT_STEP) {
			errors.rejectValue("nextStep", "long",
					"Next step must be " + NewContact.LONGEST_NEXT_STEP + " characters or fewer");
		}
		LocalDate due = null;
		if (this.nextStepDue != null && !this.nextStepDue.isEmpty()) {
			due = date(errors, "nextStepDue", this.nextStepDue, "The due date", "", today.getYear());
			if (next.isEmpty()) {
				errors.rejectValue("nextStep", "required", "Enter the next step, or leave its due date empty");
			}
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		return Optional
			.of(new NewContact(chosen, when, whoTook, summaryText, next.isEmpty() ? null : next, due, howMany));
	}

	/** How many attended: asked of an awareness session, refused of anything else. */
	private Integer attended(BindingResult errors, boolean session) {
		String typed = text(this.attended);
		if (!session) {
			if (!typed.isEmpty()) {
				errors.rejectValue("attended", "only",
						"Only an awareness session has a number attended: leave it empty");
			}
			return null;
		}
		if (typed.isEmpty()) {
			errors.rejectValue("attended", "required", "Enter how many attended the session");
			return null;
		}
		if (!typed.matches("\\d{1,5}")) {
			errors.rejectValue("attended", "invalid", "Enter how many attended as a whole number, like 25");
			return null;
		}
		return Integer.valueOf(typed);
	}

	private static String text(String value) {
		return (value != null) ? value.strip() : "";
	}

	private static void checkLength(BindingResult errors, String field, String text, String whenEmpty, int longest,
			String name) {
		if (text.isEmpty()) {
			errors.rejectValue(field, "required", whenEmpty);
		}
		else if (text.length() > longest) {
			errors.rejectValue(field, "long", name + " must be " + longest + " characters or fewer");
		}
	}

	private static LocalDate date(BindingResult errors, String field, DateAnswer answer, String name, String whenEmpty,
			int exampleYear) {
		DateAnswer.Reading reading = ((answer != null) ? answer : new DateAnswer()).read(name, whenEmpty, exampleYear);
		if (reading.isValid()) {
			return reading.date();
		}
		errors.rejectValue((reading.problem().part() != null) ? field + "." + reading.problem().part() : field,
				"invalid", reading.problem().message());
		return null;
	}

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public DateAnswer getHappenedOn() {
		return this.happenedOn;
	}

	public void setHappenedOn(DateAnswer happenedOn) {
		this.happenedOn = happenedOn;
	}

	public String getWho() {
		return this.who;
	}

	public void setWho(String who) {
		this.who = who;
	}

	public String getAttended() {
		return this.attended;
	}

	public void setAttended(String attended) {
		this.attended = attended;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getNextStep() {
		return this.nextStep;
	}

	public void setNextStep(String nextStep) {
		this.nextStep = nextStep;
	}

	public DateAnswer getNextStepDue() {
		return this.nextStepDue;
	}

	public void setNextStepDue(DateAnswer nextStepDue) {
		this.nextStepDue = nextStepDue;
	}

}
