package app.haven.domain.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haven.domain.thread.People;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DraftRetentionTest {

    private static final DraftRetention THIRTY_DAYS = DraftRetention.DEFAULT;
    private static final Instant NOW = Instant.parse("2026-11-27T04:00:00Z");

    @ParameterizedTest(name = "saved {0} before now: expired {1}")
    @CsvSource({
        "PT0S, false",
        "P29D, false",
        "P30D, false",
        "P30DT0.000001S, true",
        "P30DT1S, true",
        "P31D, true"
    })
    void aDraftIsKeptThirtyDaysAfterItsLastSaveAndNotASecondMore(Duration age, boolean expired) {
        assertThat(THIRTY_DAYS.isExpired(NOW.minus(age), NOW)).isEqualTo(expired);
    }

    @Test
    void daylightSavingChangesDoNotMoveTheExpiry() {
        ZoneId newYork = ZoneId.of("America/New_York");
        ZonedDateTime savedBeforeTheClocksChanged = ZonedDateTime.of(2026, 10, 20, 12, 0, 0, 0, newYork);
        Instant exactlyThirtyDaysLater = savedBeforeTheClocksChanged.toInstant().plus(Duration.ofDays(30));
        assertThat(savedBeforeTheClocksChanged.plusDays(30).toInstant()).as("30 local days are not 30 x 24 hours here")
                .isNotEqualTo(exactlyThirtyDaysLater);

        assertThat(THIRTY_DAYS.isExpired(savedBeforeTheClocksChanged.toInstant(), exactlyThirtyDaysLater)).isFalse();
        assertThat(THIRTY_DAYS.isExpired(savedBeforeTheClocksChanged.toInstant(), exactlyThirtyDaysLater.plusSeconds(1))).isTrue();
    }

    @Test
    void theCutoffIsTheRetentionBeforeNow() {
        assertThat(THIRTY_DAYS.cutoff(NOW)).isEqualTo(Instant.parse("2026-10-28T04:00:00Z"));
        assertThat(DraftRetention.ofDays(7).cutoff(NOW)).isEqualTo(Instant.parse("2026-11-20T04:00:00Z"));
        assertThatThrownBy(() -> DraftRetention.ofDays(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDraftIsItsAuthorsAloneAndASaveFromAStaleCopyIsRefused() {
        Draft draft = Draft.write(People.PROVIDER, List.of("person:" + People.CLIENT.id()), "Subject", "<p>Hello</p>", NOW);
        assertThatThrownBy(() -> draft.checkAuthor(People.FRONT_OFFICE)).hasMessageStartingWith("refusal.draft.notAvailable");
        assertThatThrownBy(() -> draft.save(People.PROVIDER, 7, List.of(), "S", "<p>x</p>", NOW))
                .hasMessageStartingWith("refusal.draft.changedElsewhere");
        draft.save(People.PROVIDER, 0, List.of("group:ALL_FRONT_OFFICE"), "  New subject ", "<p>Hi <script>x</script></p>", NOW);
        assertThat(draft.subject()).contains("New subject");
        assertThat(draft.bodyHtml()).contains("<p>Hi </p>");
        assertThat(draft.recipients()).containsExactly("group:ALL_FRONT_OFFICE");
    }

    @Test
    void anEmptyDraftIsAllowed() {
        Draft draft = Draft.write(People.PROVIDER, List.of(), " ", "<p> </p>", NOW);
        assertThat(draft.subject()).isEmpty();
        assertThat(draft.bodyHtml()).isEmpty();
        assertThat(draft.recipients()).isEmpty();
    }
}
