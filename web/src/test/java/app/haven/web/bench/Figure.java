package app.haven.web.bench;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;

/**
 * One measured figure: how many operations in how long, the throughput in the unit given, and the
 * latency percentiles of the single operations (NaN where a figure has no latencies, such as a
 * purge measured as one run).
 */
public record Figure(long count, double seconds, double rate, String unit, double p50, double p95, double p99) {

    static final Figure NONE = new Figure(0, Double.NaN, Double.NaN, "", Double.NaN, Double.NaN, Double.NaN);

    /**
     * Operations timed one by one: throughput is operations (or {@code amount} units) per second of
     * the time given, the loop's wall time or, where its steps ran in turn with others' (a transfer,
     * a call next to its baseline), the sum of its own steps.
     */
    static Figure of(Collection<Long> nanos, double wallSeconds, double amount, String unit) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Figure(sorted.length, wallSeconds, amount / wallSeconds, unit,
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99));
    }

    static Figure of(Collection<Long> nanos, double wallSeconds, String unit) {
        return of(nanos, wallSeconds, nanos.size(), unit);
    }

    /** A single run of {@code amount} units. */
    static Figure once(double amount, double seconds, String unit) {
        return new Figure(1, seconds, amount / seconds, unit, Double.NaN, Double.NaN, Double.NaN);
    }

    /** A value that is neither a rate nor a latency (a heap size, a paint time), in the p50 column. */
    static Figure value(double value, String unit) {
        return new Figure(1, Double.NaN, Double.NaN, unit, value, Double.NaN, Double.NaN);
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1_000_000.0;
    }

    String tsv() {
        return String.join("\t", Long.toString(count), number(seconds), number(rate), unit, number(p50), number(p95), number(p99));
    }

    static Figure parse(String[] fields, int from) {
        return new Figure(Long.parseLong(fields[from]), parseNumber(fields[from + 1]), parseNumber(fields[from + 2]),
                fields[from + 3], parseNumber(fields[from + 4]), parseNumber(fields[from + 5]), parseNumber(fields[from + 6]));
    }

    static String number(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        return Math.abs(value) >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.3g", value);
    }

    private static double parseNumber(String text) {
        return text.isEmpty() ? Double.NaN : Double.parseDouble(text);
    }

    @Override
    public String toString() {
        return Arrays.toString(new String[] {Long.toString(count), number(rate) + " " + unit, "p50 " + number(p50),
            "p95 " + number(p95), "p99 " + number(p99)});
    }
}
