package app.haven.domain.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FileNameTest {

    @ParameterizedTest(name = "{0} is kept as {1}")
    @CsvSource(delimiterString = " => ", value = {
        "report.pdf => report.pdf",
        "../../etc/passwd => passwd",
        "..\\..\\Windows\\win.ini => win.ini",
        "C:\\Users\\dan\\scan.png => scan.png",
        "  .hidden.txt   => hidden.txt",
        "what?*<>|.txt => what_____.txt",
        "Ärztebrief.pdf => Ärztebrief.pdf",
        "my notes... => my notes"
    })
    void aNameIsReducedToItsSafeLastSegment(String sent, String kept) {
        assertThat(FileName.of(sent).value()).isEqualTo(kept);
    }

    @Test
    void lineBreaksCannotSplitAHeaderOrALogLine() {
        FileName name = FileName.of("bill\r\nSet-Cookie: x=1.pdf");
        assertThat(name.value()).doesNotContain("\r", "\n").isEqualTo("billSet-Cookie_ x=1.pdf");
    }

    @Test
    void aRightToLeftOverrideCannotDisguiseTheExtension() {
        FileName name = FileName.of("invoice\u202Efdp.exe");
        assertThat(name.value()).isEqualTo("invoicefdp.exe");
        assertThat(name.extension()).contains("exe");
    }

    @Test
    void zeroWidthAndOtherInvisibleCharactersAreRemoved() {
        assertThat(FileName.of("sc\u200Ban\u2066.pdf\u0000").value()).isEqualTo("scan.pdf");
    }

    @Test
    void aLongNameIsShortenedTo255CharactersKeepingItsExtension() {
        FileName name = FileName.of("a".repeat(300) + ".pdf");
        assertThat(name.value()).hasSize(255).endsWith("aaa.pdf");
        assertThat(name.extension()).contains("pdf");
    }

    @Test
    void shorteningNeverSplitsACharacterInTwo() {
        FileName name = FileName.of("a" + "😀".repeat(200) + ".txt");
        assertThat(name.value().length()).isLessThanOrEqualTo(255);
        assertThat(name.value()).endsWith(".txt");
        assertThat(name.value().codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "..", "../..", "/", "\u202E", "...", "\r\n"})
    void aNameWithNothingUsableLeftIsRefused(String sent) {
        assertThatThrownBy(() -> FileName.of(sent)).isInstanceOf(AttachmentRefusal.class)
                .hasMessage("refusal.attachment.badName");
    }

    @Test
    void theExtensionIsLowerCaseAndOptional() {
        assertThat(FileName.of("SCAN.PDF").extension()).contains("pdf");
        assertThat(FileName.of("README").extension()).isEmpty();
    }
}
