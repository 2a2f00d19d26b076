package org.valuebench.web.join;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.htmlunit.BrowserVersion;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.htmlunit.HtmlUnitDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser engines the participant page is driven in: HtmlUnit (pure Java, always) and Debian's Chromium
 * headless when it is installed (CI installs it; without it only that variant is skipped). Each driver is one
 * device: its own profile, so its own localStorage. Closes every driver it made.
 */
final class Browsers implements AutoCloseable {

    enum Engine { HTMLUNIT, CHROMIUM }

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final Engine engine;
    private final Path profiles;
    private final List<WebDriver> drivers = new ArrayList<>();

    Browsers(Engine engine, Path profiles) {
        this.engine = engine;
        this.profiles = profiles;
        if (engine == Engine.CHROMIUM) {
            Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                    "Chromium and chromedriver are not installed here (.ci/run installs them)");
        }
    }

    Engine engine() {
        return engine;
    }

    /** A new device at the given window size (Chromium; HtmlUnit has no layout to speak of). */
    WebDriver device(int width, int height) {
        WebDriver driver = engine == Engine.HTMLUNIT ? htmlUnit() : chromium(width, height, false);
        drivers.add(driver);
        return driver;
    }

    WebDriver device() {
        return device(360, 740);
    }

    /** Chromium with the dark colour scheme forced, for looking at the page. */
    WebDriver darkDevice(int width, int height) {
        WebDriver driver = chromium(width, height, true);
        drivers.add(driver);
        return driver;
    }

    static <T> T await(WebDriver driver, Duration within, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, within, Duration.ofMillis(50)).until(condition);
    }

    private static WebDriver htmlUnit() {
        HtmlUnitDriver driver = new HtmlUnitDriver(BrowserVersion.BEST_SUPPORTED, true);
        return driver;
    }

    private WebDriver chromium(int width, int height, boolean dark) {
        Path profile;
        try {
            profile = Files.createTempDirectory(profiles, "chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                "--hide-scrollbars");
        if (width < 500) {
            // Chromium's windows are at least 500 px wide: a phone's width needs its device emulation.
            options.setExperimentalOption("mobileEmulation", java.util.Map.of("deviceMetrics",
                    java.util.Map.of("width", width, "height", height, "pixelRatio", 1.0)));
        }
        if (dark) {
            options.addArguments("--force-dark-mode", "--blink-settings=preferredColorScheme=0");
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    @Override
    public void close() {
        for (WebDriver driver : drivers) {
            driver.quit();
        }
        drivers.clear();
    }
}
