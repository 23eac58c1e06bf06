package app.haven.web.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    @Test
    void anAsciiNameIsQuotedAndAlsoGivenInTheExtendedForm() {
        assertThat(ContentDisposition.attachment("report.pdf"))
                .isEqualTo("attachment; filename=\"report.pdf\"; filename*=UTF-8''report.pdf");
    }

    @Test
    void aNonAsciiNameHasAnAsciiFallbackAndIsPercentEncodedInUtf8() {
        assertThat(ContentDisposition.attachment("Ärztebrief 2026.pdf"))
                .isEqualTo("attachment; filename=\"_rztebrief 2026.pdf\"; filename*=UTF-8''%C3%84rztebrief%202026.pdf");
    }

    @Test
    void quotesBackslashesAndPercentSignsCannotBreakOutOfTheHeader() {
        String header = ContentDisposition.attachment("a\"; filename=evil.html\\%22.pdf");
        assertThat(header).startsWith("attachment; filename=\"a_; filename=evil.html__22.pdf\"; filename*=UTF-8''")
                .endsWith("a%22%3B%20filename%3Devil.html%5C%2522.pdf");
    }
}
