package policylens.serve;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * End-to-end in a real headless browser: Debian's chromium driven through /usr/bin/chromedriver (nothing is
 * downloaded; Selenium Manager is not used). Where /usr/bin/chromium or /usr/bin/chromedriver is absent each test
 * is skipped with the reason, and fails instead when POLICYLENS_REQUIRE_BROWSER=1 (as .ci/run sets it).
 * Screenshots of each page go to target/screenshots/.
 */
class ServeBrowserTest {
    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");
    static final Path SHOTS = Paths.get("target", "screenshots");
    static final String XINYU = "xinyu-cluster-upgrade-2026-2028";
    static final String JIANGXI = "jiangxi-cluster-upgrade-2025";

    static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

    @TempDir
    static Path tmp;
    static ServeFixture f;
    static WebDriver driver;

    /** Set (to 1) by .ci/run: there a missing browser fails the tests instead of skipping them. */
    static final String REQUIRE_BROWSER = "POLICYLENS_REQUIRE_BROWSER";
    /** Why the browser cannot run here (null: it can). */
    static String missing;

    @BeforeAll
    static void start() throws IOException {
        missing = missing(CHROMIUM, CHROMEDRIVER);
        if (missing != null) {
            return; // each test reports itself skipped (or failed where the browser is required): see present()
        }
        f = ServeFixture.start(tmp, 20L * 1024 * 1024, null);
        driver = chromium(tmp);
    }

