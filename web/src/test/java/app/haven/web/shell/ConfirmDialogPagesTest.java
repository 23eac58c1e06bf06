package app.haven.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The confirmation dialog is built only by the pages that ask for a confirmation (issue 9), so a
 * page that gains a {@code p:confirm} must include it as the frame's "dialogs", or its button would
 * silently do nothing (PrimeFaces only logs that no global confirmation dialog is there).
 */
class ConfirmDialogPagesTest {

    private static final Path PAGES = Path.of("src/main/webapp");
    private static final Pattern CONFIRMS = Pattern.compile("<p:confirm[\\s/>]");
    /** The include where the frame picks it up; anywhere else Facelets would drop it without a word. */
    private static final Pattern DIALOG = Pattern.compile("<ui:define name=\"dialogs\">\\s*"
            + "<ui:include src=\"/WEB-INF/includes/confirm-dialog.xhtml\"/>\\s*</ui:define>");
    private static final Pattern MENTIONS_DIALOG = Pattern.compile("confirm-dialog\\.xhtml|\"dialogs\"");

    @Test
    void thePagesThatConfirmAreExactlyThoseThatIncludeTheDialog() throws IOException {
        Set<String> confirming = new TreeSet<>();
        Set<String> including = new TreeSet<>();
        Set<String> misplaced = new TreeSet<>();
        try (Stream<Path> files = Files.walk(PAGES)) {
            for (Path page : files.filter(file -> file.toString().endsWith(".xhtml")).toList()) {
                String text = Files.readString(page);
                String name = PAGES.relativize(page).toString();
                if (CONFIRMS.matcher(text).find()) {
                    confirming.add(name);
                }
                if (DIALOG.matcher(text).find()) {
                    including.add(name);
                } else if (MENTIONS_DIALOG.matcher(text).find() && !name.startsWith("WEB-INF/")) {
                    misplaced.add(name);
                }
            }
        }
        assertThat(confirming).contains("app/compose.xhtml", "app/thread.xhtml", "app/staff/client.xhtml");
        assertThat(including).isEqualTo(confirming);
        assertThat(misplaced).isEmpty();
    }

    @Test
    void theFrameLeavesThePlaceForItButDoesNotBuildIt() throws IOException {
        String frame = Files.readString(PAGES.resolve("WEB-INF/templates/base.xhtml"));
        assertThat(frame).contains("<ui:insert name=\"dialogs\"/>").doesNotContain("p:confirmDialog");
    }
}
