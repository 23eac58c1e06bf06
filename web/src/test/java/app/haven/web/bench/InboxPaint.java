package app.haven.web.bench;

import app.haven.web.browser.Chromium;
import app.haven.web.it.DemoPeople;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The heavy provider's inbox in Debian's headless Chromium: Largest Contentful Paint (the
 * browser's own PerformanceObserver) and time to interactive, taken as the end of the load event
 * (every script has run and the page answers input), for one cold load and ten warm ones.
 */
final class InboxPaint {

    private static final int WARM = 10;
    private static final String LCP = """
            const done = arguments[arguments.length - 1];
            new PerformanceObserver(list => {
                const entries = list.getEntries();
                done(entries[entries.length - 1].startTime);
            }).observe({type: 'largest-contentful-paint', buffered: true});
            setTimeout(() => done(-1), 3000);""";
    private static final String LOADED = "const n = performance.getEntriesByType('navigation')[0];"
            + " return n.loadEventEnd > 0 ? n.loadEventEnd : -1;";

    private InboxPaint() {
    }

    static void run(URL base) throws Exception {
        if (!Files.isExecutable(Path.of("/usr/bin/chromium"))) {
            new Result("browser", "heavy provider's inbox in headless Chromium", Figure.NONE, Figure.NONE, Double.NaN,
                    "LCP <= 1000 ms", false, "not measured: /usr/bin/chromium is missing (apt-get install -y chromium"
                    + " chromium-driver)").appendTo(BenchState.folder());
            return;
        }
        WebDriver driver = Chromium.start();
        try {
            driver.get(base + "login.xhtml");
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("signin:username")))
                    .sendKeys(Seed.HEAVY);
            driver.findElement(By.id("signin:password")).sendKeys(DemoPeople.PASSWORD);
            driver.findElement(By.id("signin:submit")).click();
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".haven-threads")));
            List<Long> paints = new ArrayList<>();
            List<Long> interactive = new ArrayList<>();
            double cold = Double.NaN;
            double coldInteractive = Double.NaN;
            for (int i = 0; i <= WARM; i++) {
                if (i == 0) {
                    ((org.openqa.selenium.chrome.ChromeDriver) driver).executeCdpCommand("Network.clearBrowserCache", Map.of());
                }
                driver.get(base + "app/mailbox.xhtml");
                JavascriptExecutor js = (JavascriptExecutor) driver;
                double loaded = waitForLoad(js);
                double lcp = ((Number) js.executeAsyncScript(LCP)).doubleValue();
                if (lcp < 0) {
                    throw new IllegalStateException("Chromium reported no Largest Contentful Paint");
                }
                if (i == 0) {
                    cold = lcp;
                    coldInteractive = loaded;
                } else {
                    paints.add(Math.round(lcp * 1_000_000));
                    interactive.add(Math.round(loaded * 1_000_000));
                }
            }
            Figure lcp = Figure.of(paints, Double.NaN, "");
            Figure tti = Figure.of(interactive, Double.NaN, "");
            double worst = Math.max(cold, lcp.p99());
            new Result("browser", "heavy provider's inbox in headless Chromium: Largest Contentful Paint (ms; 10 warm loads)",
                    lcp, Figure.NONE, Double.NaN, "LCP <= 1000 ms", worst <= 1000,
                    String.format("cold load (empty cache) %.0f ms", cold)).appendTo(BenchState.folder());
            new Result("browser", "the same loads: time to interactive (load event end, ms)", tti, Figure.NONE, Double.NaN,
                    "(no target)", true, String.format("cold load %.0f ms", coldInteractive)).appendTo(BenchState.folder());
        } finally {
            driver.quit();
        }
    }

    private static double waitForLoad(JavascriptExecutor js) throws InterruptedException {
        for (int tries = 0; tries < 500; tries++) {
            Object loaded = js.executeScript(LOADED);
            if (loaded instanceof Number number && number.doubleValue() > 0) {
                return number.doubleValue();
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("the inbox did not finish loading in 5 s");
    }
}
