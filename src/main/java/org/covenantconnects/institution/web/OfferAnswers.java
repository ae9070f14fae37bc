package org.covenantconnects.institution.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.covenantconnects.institution.Answer;
import org.covenantconnects.institution.Offer;
import org.covenantconnects.institution.OfferAnswer;
import org.covenantconnects.platform.Choice;
import org.covenantconnects.platform.EmailAddress;

import org.springframework.validation.BindingResult;

/**
 * Reads the offers form into answers, and fills it from them: one place for the
 * coordinators' page and the institution contact's page.
 */
final class OfferAnswers {

	static final int LONGEST_SENTENCE = 500;

	static final List<Choice> ANSWERS = Arrays.stream(Answer.values())
		.map((answer) -> Choice.of(answer.name(), answer.label()))
		.toList();

	private OfferAnswers() {
	}

	static OffersForm formOf(List<OfferAnswer> answers) {
		OffersForm form = new OffersForm();
		for (OfferAnswer answer : answers) {
			form.set(answer.offer(), answer.answer().name(), answer.sentence());
			if (answer.offer() == Offer.BURSARY && answer.amountPence() != null) {
				form.setBursaryAmount(BigDecimal.valueOf(answer.amountPence(), 2).stripTrailingZeros().toPlainString());
			}
			if (answer.offer() == Offer.CARE_LEAVER_CONTACT) {
				form.setContactName(answer.contactName());
				form.setContactEmail(answer.contactEmail());
			}
		}
		return form;
	}

	/** The answers, or an empty list with the errors recorded. */
	static List<OfferAnswer> read(OffersForm form, BindingResult errors) {
		List<OfferAnswer> answers = new ArrayList<>();
		for (Offer offer : Offer.values()) {
			String prefix = OffersForm.prefix(offer);
			Answer answer = Arrays.stream(Answer.values())
				.filter((each) -> each.name().equals(form.answerOf(offer)))
				.findFirst()
				.orElse(null);
			if (answer == null) {
				errors.rejectValue(prefix + "Answer", "required",
						"Select yes, no or not known for " + offer.title().toLowerCase(java.util.Locale.ROOT));
			}
			Checks.longest(errors, prefix + "Sentence", form.sentenceOf(offer), LONGEST_SENTENCE, "The sentence");
			Long amount = null;
			String name = null;
			String email = null;
			if (offer == Offer.BURSARY && answer == Answer.YES) {
				amount = pence(errors, form.getBursaryAmount());
			}
			if (offer == Offer.CARE_LEAVER_CONTACT && answer == Answer.YES) {
				name = Checks.orNull(form.getContactName());
				email = Checks.orNull(form.getContactEmail());
				if (name == null) {
					errors.rejectValue("contactName", "required", "Enter the name of the contact for care leavers");
				}
				else {
					Checks.longest(errors, "contactName", name, 200, "The contact's name");
				}
				if (email == null) {
					errors.rejectValue("contactEmail", "required",
							"Enter the work email address of the contact for care leavers");
				}
				else if (email.length() > EmailAddress.LONGEST) {
					errors.rejectValue("contactEmail", "long", EmailAddress.TOO_LONG);
				}
				else if (!EmailAddress.isValid(email)) {
					errors.rejectValue("contactEmail", "invalid", EmailAddress.WRONG_FORMAT);
				}
			}
			if (answer != null && !errors.hasErrors()) {
				answers.add(new OfferAnswer(offer, answer, Checks.orNull(form.sentenceOf(offer)), amount, name, email));
			}
		}
		return errors.hasErrors() ? List.of() : answers;
	}

	/** A bursary's amount a year in pounds, such as 1200 or 1,200.50, in pence. */
	private static Long pence(BindingResult errors, String typed) {
		String text = Checks.text(typed).replace("£", "").replace(",", "");
		if (text.isEmpty()) {
			return null;
		}
		try {
			BigDecimal pounds = new BigDecimal(text);
			if (pounds.signum() < 0 || pounds.scale() > 2 || pounds.compareTo(BigDecimal.valueOf(100_000)) > 0) {
				throw new NumberFormatException();
			}
			return pounds.movePointRight(2).longValueExact();
		}
		catch (NumberFormatException | ArithmeticException ex) {
			errors.rejectValue("bursaryAmount", "invalid",
					"Enter the bursary a year in pounds, like 1200 or 1200.50, up to 100000");
			return null;
		}
	}

	/** One offer's row on the form: its fields and title. */
	record Field(Offer offer, String answer, String sentence) {

		static List<Field> all() {
			return Arrays.stream(Offer.values())
				.map((offer) -> new Field(offer, OffersForm.prefix(offer) + "Answer",
						OffersForm.prefix(offer) + "Sentence"))
				.toList();
		}

	}

}
