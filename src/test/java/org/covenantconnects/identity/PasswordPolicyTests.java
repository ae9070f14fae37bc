package org.covenantconnects.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void aPasswordShorterThanEightCharactersIsRefused() {
		assertThat(this.policy.problemWith("k9#Lm2q")).contains("Password must be 8 characters or more");
	}

	@Test
	void commonPasswordsAreRefusedEvenWhenLongEnough() {
		assertThat(this.policy.problemWith("password123")).hasValueSatisfying(
				(problem) -> assertThat(problem).startsWith("Choose a password that is harder to guess"));
		assertThat(this.policy.problemWith("qwertyuiop")).isPresent();
		assertThat(this.policy.problemWith("12345678")).isPresent();
	}

	@Test
	void aPasswordMadeOfThePersonsOwnNameIsRefused() {
		assertThat(this.policy.problemWith("jordanjordan2008", "Jordan", "jordan@example.com")).isPresent();
	}

	@Test
	void threeRandomWordsAreAccepted() {
		assertThat(this.policy.problemWith("kettle orbit lantern")).isEmpty();
	}

	@Test
	void longPassphrasesAreWelcomeUpToTheLimit() {
		assertThat(this.policy.problemWith("my cat sleeps on the warm radiator every winter afternoon")).isEmpty();
		assertThat(this.policy.problemWith("x".repeat(PasswordPolicy.MAX_LENGTH + 1)))
			.contains("Password must be 256 characters or fewer");
	}

	@Test
	void anEmptyPasswordAsksForOne() {
		assertThat(this.policy.problemWith("")).contains("Enter a password");
		assertThat(this.policy.problemWith(null)).contains("Enter a password");
	}

}
