package app.haven.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.domain.practice.PracticeId;
import org.junit.jupiter.api.Test;

class ListingTest {

    private static final PracticeId PRACTICE = PracticeId.random();

    @Test
    void rowsAskedForAreBroughtWithinBounds() {
        assertThat(new Listing.Rows(-5, 1000)).isEqualTo(new Listing.Rows(0, Listing.MOST_ROWS));
        assertThat(new Listing.Rows(40, -1).max()).isZero();
        assertThat(new Listing.Rows(40, 25)).extracting(Listing.Rows::first, Listing.Rows::max).containsExactly(40, 25);
    }

    @Test
    void aTextNoNameCouldHoldFindsNobody() {
        assertThat(Listing.everyone(PRACTICE, "  Rita ").nameContains()).isEqualTo("Rita");
        assertThat(Listing.everyone(PRACTICE, null).findsNobody()).isFalse();
        assertThat(Listing.everyone(PRACTICE, "Ri\u0000ta").findsNobody()).isTrue();
        assertThat(Listing.everyone(PRACTICE, "Rita\tChen").findsNobody()).isTrue();
        assertThat(Listing.everyone(PRACTICE, "x".repeat(Account.DISPLAY_NAME_LENGTH)).findsNobody()).isFalse();
        assertThat(Listing.everyone(PRACTICE, "x".repeat(Account.DISPLAY_NAME_LENGTH + 1)).findsNobody()).isTrue();
    }
}
