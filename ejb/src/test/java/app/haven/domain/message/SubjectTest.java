package app.haven.domain.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** R3: the subject is required, trimmed, 1 to 200 characters. */
class SubjectTest {

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\n\t"})
    void aMissingSubjectIsRefused(String text) {
        assertThatThrownBy(() -> new Subject(text)).isInstanceOf(InvalidMessage.class).hasMessage("refusal.subject.required");
    }

    @ParameterizedTest
    @CsvSource({"1, true", "200, true", "201, false"})
    void theLimitIs200Characters(int length, boolean accepted) {
        String text = "a".repeat(length);
        if (accepted) {
            assertThat(new Subject(text).text()).hasSize(length);
        } else {
            assertThatThrownBy(() -> new Subject(text)).isInstanceOf(InvalidMessage.class).hasMessage("refusal.subject.tooLong");
        }
    }

    @Test
    void surroundingSpacesAreTrimmedAndLineBreaksFolded() {
        assertThat(new Subject("  Next\r\nappointment  ").text()).isEqualTo("Next  appointment");
    }

    @Test
    void twoHundredEmojiAreTwoHundredCharacters() {
        assertThat(new Subject("🙂".repeat(200)).text()).hasSize(400);
    }

    @Test
    void aSubjectNeverPrintsItsText() {
        assertThat(new Subject("Private matter").toString()).doesNotContain("Private");
    }
}
