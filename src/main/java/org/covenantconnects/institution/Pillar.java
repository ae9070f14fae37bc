package org.covenantconnects.institution;

import java.util.Arrays;
import java.util.Optional;

/** The three pillars of the Whole Institution Approach. */
public enum Pillar {

	STUDENT("Student", "student", "Support for care leavers while they study."),
	EMPLOYMENT("Employment", "employment", "Routes into work and the Covenant's opportunities."),
	COMMUNITY("Community", "community", "The institution's place in a care leaver's wider life.");

	private final String title;

	private final String slug;

	private final String meaning;

	Pillar(String title, String slug, String meaning) {
		this.title = title;
		this.slug = slug;
		this.meaning = meaning;
	}

	public String title() {
		return this.title;
	}

	public String slug() {
		return this.slug;
	}

	/** What the pillar is about, in one sentence. */
	public String meaning() {
		return this.meaning;
	}

	public static Optional<Pillar> bySlug(String slug) {
		return Arrays.stream(values()).filter((pillar) -> pillar.slug.equals(slug)).findFirst();
	}

}
