package org.covenantconnects.platform;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;

/**
 * The words of an organisation's name as a list or a person writes it, for comparing one
 * name with another: accents removed, lower case, "&amp;" read as "and", and every run of
 * punctuation or spaces a break between words. Each kind of name (councils, colleges)
 * decides which words say nothing of which one it is.
 */
public final class NameWords {

	private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z0-9]+");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private NameWords() {
	}

	/** The words of a name, in order; none for a name with no letters or digits. */
	@SuppressFBWarnings(value = "IMPROPER_UNICODE",
			justification = "Names are folded only to compare them with a list of names; nothing is granted by it")
	public static List<String> of(String name) {
		String text = Normalizer.normalize(name, Normalizer.Form.NFD);
		text = MARKS.matcher(text).replaceAll("").toLowerCase(Locale.ROOT).replace("&", " and ");
		List<String> words = new ArrayList<>();
		for (String word : NOT_LETTERS.split(text)) {
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return words;
	}

}
