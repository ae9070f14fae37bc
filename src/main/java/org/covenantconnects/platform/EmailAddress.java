package org.covenantconnects.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/**
 * The one rule for an email address someone types: something, an {@code @}, and a domain
 * with a dot in it, no longer than {@value #LONGEST} characters. It only catches slips of
 * the keyboard; the email we send proves the address works. Each page says in its own
 * words what to do when nothing is typed.
 */
public final class EmailAddress {

	/** The format, as a regular expression. */
	public static final String FORMAT = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

	/** The most characters an address may have. */
	public static final int LONGEST = 320;

	public static final String WRONG_FORMAT = "Enter an email address in the correct format, like name@example.com";

	public static final String TOO_LONG = "Email address must be " + LONGEST + " characters or fewer";

	private static final Pattern PATTERN = Pattern.compile(FORMAT);

	private EmailAddress() {
	}

	/**
	 * Whether two addresses are the same but for the case of their letters: used only to
	 * tell someone they typed their own address, never to find an account or decide what
	 * anyone may do (accounts are found by the address as stored).
	 */
	@SuppressFBWarnings(value = "IMPROPER_UNICODE",
			justification = "Case folding here only spots someone typing their own address; it grants nothing")
	public static boolean same(String one, String other) {
		return one.trim().equalsIgnoreCase(other.trim());
	}

	/** Whether an address (already trimmed) keeps to the rule. */
	public static boolean isValid(String address) {
		return address.length() <= LONGEST && PATTERN.matcher(address).matches();
	}

	/**
	 * The rule as Bean Validation on a form's field: an address in the wrong format or
	 * too long is refused with its own message, and nothing typed passes (put
	 * {@code @NotBlank} beside it with the page's words).
	 */
	@Email(message = WRONG_FORMAT, regexp = "(" + FORMAT + ")?")
	@Size(max = LONGEST, message = TOO_LONG)
	@Constraint(validatedBy = {})
	@Documented
	@Target(ElementType.FIELD)
	@Retention(RetentionPolicy.RUNTIME)
	public @interface WellFormed {

		String message() default "";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

}
