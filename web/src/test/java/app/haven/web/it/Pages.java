package app.haven.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/** Reads a list the EJB serves a page at a time, page after page, as a paginator does. */
public final class Pages {

    /** A page of rows: {@code first} on, at most {@code max}. */
    @FunctionalInterface
    public interface Source<T> {
        List<T> page(int first, int max);
    }

    private Pages() {
    }

    /** Every row of a list of {@code total} rows, read in pages of {@code size}; each page holds 1 to {@code size} rows. */
    public static <T> List<T> readInPagesOf(int size, long total, Source<T> source) {
        List<T> rows = new ArrayList<>();
        for (int first = 0; first < total; first += size) {
            List<T> page = source.page(first, size);
            assertThat(page).hasSizeLessThanOrEqualTo(size).isNotEmpty();
            rows.addAll(page);
        }
        return rows;
    }
}
