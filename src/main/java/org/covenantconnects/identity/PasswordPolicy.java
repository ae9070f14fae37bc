package org.covenantconnects.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.scoring.Result;

import org.springframework.stereotype.Component;

/**
 * Decides whether a password is good enough: at least {@value #MIN_LENGTH} characters, at
 * most {@value #MAX_LENGTH}, and not easy to guess (common passwords, keyboard patterns,
 * dates, and the person's own name or email are estimated by nbvcxz).
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 8;

	public static final int MAX_LENGTH = 256;

	/** Roughly "would survive an offline attack on a well-hashed database for years". */
	private static final double MINIMUM_ENTROPY = 35d;

	/**
	 * Checks a password against the policy.
	 * @param personalWords words the person is known by (name, email) that must not make
	 * up the password
	 * @return what is wrong with it, in words to show the person, or empty if it is
	 * acceptable
	 */
	public Optional<String> problemWith(String password, String... personalWords) {
		if (password == null || password.isEmpty()) {
			return Optional.of("Enter a password");
		}
		if (password.length() < MIN_LENGTH) {
			return Optional.of("Password must be " + MIN_LENGTH + " characters or more");
		}
		if (password.length() > MAX_LENGTH) {
			return Optional.of("Password must be " + MAX_LENGTH + " characters or fewer");
		}
		Result result = estimator(personalWords).estimate(password);
		if (!result.isMinimumEntropyMet()) {
			return Optional.of("Choose a password that is harder to guess, for example three random words together");
		}
		return Optional.empty();
	}

	private Nbvcxz estimator(String... personalWords) {
		List<Dictionary> dictionaries = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
		DictionaryBuilder personal = new DictionaryBuilder().setDictionaryName("personal").setExclusion(true);
		Arrays.stream(personalWords)
			.filter(Objects::nonNull)
			.flatMap((word) -> Arrays.stream(word.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")))
			.filter((word) -> word.length() > 2)
			.forEach((word) -> personal.addWord(word, 0));
		dictionaries.add(personal.createDictionary());
		return new Nbvcxz(new ConfigurationBuilder().setDictionaries(dictionaries)
			.setMinimumEntropy(MINIMUM_ENTROPY)
			.setMaxLength(MAX_LENGTH)
			.createConfiguration());
	}

}
