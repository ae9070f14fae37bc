package org.covenantconnects.ops;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mixed load of the fault run ({@code ops/fault-run.sh}): many people at once,
 * through the load balancer, for a bounded time, each a thread with a session of its own,
 * doing what people do on Covenant Connects:
 * <ul>
 * <li>care leavers new to the service register (every question, then a password), find
 * the confirmation link in the email the service sent them (as the SMTP recorder received
 * it) and confirm, then sign in and look at For you;</li>
 * <li>generated care leavers sign in, look at For you, search, open an opportunity, save
 * it and apply for it;</li>
 * <li>a coordinator, signed in by the script (second factor included), takes the
 * opportunities organisations submitted one after another and publishes most of them
 * (each publication fans out alerts) and returns the others with reasons;</li>
 * <li>visitors read the home page, search and the events.</li>
 * </ul>
 * It writes two files: {@code requests.txt}, one line a request (when it was sent, in
 * milliseconds since the epoch; the status, 0 when no answer came; the time taken in
 * milliseconds; what it was; which instance answered, from nginx's
 * {@code X-Connects-Upstream}), and {@code done.txt}, one line for each change the
 * service said it made (its answer was the success it gives: the redirect to the next
 * page), which the script then looks for in the database: registered, confirmed, saved,
 * applied, published, returned. A signed-in person sent to the sign-in page (signed out)
 * is a line {@code signed-out} in {@code done.txt}.
 * <p>
 * It needs nothing but the JDK and runs from its source:
 * {@code java MixedLoad.java key=value ...} (see {@link Settings}).
 */
public final class MixedLoad {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");

	private static final String PASSWORD = "covenant-generated";

	private final Settings settings;

	private final HttpClient http;

	private final PrintWriter requests;

	private final PrintWriter done;

	private final long deadline;

	private final ConcurrentLinkedQueue<String> toModerate;

	private final List<String> careLeavers;

	private final List<String> applicable;

	private final AtomicInteger newcomers = new AtomicInteger();

	private MixedLoad(Settings settings) throws IOException {
		this.settings = settings;
		this.http = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		this.requests = new PrintWriter(Files.newBufferedWriter(settings.out.resolve("requests.txt")));
		this.done = new PrintWriter(Files.newBufferedWriter(settings.out.resolve("done.txt")));
		this.deadline = System.currentTimeMillis() + settings.seconds * 1000L;
		this.toModerate = new ConcurrentLinkedQueue<>(lines(settings.toModerate));
		this.careLeavers = lines(settings.careLeavers);
		this.applicable = lines(settings.applicable);
	}

	public static void main(String[] args) throws Exception {
		Settings settings = Settings.of(args);
		MixedLoad load = new MixedLoad(settings);
		load.run();
	}

	private void run() throws InterruptedException {
		ExecutorService people = Executors.newCachedThreadPool();
		people.execute(() -> person(this::coordinator, 0));
		for (int i = 1; i <= this.settings.users; i++) {
			int number = i;
			// One in ten registers, one in ten only visits, the rest are care leavers who
			// already have an account.
			Journey journey = switch (i % 10) {
				case 0 -> this::newcomer;
				case 5 -> this::visitor;
				default -> this::careLeaver;
			};
			people.execute(() -> person(journey, number));
			// Arriving over the first seconds rather than all at once.
			Thread.sleep(20_000L / Math.max(10, this.settings.users));
		}
		people.shutdown();
		people.awaitTermination(this.settings.seconds + 120L, TimeUnit.SECONDS);
		synchronized (this) {
			this.requests.flush();
			this.done.flush();
		}
		System.out.println("mixed load: finished");
	}

	private void person(Journey journey, int number) {
		Person person = new Person(number);
		while (System.currentTimeMillis() < this.deadline) {
			try {
				journey.go(person);
			}
			catch (RuntimeException ex) {
				// A failed step (recorded with its request) ends this round; the person
				// starts again.
				pause(1000);
			}
		}
	}

	// Journeys

