package org.covenantconnects.meeting.web;

import java.util.ArrayList;
import java.util.List;

import org.covenantconnects.platform.DateAnswer;

/** What the network meeting pages' forms send. */
final class MeetingForms {

	private MeetingForms() {
	}

	/** The contacts chosen to invite, by their keys. */
	static class Invitations {

		private List<String> contacts = new ArrayList<>();

		public List<String> getContacts() {
			return this.contacts;
		}

		public void setContacts(List<String> contacts) {
			this.contacts = contacts;
		}

	}

	static class Agenda {

		private String agenda;

		public String getAgenda() {
			return this.agenda;
		}

		public void setAgenda(String agenda) {
			this.agenda = agenda;
		}

	}

	/** The notes, and the invitees who came, by id. */
	static class Notes {

		private String notes;

		private List<String> came = new ArrayList<>();

		public String getNotes() {
			return this.notes;
		}

		public void setNotes(String notes) {
			this.notes = notes;
		}

		public List<String> getCame() {
			return this.came;
		}

		public void setCame(List<String> came) {
			this.came = came;
		}

	}

	static class Action {

		private String what;

		private String owner;

		private DateAnswer due = new DateAnswer();

		public String getWhat() {
			return this.what;
		}

		public void setWhat(String what) {
			this.what = what;
		}

		public String getOwner() {
			return this.owner;
		}

		public void setOwner(String owner) {
			this.owner = owner;
		}

		public DateAnswer getDue() {
			return this.due;
		}

		public void setDue(DateAnswer due) {
			this.due = due;
		}

	}

}
