package app.haven.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.web.it.DemoPeople;
import app.haven.web.it.HavenDeployment;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Each messaging rule walked as a person would, in Chromium against the real server. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MessagingBrowserIT {

    @ArquillianResource
    private URL base;

    private HavenBrowser browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return HavenDeployment.haven();
    }

    @BeforeEach
    void openBrowser() {
        browser = new HavenBrowser(base);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void staffWriteToAClientWhoReadsAndAnswers() {
        String subject = unique("Tuesday session");
        browser.signIn(DemoPeople.PROVIDER);
        browser.write(subject, "See you on Tuesday at 10.", "Carla");
        browser.screenshot("10-compose");
        browser.driver().findElement(By.id("compose:send")).click();
        browser.waitFor(By.id("threadSubject"));

        browser.signIn(DemoPeople.CLIENT);
        int unread = browser.badge();
        assertThat(unread).isPositive();
        browser.folder("inbox");
        assertThat(browser.driver().findElement(By.xpath("//tr[.//a[normalize-space(.)='" + subject + "']]"))
                .getAttribute("class")).contains("haven-unread");
        browser.screenshot("11-client-inbox-unread");
        browser.openThread(subject);
        assertThat(browser.messageBodies()).containsExactly("See you on Tuesday at 10.");
        assertThat(browser.badge()).isEqualTo(unread - 1);
        browser.reply("Thank you, I will be there.");
        browser.screenshot("12-thread-after-reply");

        browser.signIn(DemoPeople.PROVIDER);
        browser.openThread(subject);
        assertThat(browser.messageBodies()).containsExactly("See you on Tuesday at 10.", "Thank you, I will be there.");
    }

    @Test
    void aProviderAttachesTwoFilesWithProgressAndTheClientDownloadsOne() throws Exception {
        String subject = unique("Forms to read");
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        Path folder = Files.createTempDirectory("haven-upload-");
        Path letter = Files.write(folder.resolve("consent-form.pdf"), pdf);
        Path notes = Files.write(folder.resolve("what-to-bring.txt"), "Your insurance card.\n".repeat(40_000).getBytes(StandardCharsets.UTF_8));
        browser.signIn(DemoPeople.PROVIDER);
        browser.open("app/compose.xhtml");
        browser.choose("Carla");
        browser.waitFor(By.id("compose:subject")).sendKeys(subject);
        browser.type("Two forms for Tuesday.");

        long progressBars = browser.attach(letter, notes);

        assertThat(progressBars).as("a progress bar per file while it uploads").isGreaterThanOrEqualTo(2);
        assertThat(browser.attachmentNames()).containsExactlyInAnyOrder("consent-form.pdf", "what-to-bring.txt");
        browser.screenshot("14-compose-two-attachments");
        browser.driver().findElement(By.id("compose:send")).click();
        browser.waitFor(By.id("threadSubject"));
        assertThat(browser.attachmentNames()).containsExactlyInAnyOrder("consent-form.pdf", "what-to-bring.txt");

        browser.signIn(DemoPeople.CLIENT);
        browser.openThread(subject);
        browser.screenshot("15-thread-with-attachments");
        browser.driver().findElement(By.linkText("consent-form.pdf")).click();
        Path downloaded = browser.downloads().resolve("consent-form.pdf");
        browser.waiting().until(d -> Files.exists(downloaded) && sizeOf(downloaded) == pdf.length);
        assertThat(Files.readAllBytes(downloaded)).isEqualTo(pdf);
    }

    @Test
    void aProviderTurnsAThreadIntoAQuickNoteAndSharesAFileThatIsThenTakenBackFromTheChart() throws Exception {
        String subject = unique("Sleep diary");
        Path folder = Files.createTempDirectory("haven-upload-");
        Path diary = Files.write(folder.resolve("sleep-diary.pdf"),
                "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        browser.signIn(DemoPeople.PROVIDER);
        browser.open("app/compose.xhtml");
        browser.choose("Carla");
        browser.waitFor(By.id("compose:subject")).sendKeys(subject);
        browser.type("Please keep the sleep diary this week.");
        browser.attach(diary);
        browser.driver().findElement(By.id("compose:send")).click();
        browser.waitFor(By.id("threadSubject"));

        browser.waitFor(By.id("thread:quickNote")).click();
        WebElement note = browser.waitFor(By.cssSelector("#quickNoteForm .ql-editor"));
        browser.waiting().until(d -> note.getText().contains("Please keep the sleep diary this week."));
        assertThat(note.getText()).contains("Dr. Paul Okafor", "Provider");
        note.click();
        note.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), Keys.ENTER, "Plan: review the diary on Tuesday.");
        browser.screenshot("16-quick-note-dialog");
        browser.driver().findElement(By.id("quickNoteForm:saveQuickNote")).click();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("quickNoteDialog")));

        browser.waitFor(By.cssSelector(".haven-share")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".haven-shared")));
        assertThat(browser.driver().findElement(By.cssSelector(".haven-shared")).getText())
                .contains("Carla Diaz", "Dr. Paul Okafor");

        browser.driver().findElement(By.cssSelector(".haven-chart-links .haven-chart-link")).click();
        browser.waitFor(By.id("clientName"));
        assertThat(browser.driver().findElement(By.id("clientName")).getText()).isEqualTo("Carla Diaz");
        assertThat(browser.attachmentNames()).contains("sleep-diary.pdf");
        browser.driver().findElement(By.xpath("//a[contains(., 'Chart notes')]")).click();
        WebElement newest = browser.waitFor(By.cssSelector(".haven-chart-note .haven-body"));
        assertThat(newest.getText()).contains("Please keep the sleep diary this week.", "Plan: review the diary on Tuesday.");
        browser.screenshot("17-chart-notes");

        browser.driver().findElement(By.xpath("//a[contains(., 'Docs & Forms')]")).click();
        browser.waitFor(By.xpath("//tr[.//a[normalize-space(.)='sleep-diary.pdf']]//button[contains(@class,'haven-unshare')]")).click();
        browser.waitFor(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.waiting().until(d -> !browser.attachmentNames().contains("sleep-diary.pdf"));
        browser.screenshot("18-docs-and-forms-after-unshare");
    }

    @Test
    void whatIsTypedIsAutosavedAndWaitsInDraftsAfterTheBrowserIsClosed() {
        String subject = unique("Half-written");
        browser.signIn(DemoPeople.PROVIDER);
        browser.open("app/compose.xhtml");
        browser.choose("Carla");
        browser.waitFor(By.id("compose:subject")).sendKeys(subject);
        browser.type("I wanted to ask about the sleep diary");
        pause(Duration.ofSeconds(5)); // two autosave intervals of the test profile (2 s) after the last keystroke
        browser.waiting().until(ExpectedConditions.textMatches(By.id("compose:draftStatus"), java.util.regex.Pattern.compile("Draft saved at .+")));
        browser.screenshot("19-compose-autosaved");

        browser.close();
        browser = new HavenBrowser(base);
        browser.signIn(DemoPeople.PROVIDER);
        browser.open("app/drafts.xhtml");
        browser.waitFor(By.linkText(subject)).click();
        WebElement editor = browser.waitFor(By.cssSelector(".ql-editor"));
        browser.waiting().until(d -> editor.getText().contains("I wanted to ask about the sleep diary"));
        assertThat(browser.driver().findElement(By.id("compose:subject")).getAttribute("value")).isEqualTo(subject);
        assertThat(browser.driver().findElement(By.cssSelector("#compose\\:to .ui-autocomplete-token-label")).getText())
                .contains("Carla Diaz");
        browser.screenshot("20-draft-reopened");

        browser.driver().findElement(By.id("compose:send")).click();
        browser.waitFor(By.id("threadSubject"));
        browser.open("app/drafts.xhtml");
        assertThat(browser.driver().findElements(By.linkText(subject))).isEmpty();
    }

    @Test
    void aSavedDraftIsDeletedThroughTheConfirmationDialog() {
        String subject = unique("Second thoughts");
        browser.signIn(DemoPeople.PROVIDER);
        browser.write(subject, "On second thoughts, let us talk on Thursday", "Carla");
        WebElement save = browser.driver().findElement(By.id("compose:saveDraft"));
        save.click();
        browser.waiting().until(ExpectedConditions.stalenessOf(save)); // the form is rendered anew once saved
        browser.waiting().until(ExpectedConditions.textMatches(By.id("compose:draftStatus"), java.util.regex.Pattern.compile("Draft saved at .+")));

        browser.waitFor(By.id("compose:deleteDraft")).click();
        browser.waitFor(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/app/drafts.xhtml"));
        assertThat(browser.driver().findElements(By.linkText(subject))).isEmpty();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    @Test
    void theBadgeCountsANewMessageWithoutReloadingThePage() {
        browser.signIn(DemoPeople.CLIENT_OF_TWO);
        browser.folder("sent");
        int before = browser.badge();
        ((JavascriptExecutor) browser.driver()).executeScript("window.havenStillTheSamePage = true;");

        try (HavenBrowser provider = new HavenBrowser(base)) {
            provider.signIn(DemoPeople.OTHER_PROVIDER);
            provider.compose(unique("While you read"), "A new note.", "Dan");
        }

        browser.waiting().until(d -> browser.badge() == before + 1);
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.havenStillTheSamePage === true;"))
                .as("the page was not reloaded").isEqualTo(true);
        browser.screenshot("22-badge-refreshed-without-reload");
    }

    @Test
    void aGroupMessageReachesAllFrontOffice() {
        String subject = unique("New phone system");
        browser.signIn(DemoPeople.ADMIN);
        browser.compose(subject, "It starts Monday.", "All front office");

        browser.signIn(DemoPeople.FRONT_OFFICE);
        browser.folder("inbox");
        assertThat(browser.subjectsInFolder()).contains(subject);
        browser.screenshot("18-group-message-in-front-office-inbox");
    }

    @Test
    void everyoneRepliesToAllWithStaffAndOneClient() {
        String subject = unique("Care team");
        browser.signIn(DemoPeople.PROVIDER);
        browser.compose(subject, "Welcome to the practice.", "Carla", "Bill");

        browser.signIn(DemoPeople.BILLER);
        browser.openThread(subject);
        browser.reply("Your first invoice comes next week.");

        browser.signIn(DemoPeople.CLIENT);
        browser.openThread(subject);
        assertThat(browser.messageBodies()).containsExactly("Welcome to the practice.", "Your first invoice comes next week.");
        assertThat(browser.driver().findElements(By.id("thread:sendReply"))).isNotEmpty();
        browser.screenshot("19-reply-all-staff-and-one-client");
    }

    @Test
    void theClientPortalFitsAPhone() {
        String subject = unique("On the go");
        browser.signIn(DemoPeople.PROVIDER);
        browser.compose(subject, "A short note to read on your phone.", "Carla");

        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        browser.signIn(DemoPeople.CLIENT);
        browser.folder("inbox");
        assertThat(horizontalOverflow()).as("inbox wider than the phone").isLessThanOrEqualTo(0);
        browser.screenshot("20-phone-inbox");
        browser.openThread(subject);
        assertThat(horizontalOverflow()).as("thread wider than the phone").isLessThanOrEqualTo(0);
        browser.screenshot("21-phone-thread");
    }

    @Test
    void nobodyRepliesWhenTwoClientsTakePart() {
        String subject = unique("Group session");
        browser.signIn(DemoPeople.PROVIDER);
        browser.compose(subject, "Room 4 on Friday.", "Carla", "Dan");

        browser.signIn(DemoPeople.CLIENT);
        browser.openThread(subject);
        assertThat(browser.waitFor(By.id("noReply")).getText()).contains("several clients take part");
        assertThat(browser.driver().findElements(By.id("thread:sendReply"))).isEmpty();
        assertThat(browser.driver().findElement(By.id("thread:composeInstead")).isDisplayed()).isTrue();
        browser.screenshot("13-no-reply-two-clients");
    }

    @Test
    void anInactiveClientCannotPickAProviderButCanWriteToBilling() {
        browser.signIn(DemoPeople.INACTIVE_CLIENT);
        browser.open("app/compose.xhtml");
        assertThat(browser.waitFor(By.cssSelector(".haven-inactive-note")).getText()).contains("cannot write to providers");
        assertThat(browser.suggestionsFor("Rita")).isEmpty();
        browser.screenshot("14-inactive-client-compose");
        browser.driver().findElement(By.id("compose:to_input")).clear();

        String subject = unique("Invoice question");
        browser.choose("Bill");
        browser.waitFor(By.id("compose:subject")).sendKeys(subject);
        browser.type("Can I pay in two parts?");
        browser.driver().findElement(By.id("compose:send")).click();
        assertThat(browser.waitFor(By.id("threadSubject")).getText()).isEqualTo(subject);
    }

    @Test
    void threeThreadsAreArchivedAndRestoredTogether() {
        String batch = unique("Batch");
        browser.signIn(DemoPeople.SCHEDULER);
        for (int i = 1; i <= 3; i++) {
            browser.compose(batch + " " + i, "Slot " + i, "Eve");
        }

        browser.signIn(DemoPeople.EXTERNAL_AGENT);
        browser.folder("inbox");
        for (int i = 1; i <= 3; i++) {
            select(batch + " " + i);
        }
        browser.driver().findElement(By.id("box:archive")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-growl-message")));
        assertThat(browser.subjectsInFolder()).noneMatch(s -> s.startsWith(batch));

        browser.folder("archive");
        assertThat(browser.subjectsInFolder()).contains(batch + " 1", batch + " 2", batch + " 3");
        browser.screenshot("15-archive");
        for (int i = 1; i <= 3; i++) {
            select(batch + " " + i);
        }
        browser.driver().findElement(By.id("box:restore")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-growl-message")));

        browser.folder("inbox");
        assertThat(browser.subjectsInFolder()).contains(batch + " 1", batch + " 2", batch + " 3");
    }

    @Test
    void staffDeleteTheirOwnMessageAndThreadAndOthersCannot() {
        String subject = unique("Wrong client");
        browser.signIn(DemoPeople.PROVIDER);
        String thread = browser.compose(subject, "This was meant for someone else.", "Carla", "Fiona");
        browser.reply("Second note.");

        browser.signIn(DemoPeople.FRONT_OFFICE);
        browser.openThread(subject);
        assertThat(browser.driver().findElements(By.cssSelector("[id$='deleteMessage']"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("thread:deleteThread"))).isEmpty();
        forceDeleteOfFirstMessage();
        browser.open(thread.substring(base.toString().length()));
        assertThat(browser.messageBodies()).hasSize(2);

        browser.signIn(DemoPeople.PROVIDER);
        browser.open(thread.substring(base.toString().length()));
        List<WebElement> deletes = browser.driver().findElements(By.cssSelector("[id$='deleteMessage']"));
        assertThat(deletes).hasSize(2);
        deletes.get(1).click();
        browser.waitFor(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.waiting().until(d -> browser.messageBodies().size() == 1);
        browser.screenshot("16-message-deleted");

        browser.driver().findElement(By.id("thread:deleteThread")).click();
        browser.waitFor(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/app/mailbox.xhtml"));

        browser.signIn(DemoPeople.CLIENT);
        browser.open(thread.substring(base.toString().length()));
        assertThat(browser.waitFor(By.cssSelector(".ui-messages-error")).getText()).contains("not available to you");
    }

    @Test
    void aClientCannotOpenAnotherClientsThread() {
        String subject = unique("Private");
        browser.signIn(DemoPeople.PROVIDER);
        String thread = browser.compose(subject, "Only for Carla.", "Carla");

        browser.signIn(DemoPeople.CLIENT_OF_TWO);
        browser.open(thread.substring(base.toString().length()));
        assertThat(browser.waitFor(By.cssSelector(".ui-messages-error")).getText())
                .isEqualTo("This conversation does not exist or is not available to you.");
        assertThat(browser.driver().getPageSource()).doesNotContain("Only for Carla.").doesNotContain(subject);
        browser.screenshot("17-other-clients-thread-refused");
    }

    private long horizontalOverflow() {
        return (Long) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;");
    }

    private void select(String subject) {
        WebElement row = browser.driver().findElement(By.xpath("//tr[.//a[normalize-space(.)='" + subject + "']]"));
        row.findElement(By.cssSelector(".ui-chkbox-box")).click();
    }

    /** Sends the delete request a non-author has no button for, as a forged Ajax call. */
    private void forceDeleteOfFirstMessage() {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "PrimeFaces.ab({s:'thread:messages:0:deleteMessage', f:'thread', p:'thread:messages:0:deleteMessage', u:'thread'});");
        try {
            Thread.sleep(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String unique(String subject) {
        return subject + " " + UUID.randomUUID().toString().substring(0, 6);
    }
}