	private void newcomer(Person person) {
		person.cookies.clear();
		String email = "newcomer-" + this.settings.stamp + "-" + this.newcomers.incrementAndGet()
				+ "@generated.example";
		LocalDate born = LocalDate.now().minusYears(18 + ThreadLocalRandom.current().nextInt(6)).minusDays(40);
		String base = "/register/care-leaver";
		get(person, base, "register");
		Map<String, List<String>> answers = new LinkedHashMap<>();
		answers.put("", List.of("fullName", "Sam Fairweather", "preferredName", "Sam"));
		answers.put("/date-of-birth",
				List.of("dateOfBirth.day", String.valueOf(born.getDayOfMonth()), "dateOfBirth.month",
						String.valueOf(born.getMonthValue()), "dateOfBirth.year", String.valueOf(born.getYear())));
		answers.put("/email", List.of("email", email));
		answers.put("/council", List.of("council", String.valueOf(1 + ThreadLocalRandom.current().nextInt(150))));
		answers.put("/region", List.of("region", "E1200000" + (1 + ThreadLocalRandom.current().nextInt(9))));
		answers.put("/interests", List.of("types", "APPRENTICESHIP", "categories", "EMPLOYMENT_AND_WORK_EXPERIENCE"));
		answers.put("/situation", List.of("situation", "TRAINING"));
		answers.put("/ambitions", List.of("ambitions", "To work with my hands"));
		answers.put("/privacy", List.of("agreed", "yes"));
		String csrf = person.csrf;
		for (Map.Entry<String, List<String>> answer : answers.entrySet()) {
			csrf = postExpecting(person, base + answer.getKey(), csrf, answer.getValue(), "register", null);
		}
		post(person, base + "/check-answers", csrf, List.of(), "register", base + "/password");
		String page = get(person, base + "/password", "register");
		post(person, base + "/password", csrf(page), List.of("password", "a long walk to the coast"), "register",
				"/register/check-email");
		this.record("registered " + email);
		// The link from the email, as the SMTP server received it.
		Optional<String> link = Optional.empty();
		long waitUntil = System.currentTimeMillis() + 120_000;
		while (link.isEmpty() && System.currentTimeMillis() < Math.min(waitUntil, this.deadline)) {
			pause(1000);
			link = confirmationLink(email);
		}
		if (link.isEmpty()) {
			return;
		}
		String path = URI.create(link.get()).getPath();
		page = get(person, path, "confirm");
		String answer = send(person, "POST", path, form(List.of("_csrf", csrf(page))), "confirm");
		if (person.status == 200 && answer.contains("confirmed")) {
			this.record("confirmed " + email);
		}
		else {
			throw new IllegalStateException("not confirmed");
		}
		signIn(person, email, "a long walk to the coast");
		get(person, "/for-you", "for-you");
		pause(2000);
	}

	private void careLeaver(Person person) {
		String email = this.careLeavers.get(ThreadLocalRandom.current().nextInt(this.careLeavers.size()));
		person.cookies.clear();
		signIn(person, email, PASSWORD);
		for (int round = 0; round < 6 && System.currentTimeMillis() < this.deadline; round++) {
			signedIn(person, "/for-you", "for-you", email);
			get(person, "/opportunities?q=" + (round % 2 == 0 ? "apprenticeship" : "course"), "search");
			String opportunity = this.applicable.get(ThreadLocalRandom.current().nextInt(this.applicable.size()));
			String page = signedIn(person, "/opportunities/" + opportunity, "opportunity", email);
			if (person.status != 200) {
				continue;
			}
			post(person, "/opportunities/" + opportunity + "/save", csrf(page), List.of(), "save",
					"/opportunities/" + opportunity);
			this.record("saved " + email + " " + opportunity);
			// Applied before (another round): the page no longer offers it.
			if (!page.contains("/opportunities/" + opportunity + "/apply")) {
				continue;
			}
			page = get(person, "/opportunities/" + opportunity + "/apply", "apply");
			if (page.contains("name=\"share\"")) {
				post(person, "/opportunities/" + opportunity + "/apply", csrf(page),
						List.of("share", "NAME", "share", "EMAIL", "message", "I would like to take part."), "apply",
						"/my-opportunities");
				this.record("applied " + email + " " + opportunity);
			}
			pause(1000 + ThreadLocalRandom.current().nextInt(2000));
		}
	}

