package app.haven.domain.account;

import app.haven.domain.practice.PracticeId;
import java.util.Objects;
import java.util.Optional;

/**
 * Which of a practice's accounts a directory lists, a page at a time: all its people, or only its
 * clients, or only the clients one provider is assigned to; of those, the ones whose name contains
 * what was typed, in any case. A practice may have tens of thousands of clients: a listing is read
 * in pages ({@link Accounts#page}), never whole.
 */
public record Listing(PracticeId practice, Optional<AccountKind> kind, Optional<AccountId> assignedTo, String nameContains) {

    /** The most rows one page holds. */
    public static final int MOST_ROWS = 100;

    public Listing {
        Objects.requireNonNull(practice);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(assignedTo);
        nameContains = nameContains == null ? "" : nameContains.strip();
    }

    /** Everyone of the practice (staff and clients) whose name contains the text. */
    public static Listing everyone(PracticeId practice, String typed) {
        return new Listing(practice, Optional.empty(), Optional.empty(), typed);
    }

    /** The practice's clients whose name contains the text. */
    public static Listing clients(PracticeId practice, String typed) {
        return new Listing(practice, Optional.of(AccountKind.CLIENT), Optional.empty(), typed);
    }

    /** The practice's clients assigned to the provider whose name contains the text. */
    public static Listing clientsOf(PracticeId practice, AccountId provider, String typed) {
        return new Listing(practice, Optional.of(AccountKind.CLIENT), Optional.of(provider), typed);
    }

    /**
     * Whether the text can find nobody, so that no statement needs to run: no name is longer than
     * {@value Account#DISPLAY_NAME_LENGTH} characters or holds a control character (PostgreSQL
     * refuses NUL in a statement outright).
     */
    public boolean findsNobody() {
        return !possiblyInAName(nameContains);
    }

    /** Whether the text could be part of someone's name (see {@link #findsNobody()}). */
    public static boolean possiblyInAName(String text) {
        return text.length() <= Account.DISPLAY_NAME_LENGTH && text.chars().noneMatch(Character::isISOControl);
    }

    /** The first row and the number of rows asked for, brought within bounds (at most {@value #MOST_ROWS}). */
    public record Rows(int first, int max) {

        public Rows {
            first = Math.max(first, 0);
            max = Math.min(Math.max(max, 0), MOST_ROWS);
        }
    }
}
