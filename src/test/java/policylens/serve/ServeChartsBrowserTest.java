package policylens.serve;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The deadline calendar and the charts page in headless Chromium, as {@link ServeBrowserTest} runs the other pages
 * (same browser, same skip-or-fail rule, screenshots in target/screenshots/): the server-drawn SVG charts are laid
 * out with a size, their text is drawn in the page's CJK font, the data tables open, the filters work.
 */
class ServeChartsBrowserTest {
    @TempDir
    static Path tmp;
    static ServeFixture f;
    static WebDriver driver;
    static String missing;

    @BeforeAll
    static void start() throws IOException {
        missing = ServeBrowserTest.missing(ServeBrowserTest.CHROMIUM, ServeBrowserTest.CHROMEDRIVER);
        if (missing != null) {
            return;
        }
        f = ServeFixture.start(tmp, 1024 * 1024, null);
        driver = ServeBrowserTest.chromium(tmp);
    }

    @BeforeEach
    void present() {
        ServeBrowserTest.present(missing);
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

    static void shot(String name) throws IOException {
        ServeBrowserTest.shot(driver, name);
    }

    /** The chart is drawn: visible, with a width and height, and its marks too. */
    static void assertDrawn(String id, String marks, int expected) {
        WebElement svg = driver.findElement(By.id(id));
        assertTrue(svg.isDisplayed(), id + " is displayed");
        Dimension size = svg.getSize();
        assertTrue(size.getWidth() > 100 && size.getHeight() > 100, id + " has a size: " + size);
        assertEquals("img", svg.getAttribute("role"));
        assertFalse(svg.findElement(By.tagName("title")).getAttribute("textContent").isBlank());
        assertFalse(svg.findElement(By.tagName("desc")).getAttribute("textContent").isBlank());
        List<WebElement> found = svg.findElements(By.cssSelector(marks));
        if (expected >= 0) {
            assertEquals(expected, found.size(), id + " " + marks);
        }
        assertTrue(found.stream().anyMatch(e -> e.getSize().getHeight() > 0 && e.getSize().getWidth() > 0),
                id + ": some " + marks + " has a size");
    }

    @Test
    void theCalendarShowsTheQuarterChartTheLeadUnitsAndTheBuckets() throws IOException {
        driver.get(f.base() + "/calendar");
        WebElement nav = driver.findElement(By.cssSelector("header.top nav a.on"));
        assertEquals("/calendar", nav.getAttribute("pathname"));
        int quarters = driver.findElements(By.cssSelector("#chart-buckets-data tbody tr")).size();
        assertTrue(quarters > 4, "quarters in the data table: " + quarters);
        assertDrawn("chart-buckets", "rect.bar", quarters);
        assertDrawn("chart-lead", "rect.bar", -1);
        // the labels are drawn in the page's font stack, which names the CJK fonts
        String font = driver.findElement(By.cssSelector("#chart-lead text.label")).getCssValue("font-family");
        assertTrue(font.contains("Noto Sans CJK SC"), font);
        assertTrue(driver.findElement(By.cssSelector("#chart-lead text.label")).getSize().getWidth() > 20);
        shot("calendar");

        // the text alternative opens
        WebElement table = driver.findElement(By.cssSelector("#chart-buckets-data table"));
        assertFalse(table.isDisplayed());
        driver.findElement(By.cssSelector("#chart-buckets-data summary")).click();
        assertTrue(table.isDisplayed());

        // filter by unit and month: only that unit's rows, and a month chart
        driver.findElement(By.id("unit")).sendKeys("新余市工信局");
        new Select(driver.findElement(By.id("by"))).selectByValue("month");
        driver.findElement(By.id("show")).click();
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(ExpectedConditions.urlContains("unit="));
        List<WebElement> units = driver.findElements(By.cssSelector("table.calendar-table a.unit"));
        assertFalse(units.isEmpty());
        assertTrue(units.stream().allMatch(u -> u.getText().equals("新余市工业和信息化局")));
        assertTrue(driver.findElement(By.id("chart-buckets-figure")).getText().contains("每月到期的任务"));
        assertDrawn("chart-buckets", "rect.bar", -1);
        shot("calendar-unit-month");

        // a unit name leads to its duties
        units.get(0).click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(By.id("duties")));
    }

    @Test
    void theChartsPageDrawsAMetricAcrossRegionsAndYears() throws IOException {
        driver.get(f.base() + "/charts");
        driver.findElement(By.id("metric")).sendKeys("专精特新");
        driver.findElement(By.id("draw")).click();
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("chart-metric-1")));
        int rows = driver.findElements(By.cssSelector("#chart-metric-1-data tbody tr")).size();
        assertTrue(rows >= 3, "points: " + rows);
        assertDrawn("chart-metric-1", ".dot", rows);
        List<String> legend = driver.findElements(By.cssSelector("#chart-metric-1 text.legend")).stream()
                .map(e -> e.getAttribute("textContent")).toList();
        assertTrue(legend.containsAll(List.of("江西省", "新余市")), legend.toString());
        shot("charts-metric");
    }
}
