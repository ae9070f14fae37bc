package org.covenantconnects.event.web;

import java.util.ArrayList;
import java.util.List;

import org.covenantconnects.platform.DateAnswer;

/**
 * An event as the organiser types it, kept as typed so that nothing is lost on a refusal.
 */
public class EventForm {

	private String title;

	private String description;

	private String kind;

	private List<String> audiences = new ArrayList<>();

	private DateAnswer date = new DateAnswer();

	private String startTime;

	private String endTime;

	private String format;

	private String venue;

	private String venueAddress;

	private String joiningLink;

	private String region;

	private String capacity;

	private String accessibility;

	private String travelPaid;

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public List<String> getAudiences() {
		return this.audiences;
	}

	public void setAudiences(List<String> audiences) {
		this.audiences = audiences;
	}

	public DateAnswer getDate() {
		return this.date;
	}

	public void setDate(DateAnswer date) {
		this.date = date;
	}

	public String getStartTime() {
		return this.startTime;
	}

	public void setStartTime(String startTime) {
		this.startTime = startTime;
	}

	public String getEndTime() {
		return this.endTime;
	}

	public void setEndTime(String endTime) {
		this.endTime = endTime;
	}

	public String getFormat() {
		return this.format;
	}

	public void setFormat(String format) {
		this.format = format;
	}

	public String getVenue() {
		return this.venue;
	}

	public void setVenue(String venue) {
		this.venue = venue;
	}

	public String getVenueAddress() {
		return this.venueAddress;
	}

	public void setVenueAddress(String venueAddress) {
		this.venueAddress = venueAddress;
	}

	public String getJoiningLink() {
		return this.joiningLink;
	}

	public void setJoiningLink(String joiningLink) {
		this.joiningLink = joiningLink;
	}

	public String getRegion() {
		return this.region;
	}

	public void setRegion(String region) {
		this.region = region;
	}

	public String getCapacity() {
		return this.capacity;
	}

	public void setCapacity(String capacity) {
		this.capacity = capacity;
	}

	public String getAccessibility() {
		return this.accessibility;
	}

	public void setAccessibility(String accessibility) {
		this.accessibility = accessibility;
	}

	public String getTravelPaid() {
		return this.travelPaid;
	}

	public void setTravelPaid(String travelPaid) {
		this.travelPaid = travelPaid;
	}

}
