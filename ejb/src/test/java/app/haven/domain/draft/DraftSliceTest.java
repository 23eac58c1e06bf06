package app.haven.domain.draft;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DraftSliceTest {

    @ParameterizedTest(name = "from {0} to {1}")
    @CsvSource({"-1, 10", "5, 5", "6, 5"})
    void aSliceStartsAtZeroOrLaterAndEndsAfterItsStart(long from, long to) {
        assertThatThrownBy(() -> new DraftSlice(from, to)).isInstanceOf(IllegalArgumentException.class);
    }
}
