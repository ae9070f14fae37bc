package org.covenantconnects.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.Cookie;

import org.covenantconnects.browser.ServedPages.ServedPage;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.util.FileSystemUtils;

/**
 * Debian's Chromium, headless, with the page's own JavaScript on or off. Every page a
 * journey reaches goes through {@link #checked(String)}: it is photographed, its HTML as
 * served must have no Nu HTML Checker errors, and axe must find no WCAG 2.2 A or AA
 * violation in it. One browser serves many journeys; {@link #startJourney(String)} clears
 * its cookies.
 */
class Browser implements AutoCloseable {

	/** Whether the page's own scripts run. */
	enum Scripts {

		ON("js"), OFF("nojs");

		private final String label;

		Scripts(String label) {
			this.label = label;
		}

		@Override
		public String toString() {
			return this.label;
		}

	}

	private static final File CHROMIUM = new File("/usr/bin/chromium");

	private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

	private static final String SESSION_COOKIE = "CONNECTS_SESSION";

	private static final Duration PATIENCE = Duration.ofSeconds(15);

	private final Scripts scripts;

	private final String baseUrl;

	private final ServedPages served;

	private final Accessibility accessibility;

	private final HtmlConformance html;

	private final Path profile;

	private final ChromeDriver driver;

	private String journey = "unnamed";

	private int step;

