package org.migrationgraph.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through chromedriver, for the explorer's end-to-end tests.
 * Without the two packages the tests are skipped with a message, except on CI (CI=true), where
 * they fail. The flags keep Chromium off the network, which these machines do not have.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "explorer-screenshots");

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path downloads;
    private final Path profile;

    private Browser(ChromeDriver driver, String baseUrl, Path downloads, Path profile) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.downloads = downloads;
        this.profile = profile;
    }

    /** Starts Chromium with a fresh profile, or skips (fails on CI) when it is not installed. */
    public static Browser start(int port) throws IOException {
        return start(port, new String[0]);
    }

    /** The same, with more Chromium flags (e.g. host-resolver rules that cut it off from every other host). */
    public static Browser start(int port, String... extraArguments) throws IOException {
        return startAt("http://localhost:" + port, extraArguments);
    }

    /** The same against a service at any address (a benchmark comparing two builds side by side). */
    public static Browser startAt(String baseUrl, String... extraArguments) throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String hint = "Chromium is not installed: run `apt-get install chromium chromium-driver` to run the explorer's browser tests.";
        if (!"true".equals(System.getenv("CI"))) {
            assumeTrue(installed, hint);
        }
        assertThat(installed).as("CI must run the browser tests. " + hint).isTrue();
        Path profile = Files.createTempDirectory("explorer-chromium");
        Path downloads = Files.createDirectories(Path.of("target", "explorer-downloads")).toAbsolutePath();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,800");
        options.addArguments(extraArguments);
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), baseUrl, downloads, profile);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Path downloads() {
        return downloads;
    }

    /** Opens a path of the service and waits until the explorer has drawn its first view. */
    public void open(String path) {
        driver.get(baseUrl + path);
        waitUntilIdle();
    }

    /** Waits until the explorer has finished the view it is showing. */
    public void waitUntilIdle() {
        await().until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready"))
                && "false".equals(d.findElement(By.id("view")).getDomAttribute("aria-busy")));
    }

    /**
     * Waits up to 15 s. An element found in one look can be replaced by the explorer's next render
     * before the same look reads it; that look counts as "not yet", not as a failure.
     */
    public WebDriverWait await() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    public WebElement find(String css) {
        return await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** The part of the current address after the host, decoded: {@code /?id=state:PHL}. */
    public String location() {
        return URLDecoder.decode(driver.getCurrentUrl().substring(baseUrl.length()), StandardCharsets.UTF_8);
    }

    public Object script(String javascript, Object... args) {
        return driver.executeScript(javascript, args);
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Saves what the browser shows under target/explorer-screenshots/. */
    public Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Path target = SCREENSHOTS.resolve(name + ".png");
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /** Every console error and uncaught exception since the last call, except those allowed. */
    public List<String> consoleErrors(Predicate<String> allowed) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(allowed.negate())
                .toList();
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        TestDirectories.deleteRecursively(profile);
    }
}
