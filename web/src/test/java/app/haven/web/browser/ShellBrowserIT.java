package app.haven.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.web.it.DemoPeople;
import app.haven.web.it.HavenDeployment;
import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a person sees: signing in as staff and as a client, a deep link, signing out. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ShellBrowserIT {

    @ArquillianResource
    private URL base;

    private WebDriver browser;
    private WebDriverWait wait;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return HavenDeployment.haven();
    }

    @BeforeEach
    void openBrowser() {
        browser = Chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void aProviderFollowsADeepLinkThroughSignInAndSignsOut() {
        browser.get(base + "app/staff/people.xhtml");
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
        Chromium.screenshot(browser, "01-sign-in-page");

        signIn(DemoPeople.PROVIDER);

        wait.until(ExpectedConditions.urlContains("/app/staff/people.xhtml"));
        assertThat(browser.findElement(By.id("signedInAs")).getText()).isEqualTo("Dr. Paul Okafor");
        assertThat(browser.findElement(By.cssSelector(".haven-practice")).getText()).isEqualTo("Sunrise Counseling");
        assertThat(browser.findElements(By.cssSelector(".person-name"))).extracting(e -> e.getText())
                .contains("Dr. Rita Chen", "Carla Diaz").doesNotContain("Holly Reyes");
        Chromium.screenshot(browser, "02-staff-people-after-deep-link");

        browser.findElement(By.id("peopleForm:search")).sendKeys("OKAF");
        wait.until(driver -> driver.findElements(By.cssSelector(".person-name")).size() == 1);
        assertThat(browser.findElement(By.cssSelector(".person-name")).getText()).isEqualTo("Dr. Paul Okafor");
        assertThat(browser.getCurrentUrl()).as("what was typed stays out of the address").doesNotContainIgnoringCase("okaf");
        Chromium.screenshot(browser, "02b-staff-people-found-by-name");

        browser.findElement(By.id("signOutForm:signOut")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signedOut")));
        assertThat(browser.findElement(By.id("signedOut")).getText()).isEqualTo("You have signed out.");
        Chromium.screenshot(browser, "03-signed-out");
        browser.get(base + "app/mailbox.xhtml");
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
    }

    @Test
    void aClientGetsThePortalLookWithFoldersAndNoStaffPages() {
        browser.get(base.toString());
        signIn(DemoPeople.CLIENT);

        wait.until(ExpectedConditions.textToBe(By.id("folderTitle"), "Inbox"));
        assertThat(browser.findElement(By.tagName("body")).getAttribute("class")).contains("haven-client");
        assertThat(browser.findElement(By.cssSelector(".haven-portal-label")).getText()).isEqualTo("Client portal");
        assertThat(browser.findElements(By.id("peopleLink"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector(".haven-folders .haven-folder-name"))).extracting(e -> e.getText())
                .containsExactly("Inbox", "Sent", "Archive", "Trash", "Drafts");

        browser.findElement(By.partialLinkText("Archive")).click();
        wait.until(ExpectedConditions.textToBe(By.id("folderTitle"), "Archive"));
        Chromium.screenshot(browser, "04-client-portal-archive");

        browser.get(base + "app/staff/people.xhtml");
        assertThat(browser.findElement(By.id("errorSentence")).getText())
                .isEqualTo("Your account does not have access to this page.");
        Chromium.screenshot(browser, "05-client-refused-staff-page");
    }

    @Test
    void aWrongPasswordGetsOneClearSentence() {
        browser.get(base + "login.xhtml");
        signIn(DemoPeople.PROVIDER, "not-the-password");

        By messages = By.cssSelector(".ui-messages-error");
        wait.until(ExpectedConditions.visibilityOfElementLocated(messages));
        assertThat(browser.findElement(messages).getText()).contains("The sign-in name or password is not right");
        Chromium.screenshot(browser, "06-sign-in-refused");
    }

    private void signIn(String login) {
        signIn(login, DemoPeople.PASSWORD);
    }

    private void signIn(String login, String password) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signin:username")));
        browser.findElement(By.id("signin:username")).sendKeys(login);
        browser.findElement(By.id("signin:password")).sendKeys(password);
        browser.findElement(By.id("signin:submit")).click();
    }
}
