package org.covenantconnects.institution.web;

import org.covenantconnects.institution.Offer;

/**
 * An institution's offers to care leavers as its contact or a coordinator types them: for
 * each offer an answer (yes, no, not known) and a sentence; the bursary's amount and the
 * named contact's name and email.
 */
public class OffersForm {

	private String contactAnswer;

	private String contactSentence;

	private String contactName;

	private String contactEmail;

	private String bursaryAnswer;

	private String bursarySentence;

	private String bursaryAmount;

	private String accommodationAnswer;

	private String accommodationSentence;

	private String applicationsAnswer;

	private String applicationsSentence;

	private String mentalHealthAnswer;

	private String mentalHealthSentence;

	private String otherAnswer;

	private String otherSentence;

	public String getContactAnswer() {
		return this.contactAnswer;
	}

	public void setContactAnswer(String contactAnswer) {
		this.contactAnswer = contactAnswer;
	}

	public String getContactSentence() {
		return this.contactSentence;
	}

	public void setContactSentence(String contactSentence) {
		this.contactSentence = contactSentence;
	}

	public String getContactName() {
		return this.contactName;
	}

	public void setContactName(String contactName) {
		this.contactName = contactName;
	}

	public String getContactEmail() {
		return this.contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = contactEmail;
	}

	public String getBursaryAnswer() {
		return this.bursaryAnswer;
	}

	public void setBursaryAnswer(String bursaryAnswer) {
		this.bursaryAnswer = bursaryAnswer;
	}

	public String getBursarySentence() {
		return this.bursarySentence;
	}

	public void setBursarySentence(String bursarySentence) {
		this.bursarySentence = bursarySentence;
	}

	public String getBursaryAmount() {
		return this.bursaryAmount;
	}

	public void setBursaryAmount(String bursaryAmount) {
		this.bursaryAmount = bursaryAmount;
	}

	public String getAccommodationAnswer() {
		return this.accommodationAnswer;
	}

	public void setAccommodationAnswer(String accommodationAnswer) {
		this.accommodationAnswer = accommodationAnswer;
	}

	public String getAccommodationSentence() {
		return this.accommodationSentence;
	}

	public void setAccommodationSentence(String accommodationSentence) {
		this.accommodationSentence = accommodationSentence;
	}

	public String getApplicationsAnswer() {
		return this.applicationsAnswer;
	}

	public void setApplicationsAnswer(String applicationsAnswer) {
		this.applicationsAnswer = applicationsAnswer;
	}

	public String getApplicationsSentence() {
		return this.applicationsSentence;
	}

	public void setApplicationsSentence(String applicationsSentence) {
		this.applicationsSentence = applicationsSentence;
	}

	public String getMentalHealthAnswer() {
		return this.mentalHealthAnswer;
	}

	public void setMentalHealthAnswer(String mentalHealthAnswer) {
		this.mentalHealthAnswer = mentalHealthAnswer;
	}

	public String getMentalHealthSentence() {
		return this.mentalHealthSentence;
	}

	public void setMentalHealthSentence(String mentalHealthSentence) {
		this.mentalHealthSentence = mentalHealthSentence;
	}

	public String getOtherAnswer() {
		return this.otherAnswer;
	}

	public void setOtherAnswer(String otherAnswer) {
		this.otherAnswer = otherAnswer;
	}

	public String getOtherSentence() {
		return this.otherSentence;
	}

	public void setOtherSentence(String otherSentence) {
		this.otherSentence = otherSentence;
	}

	/** The form's field prefix for an offer, such as {@code bursary}. */
	static String prefix(Offer offer) {
		return switch (offer) {
			case CARE_LEAVER_CONTACT -> "contact";
			case BURSARY -> "bursary";
			case YEAR_ROUND_ACCOMMODATION -> "accommodation";
			case APPLICATION_HELP -> "applications";
			case MENTAL_HEALTH_SUPPORT -> "mentalHealth";
			case OTHER -> "other";
		};
	}

	String answerOf(Offer offer) {
		return switch (offer) {
			case CARE_LEAVER_CONTACT -> this.contactAnswer;
			case BURSARY -> this.bursaryAnswer;
			case YEAR_ROUND_ACCOMMODATION -> this.accommodationAnswer;
			case APPLICATION_HELP -> this.applicationsAnswer;
			case MENTAL_HEALTH_SUPPORT -> this.mentalHealthAnswer;
			case OTHER -> this.otherAnswer;
		};
	}

	String sentenceOf(Offer offer) {
		return switch (offer) {
			case CARE_LEAVER_CONTACT -> this.contactSentence;
			case BURSARY -> this.bursarySentence;
			case YEAR_ROUND_ACCOMMODATION -> this.accommodationSentence;
			case APPLICATION_HELP -> this.applicationsSentence;
			case MENTAL_HEALTH_SUPPORT -> this.mentalHealthSentence;
			case OTHER -> this.otherSentence;
		};
	}

	void set(Offer offer, String answer, String sentence) {
		switch (offer) {
			case CARE_LEAVER_CONTACT -> {
				this.contactAnswer = answer;
				this.contactSentence = sentence;
			}
			case BURSARY -> {
				this.bursaryAnswer = answer;
				this.bursarySentence = sentence;
			}
			case YEAR_ROUND_ACCOMMODATION -> {
				this.accommodationAnswer = answer;
				this.accommodationSentence = sentence;
			}
			case APPLICATION_HELP -> {
				this.applicationsAnswer = answer;
				this.applicationsSentence = sentence;
			}
			case MENTAL_HEALTH_SUPPORT -> {
				this.mentalHealthAnswer = answer;
				this.mentalHealthSentence = sentence;
			}
			case OTHER -> {
				this.otherAnswer = answer;
				this.otherSentence = sentence;
			}
		}
	}

}
