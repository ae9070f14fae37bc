package org.covenantconnects.email.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.covenantconnects.email.internal.Delivery;
import org.covenantconnects.email.internal.DeliveryReceipts;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where GOV.UK Notify posts a delivery receipt for each email it took, once it knows
 * whether the email reached the recipient. Notify is set up (in its API integration
 * settings) to call this address with the bearer token in
 * {@code CONNECTS_NOTIFY_CALLBACK_TOKEN}. Nobody signs in here: a request without that
 * token answers 401 and changes nothing, and with no token configured every request does.
 * There is no session and no CSRF token, as the caller is another service, not a browser.
 * Errors are problem details (RFC 9457).
 */
@RestController
public final class DeliveryReceiptsController {

	static final String PATH = "/notify/delivery-receipts";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String STATUSES = String.join(", ",
			Arrays.stream(Delivery.values()).map(Delivery::notifyStatus).toList());

	private final DeliveryReceipts receipts;

	/** A digest of the expected Authorization header, or null when none is configured. */
	private final byte @Nullable [] expected;

	DeliveryReceiptsController(DeliveryReceipts receipts,
			@Value("${connects.notify.callback-token:}") String callbackToken) {
		this.receipts = receipts;
		String token = callbackToken.strip();
		this.expected = token.isEmpty() ? null : digest("Bearer " + token);
	}

	/**
	 * Receipts are a few hundred bytes; anything past this is refused unread, so a caller
	 * cannot make the service hold a large body in memory.
	 */
	static final int MAX_BODY_BYTES = 16 * 1024;

	/**
	 * The body is read here, not bound by Spring, so that a request without the token is
	 * answered before a byte of its body is read, and no more than
	 * {@value #MAX_BODY_BYTES} bytes (and one to tell) are ever read.
	 */
	@PostMapping(PATH)
	ResponseEntity<?> receive(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
			HttpServletRequest request) throws IOException {
		if (!authorised(authorization)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
					"A delivery receipt must carry the bearer token the service gave GOV.UK Notify.");
			problem.setTitle("Not authorised");
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
				.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
				.body(problem);
		}
		String body = (request.getContentLengthLong() > MAX_BODY_BYTES) ? null
				: readAtMost(request.getInputStream(), MAX_BODY_BYTES);
		if (body == null) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
					"A delivery receipt must be at most " + MAX_BODY_BYTES + " bytes.");
			problem.setTitle("Receipt too large");
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
		}
		JsonNode receipt;
		try {
			receipt = !body.isBlank() ? JSON.readTree(body) : null;
		}
		catch (JacksonException ex) {
			return badRequest(List.of(problem("body", "The receipt is not valid JSON.")));
		}
		if (receipt == null || !receipt.isObject()) {
			return badRequest(
					List.of(problem("body", "The receipt must be a JSON object with a reference and a status.")));
		}
		List<Map<String, String>> problems = new ArrayList<>();
		Optional<UUID> reference = reference(receipt, problems);
		Optional<Delivery> delivery = delivery(receipt, problems);
		if (!problems.isEmpty()) {
			return badRequest(problems);
		}
		if (!this.receipts.record(reference.orElseThrow(), delivery.orElseThrow())) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
					"No email has the reference " + reference.get() + ".");
			problem.setTitle("No such email");
			return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
		}
		return ResponseEntity.noContent().build();
	}

	/** The stream as UTF-8 text, or null if it holds more than the limit. */
	private static @Nullable String readAtMost(InputStream in, int limit) throws IOException {
		byte[] bytes = in.readNBytes(limit + 1);
		return (bytes.length > limit) ? null : new String(bytes, StandardCharsets.UTF_8);
	}

	private boolean authorised(@Nullable String authorization) {
		if (this.expected == null || authorization == null) {
			return false;
		}
		// Digests of equal length, so the comparison takes as long whatever was sent.
		return MessageDigest.isEqual(this.expected, digest(authorization.strip()));
	}

	private static Optional<UUID> reference(JsonNode receipt, List<Map<String, String>> problems) {
		JsonNode reference = receipt.get("reference");
		if (reference == null || reference.isNull() || !reference.isString() || reference.asString().isBlank()) {
			problems.add(problem("reference", "The reference is missing: it is the id of the email the service sent."));
			return Optional.empty();
		}
		try {
			return Optional.of(UUID.fromString(reference.asString().strip()));
		}
		catch (IllegalArgumentException ex) {
			problems
				.add(problem("reference", "The reference must be the id of an email the service sent (a UUID), not '"
						+ reference.asString() + "'."));
			return Optional.empty();
		}
	}

	private static Optional<Delivery> delivery(JsonNode receipt, List<Map<String, String>> problems) {
		JsonNode status = receipt.get("status");
		if (status == null || status.isNull() || !status.isString() || status.asString().isBlank()) {
			problems.add(problem("status", "The status is missing: it must be one of " + STATUSES + "."));
			return Optional.empty();
		}
		Optional<Delivery> delivery = Delivery.fromNotifyStatus(status.asString().strip());
		if (delivery.isEmpty()) {
			problems
				.add(problem("status", "The status must be one of " + STATUSES + ", not '" + status.asString() + "'."));
		}
		return delivery;
	}

	private static Map<String, String> problem(String field, String message) {
		return Map.of("field", field, "message", message);
	}

	private static ResponseEntity<ProblemDetail> badRequest(List<Map<String, String>> problems) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The receipt has problems: "
				+ String.join(" ", problems.stream().map((p) -> p.get("message")).toList()));
		problem.setTitle("Invalid delivery receipt");
		problem.setProperty("errors", problems);
		return ResponseEntity.badRequest().body(problem);
	}

	private static byte[] digest(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