	private void visitor(Person person) {
		get(person, "/", "home");
		get(person, "/opportunities?q=" + (ThreadLocalRandom.current().nextBoolean() ? "job" : "mentoring"), "search");
		get(person, "/events", "events");
		pause(1000 + ThreadLocalRandom.current().nextInt(2000));
	}

	/**
	 * Publishes (three in four) or returns the next opportunity waiting for review, one
	 * every few seconds. An opportunity whose answer was not a success goes back in the
	 * queue, as a coordinator tries again.
	 */
	private void coordinator(Person person) {
		if (person.cookies.isEmpty()) {
			String[] cookie = this.settings.coordinatorCookie.split("=", 2);
			person.cookies.put(cookie[0], cookie[1]);
		}
		pause(this.settings.moderateEverySeconds * 1000L);
		String id = this.toModerate.poll();
		if (id == null) {
			return;
		}
		try {
			String page = get(person, "/coordinator/opportunities/" + id, "moderate");
			if (person.status == 200 && !page.contains("/publish")) {
				// Done already (an answer lost on its way back): nothing more to do with
				// it.
				return;
			}
			if (ThreadLocalRandom.current().nextInt(4) > 0) {
				post(person, "/coordinator/opportunities/" + id + "/publish", csrf(page), List.of(), "publish",
						"/coordinator/opportunities");
				this.record("published " + id);
			}
			else {
				post(person, "/coordinator/opportunities/" + id + "/return", csrf(page),
						List.of("reason", "Please say where it takes place."), "return", "/coordinator/opportunities");
				this.record("returned " + id);
			}
		}
		catch (RuntimeException ex) {
			this.toModerate.add(id);
			throw ex;
		}
	}

	// Steps

	private void signIn(Person person, String email, String password) {
		String page = get(person, "/sign-in", "sign-in");
		post(person, "/sign-in", csrf(page), List.of("email", email, "password", password), "sign-in", null);
		if (person.location == null || person.location.contains("/sign-in")) {
			throw new IllegalStateException("not signed in");
		}
	}

	/** A page only a signed-in person sees: sent to sign in instead is recorded. */
	private String signedIn(Person person, String path, String what, String email) {
		String page = send(person, "GET", path, null, what);
		if (person.status == 302 && person.location != null && person.location.contains("/sign-in")) {
			this.record("signed-out " + email + " " + path);
			throw new IllegalStateException("signed out");
		}
		return page;
	}

	private String get(Person person, String path, String what) {
		String page = send(person, "GET", path, null, what);
		if (person.status != 200) {
			throw new IllegalStateException(what + " answered " + person.status);
		}
		person.csrf = csrfOrNull(page);
		return page;
	}

	/** Posts a form with its CSRF token; returns the token for the next page. */
	private String postExpecting(Person person, String path, String csrf, List<String> fields, String what,
			String expected) {
		post(person, path, csrf, fields, what, expected);
		return csrf;
	}

	private void post(Person person, String path, String csrf, List<String> fields, String what, String expected) {
		List<String> all = new ArrayList<>(List.of("_csrf", (csrf != null) ? csrf : ""));
		all.addAll(fields);
		send(person, "POST", path, form(all), what);
		if (person.status != 302 || (expected != null
				&& (person.location == null || !URI.create(person.location).getPath().equals(expected)))) {
			throw new IllegalStateException(what + " answered " + person.status + " " + person.location);
		}
	}

