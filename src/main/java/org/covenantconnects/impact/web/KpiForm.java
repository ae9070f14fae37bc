package org.covenantconnects.impact.web;

/**
 * A KPI as an administrator typed it: its name, written definition, the kind of record it
 * counts, how that is narrowed, its cadence and the target of each year.
 */
public class KpiForm {

	private String name;

	private String definition;

	private String basis;

	private String orientation;

	private String eventKind;

	private String cadence;

	private String target;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDefinition() {
		return this.definition;
	}

	public void setDefinition(String definition) {
		this.definition = definition;
	}

	public String getBasis() {
		return this.basis;
	}

	public void setBasis(String basis) {
		this.basis = basis;
	}

	public String getOrientation() {
		return this.orientation;
	}

	public void setOrientation(String orientation) {
		this.orientation = orientation;
	}

	public String getEventKind() {
		return this.eventKind;
	}

	public void setEventKind(String eventKind) {
		this.eventKind = eventKind;
	}

	public String getCadence() {
		return this.cadence;
	}

	public void setCadence(String cadence) {
		this.cadence = cadence;
	}

	public String getTarget() {
		return this.target;
	}

	public void setTarget(String target) {
		this.target = target;
	}

}
