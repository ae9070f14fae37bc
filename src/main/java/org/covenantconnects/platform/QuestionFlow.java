package org.covenantconnects.platform;

import java.io.Serializable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpSession;

import org.springframework.validation.Errors;

/**
 * Question pages that ask one thing each and keep the checked answers in the session
 * (which lives in the database, so any instance can carry on) until the last page uses
 * them. Every page goes on to the first question not answered yet, or to the check of
 * every answer, so that changing an answer from the check comes back to it.
 *
 * @param <A> the answers so far: only checked values, and never a password
 */
public final class QuestionFlow<A extends Serializable> {

	private final String sessionKey;

	private final Supplier<A> noAnswers;

	private final Function<A, String> nextPage;

	/**
	 * @param sessionKey the name the answers are kept under in the session
	 * @param noAnswers the answers of someone who has answered nothing yet
	 * @param nextPage the address of the page after a change of answers
	 */
	public QuestionFlow(String sessionKey, Supplier<A> noAnswers, Function<A, String> nextPage) {
		this.sessionKey = sessionKey;
		this.noAnswers = noAnswers;
		this.nextPage = nextPage;
	}

	/** The answers kept so far. */
	@SuppressWarnings("unchecked")
	public A answers(HttpSession session) {
		A none = this.noAnswers.get();
		Object kept = session.getAttribute(this.sessionKey);
		return none.getClass().isInstance(kept) ? (A) kept : none;
	}

	/**
	 * The page after a question: the same page again when its answer has errors, else the
	 * next page once the answer is kept.
	 * @param askAgain shows the question again, with the errors
	 * @param keep puts the checked answer into the answers
	 */
	public String answer(HttpSession session, Errors errors, Supplier<String> askAgain, Consumer<A> keep) {
		if (errors.hasErrors()) {
			return askAgain.get();
		}
		A answers = answers(session);
		keep.accept(answers);
		return next(session, answers);
	}

	/** Keeps the answers and goes to the page after them. */
	public String next(HttpSession session, A answers) {
		// Set again, so that the session store writes the changed answers.
		session.setAttribute(this.sessionKey, answers);
		return "redirect:" + this.nextPage.apply(answers);
	}

	/** Forgets every answer: once they are used, or when none may be kept. */
	public void forget(HttpSession session) {
		session.removeAttribute(this.sessionKey);
	}

}