	private String send(Person person, String method, String path, String form, String what) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.settings.base + path))
			.timeout(Duration.ofSeconds(30))
			.header("X-Forwarded-For", person.address);
		if (!person.cookies.isEmpty()) {
			StringBuilder cookies = new StringBuilder();
			person.cookies.forEach((name,
					value) -> cookies.append(cookies.isEmpty() ? "" : "; ").append(name).append('=').append(value));
			request.header("Cookie", cookies.toString());
		}
		if (form != null) {
			request.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form));
		}
		long started = System.currentTimeMillis();
		long startedNanos = System.nanoTime();
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			long millis = (System.nanoTime() - startedNanos) / 1_000_000;
			for (String cookie : response.headers().allValues("Set-Cookie")) {
				String pair = cookie.split(";", 2)[0];
				int equals = pair.indexOf('=');
				if (equals > 0) {
					String value = pair.substring(equals + 1);
					if (value.isEmpty()) {
						person.cookies.remove(pair.substring(0, equals));
					}
					else {
						person.cookies.put(pair.substring(0, equals), value);
					}
				}
			}
			person.status = response.statusCode();
			person.location = response.headers().firstValue("Location").orElse(null);
			log(started, person.status, millis, what,
					response.headers().firstValue("X-Connects-Upstream").orElse("-").replace(' ', '_'));
			return response.body();
		}
		catch (IOException ex) {
			person.status = 0;
			person.location = null;
			log(started, 0, (System.nanoTime() - startedNanos) / 1_000_000, what, "-");
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	// Records

	private synchronized void log(long started, int status, long millis, String what, String upstream) {
		this.requests.println(started + " " + status + " " + millis + " " + what + " " + upstream);
	}

	private synchronized void record(String line) {
		this.done.println(System.currentTimeMillis() + " " + line);
		this.done.flush();
	}

	private Optional<String> confirmationLink(String email) {
		try {
			for (String line : Files.readAllLines(this.settings.links)) {
				String[] parts = line.split(" ");
				if (parts.length == 3 && parts[1].equalsIgnoreCase(email)) {
					return Optional.of(parts[2]);
				}
			}
			return Optional.empty();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	private static String csrf(String page) {
		String token = csrfOrNull(page);
		if (token == null) {
			throw new IllegalStateException("no CSRF token on the page");
		}
		return token;
	}

	private static String csrfOrNull(String page) {
		Matcher matcher = CSRF.matcher(page);
		return matcher.find() ? matcher.group(1) : null;
	}

	private static String form(List<String> namesAndValues) {
		StringBuilder form = new StringBuilder();
		for (int i = 0; i < namesAndValues.size(); i += 2) {
			form.append(form.isEmpty() ? "" : "&")
				.append(URLEncoder.encode(namesAndValues.get(i), StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(namesAndValues.get(i + 1), StandardCharsets.UTF_8));
		}
		return form.toString();
	}

	private static List<String> lines(Path file) throws IOException {
		return Files.readAllLines(file).stream().map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@FunctionalInterface
	private interface Journey {

		void go(Person person);

	}

	/**
	 * One person: their cookies, and an address of their own (RFC 2544's benchmarking
	 * range), so that the limits per address apply to each as to one person.
	 */
	private static final class Person {

		final Map<String, String> cookies = new HashMap<>();

		final String address;

		String csrf;

		int status;

		String location;

		Person(int number) {
			this.address = "198.18." + (number / 250) + "." + (1 + number % 250);
		}

	}

	/**
	 * What the run is given, as {@code key=value} arguments: {@code base} (the load
	 * balancer), {@code seconds}, {@code users}, {@code out} (a folder), {@code links}
	 * (the SMTP recorder's confirmation links), {@code careLeavers} (a file of generated
	 * care leavers' emails), {@code applicable} (a file of opportunity ids they may apply
	 * for), {@code toModerate} (a file of ids waiting for review), {@code coordinator}
	 * (the coordinator's session cookie, {@code NAME=value}), {@code moderateEvery}
	 * (seconds) and {@code stamp} (which makes the newcomers' emails unique).
	 */
	private record Settings(String base, int seconds, int users, Path out, Path links, Path careLeavers,
			Path applicable, Path toModerate, String coordinatorCookie, int moderateEverySeconds, String stamp) {

		static Settings of(String[] args) {
			Map<String, String> values = new HashMap<>();
			for (String arg : args) {
				String[] pair = arg.split("=", 2);
				values.put(pair[0], pair[1]);
			}
			return new Settings(values.get("base"), Integer.parseInt(values.get("seconds")),
					Integer.parseInt(values.get("users")), Path.of(values.get("out")), Path.of(values.get("links")),
					Path.of(values.get("careLeavers")), Path.of(values.get("applicable")),
					Path.of(values.get("toModerate")), values.get("coordinator"),
					Integer.parseInt(values.getOrDefault("moderateEvery", "5")), values.get("stamp"));
		}

	}

}
