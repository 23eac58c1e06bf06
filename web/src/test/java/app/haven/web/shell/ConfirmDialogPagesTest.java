package app.haven.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The confirmation dialog is built only by the pages that ask for a confirmation (issue 9), so a
 * page that gains a {@code p:confirm} must include it, or its action would run unasked.
 */
class ConfirmDialogPagesTest {

    private static final Path PAGES = Path.of("src/main/webapp");
    private static final String DIALOG = "<ui:include src=\"/WEB-INF/includes/confirm-dialog.xhtml\"/>";

    @Test
    void thePagesThatConfirmAreExactlyThoseThatIncludeTheDialog() throws IOException {
        Set<String> confirming = new TreeSet<>();
        Set<String> including = new TreeSet<>();
        try (Stream<Path> files = Files.walk(PAGES)) {
            for (Path page : files.filter(file -> file.toString().endsWith(".xhtml")).toList()) {
                String text = Files.readString(page);
                String name = PAGES.relativize(page).toString();
                if (text.contains("<p:confirm ")) {
                    confirming.add(name);
                }
                if (text.contains(DIALOG)) {
                    including.add(name);
                }
            }
        }
        assertThat(confirming).contains("app/compose.xhtml", "app/thread.xhtml", "app/staff/client.xhtml");
        assertThat(including).isEqualTo(confirming);
    }

    @Test
    void theFrameLeavesThePlaceForItButDoesNotBuildIt() throws IOException {
        String frame = Files.readString(PAGES.resolve("WEB-INF/templates/base.xhtml"));
        assertThat(frame).contains("<ui:insert name=\"dialogs\"/>").doesNotContain("p:confirmDialog");
    }
}
