package org.covenantconnects.resource.web;

import java.util.ArrayList;
import java.util.List;

import org.covenantconnects.platform.DateAnswer;

import org.springframework.web.multipart.MultipartFile;

/** A document for partners as a coordinator uploads it. */
public class ResourceForm {

	private String title;

	private List<String> audiences = new ArrayList<>();

	private DateAnswer publishedOn = new DateAnswer();

	private MultipartFile file;

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public List<String> getAudiences() {
		return this.audiences;
	}

	public void setAudiences(List<String> audiences) {
		this.audiences = audiences;
	}

	public DateAnswer getPublishedOn() {
		return this.publishedOn;
	}

	public void setPublishedOn(DateAnswer publishedOn) {
		this.publishedOn = publishedOn;
	}

	public MultipartFile getFile() {
		return this.file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

}