	Browser(Scripts scripts, String baseUrl, ServedPages served, Accessibility accessibility, HtmlConformance html) {
		this.scripts = scripts;
		this.baseUrl = baseUrl;
		this.served = served;
		this.accessibility = accessibility;
		this.html = html;
		try {
			this.profile = Files.createTempDirectory("connects-chromium-");
			Files.createDirectories(SCREENSHOTS);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// With both paths given, Selenium Manager is never asked for a browser.
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-default-apps", "--window-size=1280,1024", "--user-data-dir=" + this.profile);
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		pageScripts(scripts == Scripts.ON);
	}

	/**
	 * Switches the scripts of this tab's pages on or off, as the "Disable JavaScript"
	 * setting of Chrome's DevTools does; the setting holds across navigations. While it
	 * is off, WebDriver's own scripts still run but timers never fire, and axe needs
	 * them.
	 */
	private void pageScripts(boolean enabled) {
		this.driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !enabled));
	}

	/** Starts a journey with no cookies: signed out, with a new session. */
	void startJourney(String name) {
		this.journey = name;
		this.step = 0;
		forgetCookies();
	}

	/** Forgets every cookie, as a browser closed and opened again does. */
	void forgetCookies() {
		this.driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
	}

	/** The session cookie this browser holds for the service, or {@code null}. */
	String sessionCookie() {
		org.openqa.selenium.Cookie cookie = this.driver.manage().getCookieNamed(SESSION_COOKIE);
		return (cookie != null) ? cookie.getValue() : null;
	}

	/**
	 * Holds a session cookie as the browser that signed in did, before any page is
	 * opened, like someone who comes back to the service still signed in.
	 */
	void carrySession(String value) {
		this.driver.executeCdpCommand("Network.setCookie", Map.of("name", SESSION_COOKIE, "value", value, "url",
				this.baseUrl, "path", "/", "httpOnly", true, "sameSite", "Lax"));
	}

	/** Goes to an address of the service and checks the page. */
	void open(String path, String stepName) {
		this.driver.get(this.baseUrl + path);
		checked(stepName);
	}

	void fillIn(String id, String value) {
		WebElement field = this.driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(value);
	}

	/** What a form field holds now. */
	String value(String id) {
		return this.driver.findElement(By.id(id)).getDomProperty("value");
	}

	/** Chooses a file for a file upload field. */
	void attach(String id, java.nio.file.Path file) {
		this.driver.findElement(By.id(id)).sendKeys(file.toAbsolutePath().toString());
	}

	/** The value of the first option of a select list that has one. */
	String firstOptionValue(String id) {
		return this.driver.findElement(By.id(id))
			.findElements(By.tagName("option"))
			.stream()
			.map((option) -> option.getDomAttribute("value"))
			.filter((value) -> value != null && !value.isEmpty())
			.findFirst()
			.orElseThrow();
	}

	/** Picks an option of a select list by its value. */
	void select(String id, String value) {
		new org.openqa.selenium.support.ui.Select(this.driver.findElement(By.id(id))).selectByValue(value);
	}

	void choose(String id) {
		this.driver.findElement(By.id(id)).click();
	}

	/** Ticks a checkbox, leaving it ticked if it already is. */
	void tick(String id) {
		if (!this.driver.findElement(By.id(id)).isSelected()) {
			choose(id);
		}
	}

	/** Unticks a checkbox, leaving it unticked if it already is. */
	void untick(String id) {
		if (this.driver.findElement(By.id(id)).isSelected()) {
			choose(id);
		}
	}

	/** Presses a button by its text, waits for the page that answers, and checks it. */
	void press(String buttonText, String stepName) {
		leaveBy(this.driver.findElement(By.xpath("//button[normalize-space()='" + buttonText + "']")), stepName);
	}

	/** Follows a link in the page's main content by its text, and checks the page. */
	/**
	 * Follows a link outside the page's main content, such as one in a banner above it.
	 */
	void followOutsideMain(String linkText, String stepName) {
		leaveBy(this.driver.findElement(By.linkText(linkText)), stepName);
	}

	void follow(String linkText, String stepName) {
		leaveBy(this.driver.findElement(By.id("main-content")).findElement(By.linkText(linkText)), stepName);
	}

	/** The text of the first element matching a CSS selector in the main content. */
	String textOfFirst(String cssSelector) {
		return this.driver.findElement(By.id("main-content")).findElement(By.cssSelector(cssSelector)).getText();
	}

	/** Follows the first link matching a CSS selector in the main content. */
	void followFirst(String cssSelector, String stepName) {
		leaveBy(this.driver.findElement(By.id("main-content")).findElement(By.cssSelector(cssSelector)), stepName);
	}

	/**
	 * Fetches a file the page offers for download (which the browser would save rather
	 * than show), as the signed-in person, and returns its text.
	 */
	String download(String path) {
		org.openqa.selenium.Cookie session = this.driver.manage().getCookieNamed("CONNECTS_SESSION");
		java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
		try {
			java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(URI.create(this.baseUrl + path))
				.header("Cookie", "CONNECTS_SESSION=" + ((session != null) ? session.getValue() : ""))
				.build();
			return client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Fetches a file the page offers for download, as the signed-in person, and returns
	 * its bytes (for files that are not text, such as a PDF).
	 */
	byte[] downloadBytes(String path) {
		org.openqa.selenium.Cookie session = this.driver.manage().getCookieNamed("CONNECTS_SESSION");
		java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
		try {
			java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(URI.create(this.baseUrl + path))
				.header("Cookie", "CONNECTS_SESSION=" + ((session != null) ? session.getValue() : ""))
				.build();
			return client.send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray()).body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	String path() {
		return URI.create(this.driver.getCurrentUrl()).getPath();
	}

	String heading() {
		return this.driver.findElement(By.tagName("h1")).getText();
	}

	/** The text of the element with this id. */
	String textOf(String id) {
		return this.driver.findElement(By.id(id)).getText();
	}

	/** The query string of the current address, or {@code null}. */
	String query() {
		return URI.create(this.driver.getCurrentUrl()).getQuery();
	}

	String title() {
		return this.driver.getTitle();
	}

	/** The error summary's messages; empty when the page shows none. */
	List<String> errorSummary() {
		return this.driver.findElements(By.cssSelector(".govuk-error-summary__list a"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	/** Whether the page's own scripts ran: GOV.UK Frontend's js-enabled class is on. */
	boolean pageScriptsRan() {
		String classes = this.driver.findElement(By.tagName("body")).getDomAttribute("class");
		return classes != null && List.of(classes.split("\\s+")).contains("js-enabled");
	}

	private void leaveBy(WebElement control, String stepName) {
		WebElement page = this.driver.findElement(By.tagName("html"));
		control.click();
		new WebDriverWait(this.driver, PATIENCE).until((driver) -> isGone(page));
		checked(stepName);
	}

	/**
	 * Whether the element's document has been replaced. While the new page loads,
	 * Chromium may report the old node as not belonging to the document instead of as
	 * stale; both mean gone.
	 */
	private static boolean isGone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (org.openqa.selenium.StaleElementReferenceException stale) {
			return true;
		}
		catch (org.openqa.selenium.WebDriverException ex) {
			if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	/**
	 * Checks that scripts ran or not as this browser intends, that the HTML the server
	 * sent for the page conforms, and that it has no WCAG violation; a page that fails is
	 * photographed, and the failure names the photograph.
	 */
	private void checked(String stepName) {
		new WebDriverWait(this.driver, PATIENCE)
			.until((driver) -> "complete".equals(((ChromeDriver) driver).executeScript("return document.readyState")));
		this.step++;
		String url = this.driver.getCurrentUrl();
		List<String> problems = new ArrayList<>();
		if (pageScriptsRan() != (this.scripts == Scripts.ON)) {
			problems.add((this.scripts == Scripts.ON) ? "The page's scripts did not run (no js-enabled class)"
					: "The page's scripts ran although they are switched off (js-enabled class)");
		}
		ServedPage page = this.served.last();
		if (page == null || !Objects.equals(page.path(), path())) {
			problems
				.add("The last HTML page served was " + ((page != null) ? page.path() : "none") + ", not " + path());
		}
		else {
			if (page.status() >= 500) {
				problems.add("The server answered " + page.status());
			}
			this.html.errorsIn(page.html()).forEach((error) -> problems.add("HTML error, " + error));
			if (!hasMetaDescription(page.html())) {
				problems.add("The page has no meta description (a description of at least 50 characters)");
			}
		}
		accessibilityViolations().forEach((violation) -> problems.add("Accessibility (axe) " + violation));
		if (!problems.isEmpty()) {
			String name = "%s-%s-%02d-%s.png".formatted(this.journey, this.scripts, this.step, stepName);
			try {
				Files.write(SCREENSHOTS.resolve(name), this.driver.getScreenshotAs(OutputType.BYTES));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			throw new AssertionError(
					"%d problem(s) on %s (step %s, scripts %s, screenshot %s):%n  - %s".formatted(problems.size(), url,
							stepName, this.scripts, SCREENSHOTS.resolve(name), String.join("\n  - ", problems)));
		}
	}

	/**
	 * Whether the page as served has a meta description that search engines can show: one
	 * {@code <meta name="description">} with a content of at least 50 characters.
	 */
	static boolean hasMetaDescription(String html) {
		java.util.regex.Matcher meta = java.util.regex.Pattern
			.compile("<meta name=\"description\" content=\"([^\"]*)\"")
			.matcher(html);
		return meta.find() && meta.group(1).strip().length() >= 50 && !meta.find();
	}

	/**
	 * Runs axe on the page as shown. Without page scripts, scripts are switched on for
	 * axe only after the page has loaded: the scripts the page skipped stay skipped,
	 * which the js-enabled class confirms afterwards.
	 */
	private List<String> accessibilityViolations() {
		if (this.scripts == Scripts.ON) {
			return this.accessibility.violationsIn(this.driver);
		}
		pageScripts(true);
		try {
			return this.accessibility.violationsIn(this.driver);
		}
		finally {
			pageScripts(false);
			if (pageScriptsRan()) {
				throw new AssertionError("The page's own scripts ran while axe checked " + this.driver.getCurrentUrl());
			}
		}
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			FileSystemUtils.deleteRecursively(this.profile.toFile());
		}
	}

}
