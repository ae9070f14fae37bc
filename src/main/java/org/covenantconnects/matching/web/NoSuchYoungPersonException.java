package org.covenantconnects.matching.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No young person by that id: answered as not found, like anything else not there. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NoSuchYoungPersonException extends RuntimeException {

	NoSuchYoungPersonException() {
		super("No such young person");
	}

}
