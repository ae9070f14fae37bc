package org.covenantconnects.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload far above every limit the service sets (the multipart limits in
 * {@code application.yml}) is answered with a page that says so, not an error. Uploads
 * just above a form's own limit reach the form, which says so beside the field.
 */
@ControllerAdvice
class UploadTooLarge {

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		return "error/upload-too-large";
	}

}
