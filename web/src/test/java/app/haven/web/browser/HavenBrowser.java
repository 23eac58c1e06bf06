package app.haven.web.browser;

import app.haven.web.it.DemoPeople;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a person does in Haven, as steps for the browser tests: sign in, compose, open, reply. */
final class HavenBrowser implements AutoCloseable {

    private final URL base;
    private final WebDriver driver;
    private final WebDriverWait wait;
    private final Path downloads = Chromium.temporaryFolder("haven-downloads-");

    HavenBrowser(URL base) {
        this.base = base;
        this.driver = Chromium.start(downloads);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** Where the browser saved what it downloaded. */
    Path downloads() {
        return downloads;
    }

    /**
     * Chooses files in the composer's upload field (as a drop or the file dialog would) and waits
     * until the server has listed them all. Returns how many times a progress bar was shown.
     */
    long attach(Path... files) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.havenProgressBars = 0; new MutationObserver(changes => changes.forEach(change =>"
                + " change.addedNodes.forEach(node => { if (node.querySelectorAll && (node.matches('.ui-progressbar')"
                + " || node.querySelector('.ui-progressbar'))) { window.havenProgressBars++; } })))"
                + ".observe(document.querySelector('.haven-upload'), {childList: true, subtree: true});");
        WebElement input = driver.findElement(By.cssSelector(".haven-upload input[type=file]"));
        input.sendKeys(String.join("\n", Arrays.stream(files).map(Path::toString).toList()));
        wait.until(d -> texts(".haven-staged-files .haven-file-name").size() == files.length);
        return ((Number) js.executeScript("return window.havenProgressBars;")).longValue();
    }

    List<String> attachmentNames() {
        return texts(".haven-file-name, .haven-download");
    }

    WebDriver driver() {
        return driver;
    }

    HavenBrowser signIn(String login) {
        driver.manage().deleteAllCookies();
        driver.get(base + "login.xhtml");
        waitFor(By.id("signin:username")).sendKeys(login);
        driver.findElement(By.id("signin:password")).sendKeys(DemoPeople.PASSWORD);
        driver.findElement(By.id("signin:submit")).click();
        waitFor(By.id("signedInAs"));
        return this;
    }

    HavenBrowser open(String path) {
        driver.get(base + path);
        wait.until(d -> ((JavascriptExecutor) d).executeScript("return document.readyState").equals("complete"));
        return this;
    }

    HavenBrowser folder(String folder) {
        return open("app/mailbox.xhtml?folder=" + folder);
    }

    /** Composes and sends a message; returns the new thread's URL. */
    String compose(String subject, String body, String... recipients) {
        write(subject, body, recipients);
        driver.findElement(By.id("compose:send")).click();
        wait.until(ExpectedConditions.urlContains("/app/thread.xhtml?id="));
        waitFor(By.id("threadSubject"));
        return driver.getCurrentUrl();
    }

    /** Opens a new message and fills it in, without sending it. */
    void write(String subject, String body, String... recipients) {
        open("app/compose.xhtml");
        for (String recipient : recipients) {
            choose(recipient);
        }
        waitFor(By.id("compose:subject")).sendKeys(subject);
        type(body);
    }

    /** Picks a recipient in the To field by typing part of their name. */
    void choose(String name) {
        WebElement input = waitFor(By.id("compose:to_input"));
        input.sendKeys(name);
        By suggestion = By.xpath("//li[contains(@class,'ui-autocomplete-item') and contains(normalize-space(.), \"" + name + "\")]");
        wait.until(ExpectedConditions.elementToBeClickable(suggestion)).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-autocomplete-panel .ui-autocomplete-item")));
    }

    /** The suggestions the To field offers for what was typed. */
    List<String> suggestionsFor(String text) {
        WebElement input = waitFor(By.id("compose:to_input"));
        input.clear();
        input.sendKeys(text);
        try {
            Thread.sleep(1200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return driver.findElements(By.cssSelector(".ui-autocomplete-panel .ui-autocomplete-item")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).toList();
    }

    void type(String text) {
        WebElement editor = waitFor(By.cssSelector(".ql-editor"));
        editor.click();
        editor.sendKeys(text);
    }

    void openThread(String subject) {
        folder("inbox");
        waitFor(By.linkText(subject)).click();
        wait.until(ExpectedConditions.textToBe(By.id("threadSubject"), subject));
    }

    void reply(String text) {
        type(text);
        driver.findElement(By.id("thread:sendReply")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-growl-message")));
    }

    int badge() {
        List<WebElement> count = driver.findElements(By.id("badgeForm:unreadCount"));
        return count.isEmpty() ? 0 : Integer.parseInt(count.get(0).getText().strip());
    }

    List<String> subjectsInFolder() {
        return texts(".haven-thread-subject");
    }

    List<String> messageBodies() {
        return texts(".haven-message .haven-body");
    }

    /** The texts of the matching elements, read in one go (an Ajax update cannot make them stale). */
    @SuppressWarnings("unchecked")
    private List<String> texts(String selector) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.innerText.trim());", selector);
    }

    WebElement waitFor(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    WebDriverWait waiting() {
        return wait;
    }

    void screenshot(String name) {
        Chromium.screenshot(driver, name);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
