package org.covenantconnects.browser;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;
import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Checks a page's HTML with the Nu HTML Checker (the engine behind the W3C's HTML
 * checker), in this JVM and without the network. Errors are reported; warnings and notes
 * are not.
 */
class HtmlConformance {

	private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

	private final SimpleDocumentValidator validator;

	private final List<String> errors = new ArrayList<>();

	HtmlConformance() {
		quietLogging();
		this.validator = new SimpleDocumentValidator(false, false, false);
		ErrorHandler collector = new ErrorHandler() {

			@Override
			public void warning(SAXParseException exception) {
			}

			@Override
			public void error(SAXParseException exception) {
				HtmlConformance.this.errors.add(describe(exception));
			}

			@Override
			public void fatalError(SAXParseException exception) {
				HtmlConformance.this.errors.add(describe(exception));
			}

		};
		try {
			this.validator.setUpMainSchema(SCHEMA, collector);
			this.validator.setUpValidatorAndParsers(collector, false, false);
		}
		catch (Exception ex) {
			throw new IllegalStateException("The Nu HTML Checker could not load its schema", ex);
		}
	}

	/**
	 * The checker logs through log4j 1, which is otherwise unconfigured here: its
	 * warnings go to the console, its debugging nowhere.
	 */
	private static void quietLogging() {
		Logger root = Logger.getRootLogger();
		if (!root.getAllAppenders().hasMoreElements()) {
			root.addAppender(new ConsoleAppender(new PatternLayout("%c - %m%n")));
			root.setLevel(Level.WARN);
		}
	}

	/** The errors in a document, each as "line L, column C: message"; empty if none. */
	List<String> errorsIn(String html) {
		this.errors.clear();
		try {
			this.validator
				.checkHtmlInputSource(new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8))));
		}
		catch (Exception ex) {
			this.errors.add("the checker stopped: " + ex);
		}
		return List.copyOf(this.errors);
	}

	private static String describe(SAXParseException exception) {
		return "line " + exception.getLineNumber() + ", column " + exception.getColumnNumber() + ": "
				+ exception.getMessage();
	}

}
