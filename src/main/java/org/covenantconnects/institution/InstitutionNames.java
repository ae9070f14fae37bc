package org.covenantconnects.institution;

import java.util.List;

import org.covenantconnects.platform.NameWords;

/**
 * When two names of a college or university are the same (ADR 033): their words, as
 * {@link NameWords} reads them, without "the", joined with nothing between. Case,
 * accents, punctuation, spaces, "&amp;" written for "and" and a leading or missing "The"
 * make no difference; any other difference does: a letter more or less, another word, a
 * word left out.
 */
public final class InstitutionNames {

	private InstitutionNames() {
	}

	/** The name as compared; empty for a name with no letters or digits. */
	public static String key(String name) {
		List<String> words = NameWords.of(name);
		List<String> kept = words.stream().filter((word) -> !"the".equals(word)).toList();
		return String.join("", kept.isEmpty() ? words : kept);
	}

	/** Whether two names are the same name, written differently at most. */
	public static boolean same(String one, String other) {
		String key = key(one);
		return !key.isEmpty() && key.equals(key(other));
	}

}