    /**
     * A headless Chromium for the browser tests, its profile in {@code tmp}, pages in Chinese, a 1280×1000 window;
     * screenshots go to {@link #SHOTS}.
     */
    static WebDriver chromium(Path tmp) throws IOException {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        // Selenium warns that it has no DevTools (CDP) bindings for this Chromium; the tests use WebDriver only
        SELENIUM_LOG.setLevel(java.util.logging.Level.SEVERE);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-default-apps", "--window-size=1280,1000", "--lang=zh-CN",
                "--user-data-dir=" + Files.createDirectory(tmp.resolve("chromium-profile")));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        WebDriver chromium = new ChromeDriver(service, options);
        chromium.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        Files.createDirectories(SHOTS);
        return chromium;
    }

    /**
     * Each test, not the class, is skipped, so the run reads "Skipped: N" with the reason rather than "Tests run: 0";
     * with {@value #REQUIRE_BROWSER}=1 in the environment (CI) a missing browser is a failure.
     */
    @BeforeEach
    void present() {
        present(missing);
    }

    /** Skips the test when the browser is {@code missing} (not null), or fails it under {@value #REQUIRE_BROWSER}=1. */
    static void present(String missing) {
        if (missing != null && "1".equals(System.getenv(REQUIRE_BROWSER))) {
            fail(missing + "; " + REQUIRE_BROWSER + "=1 requires the browser tests to run");
        }
        assumeTrue(missing == null, () -> "browser test skipped: " + missing);
    }

    /** What is missing for the browser tests, or null. */
    static String missing(Path chromium, Path chromedriver) {
        if (!Files.isExecutable(chromium)) {
            return chromium + " is not installed (apt-get install chromium chromium-driver)";
        }
        if (!Files.isExecutable(chromedriver)) {
            return chromium + " is installed but " + chromedriver + " is not (apt-get install chromium-driver)";
        }
        return null;
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (f != null) {
            f.close();
        }
    }

    static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    static void shot(String name) throws IOException {
        shot(driver, name);
    }

    /** A screenshot of what {@code driver} shows, as {@link #SHOTS}/name.png. */
    static void shot(WebDriver driver, String name) throws IOException {
        byte[] png = ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(SHOTS.resolve(name + ".png"), png);
    }

    @Test
    void askAWhoQuestionAndSeeTheUnit() throws IOException {
        driver.get(f.base() + "/");
        shot("ask");
        WebElement q = driver.findElement(By.id("q"));
        q.sendKeys("谁负责中试平台建设?");
        driver.findElement(By.id("ask")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#who .unit-name")));
        List<WebElement> units = driver.findElements(By.cssSelector("#who .unit-name"));
        assertEquals("新余市工业和信息化局", units.get(0).getText());
        WebElement firstAnswer = driver.findElement(By.cssSelector("#who li.answer"));
        assertFalse(firstAnswer.findElements(By.cssSelector(".role")).isEmpty(), "lead or support is shown");
        assertTrue(firstAnswer.findElement(By.cssSelector(".evidence a")).getText().contains("新余市产业集群提能升级"));
        shot("ask-who");

        // any other query: search hits with the matched words highlighted, filtered
        driver.get(f.base() + "/");
        driver.findElement(By.id("q")).sendKeys("专精特新");
        new Select(driver.findElement(By.id("type"))).selectByValue("target");
        new Select(driver.findElement(By.id("region"))).selectByValue("新余市");
        driver.findElement(By.id("ask")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#hits")));
        List<WebElement> marks = driver.findElements(By.cssSelector("#hits .snip mark"));
        assertFalse(marks.isEmpty());
        assertEquals("专精特新", marks.get(0).getText());
        for (WebElement type : driver.findElements(By.cssSelector("#hits .type"))) {
            assertEquals("目标", type.getText());
        }
        shot("ask-search");
    }

    @Test
    void openADocumentAndSeeAHighlightedTarget() throws IOException {
        driver.get(f.base() + "/docs");
        shot("documents");
        driver.findElement(By.linkText("新余市产业集群提能升级三年行动方案(2026-2028年)")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("doctext")));
        assertTrue(driver.getCurrentUrl().endsWith("/doc/" + XINYU), driver.getCurrentUrl());
        List<WebElement> targets = driver.findElements(By.cssSelector("#doctext .rec-target"));
        assertFalse(targets.isEmpty());
        WebElement target = targets.stream().filter(e -> e.getText().contains("专精特新中小企业达到330家"))
                .findFirst().orElseThrow(() -> new AssertionError("no highlighted 专精特新中小企业达到330家"));
        String background = target.getCssValue("background-color");
        assertNotEquals("rgba(0, 0, 0, 0)", background, "a target has a colour of its own");
        String unitBackground = driver.findElement(By.cssSelector("#doctext .rec-unit")).getCssValue("background-color");
        String deadlineBackground = driver.findElement(By.cssSelector("#doctext .rec-deadline")).getCssValue("background-color");
        assertNotEquals(unitBackground, deadlineBackground);
        assertNotEquals(unitBackground, background);
        assertFalse(driver.findElements(By.cssSelector("#targets tbody tr")).isEmpty());
        assertFalse(driver.findElements(By.cssSelector("#responsibilities tbody tr")).isEmpty());
        shot("document");
        // the side table leads to the place in the text
        driver.findElement(By.cssSelector("#targets tbody tr a")).click();
        assertTrue(driver.getCurrentUrl().endsWith("#target-0"), driver.getCurrentUrl());
    }

    @Test
    void compareAPlanWithItsParent() throws IOException {
        // no list of every document: each side is found by typing, and picked from at most 20 matches
        driver.get(f.base() + "/compare");
        driver.findElement(By.id("cq")).sendKeys("新余 集群");
        driver.findElement(By.id("find")).click();
        // the empty page already offers picks: wait for the answer to the search, not for any list
        waiting().until(ExpectedConditions.urlContains("cq="));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#picks-child a")));
        List<WebElement> picks = driver.findElements(By.cssSelector("#picks-child li"));
        assertTrue(!picks.isEmpty() && picks.size() <= Pages.PICK_LIMIT, "picks: " + picks.size());
        shot("compare-picker");
        driver.findElement(By.cssSelector("#picks-child a[href*='child=" + XINYU + "']")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("chosen-child")));
        driver.findElement(By.id("pq")).sendKeys("江西省 集群");
        driver.findElement(By.id("find")).click();
        waiting().until(ExpectedConditions.urlContains("pq="));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#picks-parent a")));
        driver.findElement(By.cssSelector("#picks-parent a[href*='parent=" + JIANGXI + "']")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("chosen-parent")));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("engine")));
        assertTrue(driver.findElement(By.id("engine")).getText().contains("一致性检查:policylens check"));
        assertFalse(driver.findElements(By.cssSelector("#findings tr.finding")).isEmpty(), "the deadline finding");
        List<WebElement> pairs = driver.findElements(By.cssSelector("#aligned tr.pair"));
        assertFalse(pairs.isEmpty());
        assertEquals(2, pairs.get(0).findElements(By.tagName("blockquote")).size(), "both quoted texts");
        // the parent's quote is readable: at least 18em (15px text) wide, in both tables
        for (WebElement quote : driver.findElements(By.cssSelector("td.parent-quote"))) {
            assertTrue(quote.getSize().getWidth() >= 18 * 15, "parent quote width " + quote.getSize().getWidth());
        }
        shot("compare");
        // the header's language link gives the same comparison in English
        driver.findElement(By.id("lang-switch")).click();
        waiting().until(ExpectedConditions.urlContains("lang=en"));
        assertTrue(driver.getCurrentUrl().contains("child=" + XINYU), driver.getCurrentUrl());
        assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(driver.findElement(By.id("findings")).getText().contains("later deadline"),
                driver.findElement(By.id("findings")).getText());
        shot("compare-en");
    }

    /** Search hits a page at a time, with the total, page links and "narrow by" links; the document list too. */
    @Test
    void pageThroughHitsAndNarrowThem() throws IOException {
        driver.get(f.base() + "/?q=" + ServeFixture.enc("企业") + "&limit=5");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("pager")));
        String total = driver.findElement(By.id("total")).getText();
        assertTrue(total.matches("共 \\d+ 条,第 1–5 条"), total);
        driver.findElement(By.id("next")).click();
        waiting().until(ExpectedConditions.urlContains("page=2"));
        assertTrue(driver.findElement(By.id("total")).getText().endsWith("第 6–10 条"), driver.findElement(By.id("total")).getText());
        assertEquals("2", driver.findElement(By.cssSelector("#pager .current")).getText());
        shot("ask-paged");
        WebElement level = driver.findElement(By.cssSelector("#facet-level a"));
        String label = level.getText().replaceAll("\\s*\\d+$", "");
        level.click();
        waiting().until(ExpectedConditions.urlContains("level="));
        assertEquals(label, new Select(driver.findElement(By.id("level"))).getFirstSelectedOption().getText());
        assertTrue(driver.findElements(By.id("facet-level")).isEmpty(), "the level is chosen, not offered again");
        shot("ask-narrowed");

        driver.get(f.base() + "/docs?limit=2");
        assertEquals(2, driver.findElements(By.cssSelector("#doclist tbody tr")).size());
        driver.findElement(By.id("docq")).sendKeys("新余");
        driver.findElement(By.id("find")).click();
        waiting().until(ExpectedConditions.urlContains("q="));
        for (WebElement row : driver.findElements(By.cssSelector("#doclist tbody tr"))) {
            assertTrue(row.getText().contains("新余"), row.getText());
        }
        shot("docs-search");
    }

    @Test
    void uploadAFileAndFindIt() throws IOException {
        driver.get(f.base() + "/upload");
        shot("upload");
        Path file = Files.createDirectories(tmp.resolve("to-upload")).resolve("jiaxing-plan.txt");
        Files.copy(Paths.get("heldout/zhejiang-city-manufacturing-2024-2026.txt"), file);
        driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.id("upload")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
        assertTrue(driver.getCurrentUrl().contains("/doc/jiaxing-plan"), driver.getCurrentUrl());
        assertTrue(driver.findElement(By.id("title")).getText().contains("嘉兴市制造业高质量发展三年行动计划"));
        assertFalse(driver.findElements(By.cssSelector("#doctext .rec-target")).isEmpty());
        shot("upload-done");

        driver.get(f.base() + "/");
        driver.findElement(By.id("q")).sendKeys("嘉兴");
        driver.findElement(By.id("ask")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("hits")));
        assertTrue(driver.findElements(By.cssSelector("#hits a")).stream()
                .anyMatch(a -> String.valueOf(a.getAttribute("href")).contains("/doc/jiaxing-plan")), "the upload is found");
        shot("upload-found");

        // a bad file: the CLI's message, and the index keeps what it had
        int before = f.server.library().documents().size();
        Path bad = tmp.resolve("to-upload").resolve("broken.pdf");
        byte[] junk = new byte[2048];
        new Random(3).nextBytes(junk);
        Files.write(bad, junk);
        driver.get(f.base() + "/upload");
        driver.findElement(By.id("file")).sendKeys(bad.toAbsolutePath().toString());
        driver.findElement(By.id("upload")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("error")));
        String error = driver.findElement(By.id("error")).getText();
        assertTrue(error.startsWith("broken.pdf: "), error);
        assertFalse(error.contains("\n") || error.contains("\tat "), "one line, no stack trace: " + error);
        assertEquals(before, f.server.library().documents().size());
        shot("upload-error");
    }

}
