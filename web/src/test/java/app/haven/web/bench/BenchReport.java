package app.haven.web.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Writes {@code report.md} and {@code results.csv} from the lines both sides of the benchmark appended. */
final class BenchReport {

    private static final String CSV_HEADER = "area,case,count,seconds,rate,unit,p50_ms,p95_ms,p99_ms,"
            + "baseline_count,baseline_seconds,baseline_rate,baseline_unit,baseline_p50_ms,baseline_p95_ms,baseline_p99_ms,"
            + "ratio,target,met,note";

    private BenchReport() {
    }

    static void write(Path folder) throws IOException {
        List<Result> results = Result.readFrom(folder);
        String machine = machine();
        Files.writeString(folder.resolve("results.csv"), Stream.concat(Stream.of("# " + machine.replace('\n', ' '), CSV_HEADER),
                        results.stream().map(BenchReport::csv)).collect(Collectors.joining("\n", "", "\n")),
                StandardCharsets.UTF_8);
        StringBuilder md = new StringBuilder("# Haven benchmark\n\n").append(machine).append("\n\n")
                .append("Latencies in ms. Ratio: as the target states it (throughput or latency against the baseline"
                        + " measured in the same run on the same database).\n\n")
                .append("| area | case | Haven | p50 / p95 / p99 | baseline | baseline p50 / p95 / p99 | ratio | target | met |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        for (Result r : results) {
            md.append("| ").append(r.area()).append(" | ").append(r.name()).append(r.note().isEmpty() ? "" : " (" + r.note() + ")")
                    .append(" | ").append(amount(r.haven())).append(" | ").append(percentiles(r.haven()))
                    .append(" | ").append(amount(r.baseline())).append(" | ").append(percentiles(r.baseline()))
                    .append(" | ").append(Figure.number(r.ratio())).append(" | ").append(r.target())
                    .append(" | ").append(r.met() ? "yes" : "**no**").append(" |\n");
        }
        long missed = results.stream().filter(r -> !r.met()).count();
        md.append("\n").append(missed == 0 ? "Every target met." : missed + " target(s) missed.").append("\n");
        Files.writeString(folder.resolve("report.md"), md, StandardCharsets.UTF_8);
        System.out.println(md);
    }

    private static String amount(Figure f) {
        if (f.count() == 0) {
            return "";
        }
        if (Double.isNaN(f.rate())) {
            return Double.isNaN(f.p50()) ? "" : Figure.number(f.p50()) + " " + f.unit();
        }
        return Figure.number(f.rate()) + " " + f.unit() + " (" + f.count() + (f.count() == 1 ? " run" : " ops") + " in "
                + Figure.number(f.seconds()) + " s)";
    }

    private static String percentiles(Figure f) {
        if (Double.isNaN(f.p95())) {
            return "";
        }
        return Figure.number(f.p50()) + " / " + Figure.number(f.p95()) + " / " + Figure.number(f.p99());
    }

    private static String csv(Result r) {
        return String.join(",", quote(r.area()), quote(r.name()), r.haven().tsv().replace('\t', ','),
                r.baseline().tsv().replace('\t', ','), Figure.number(r.ratio()), quote(r.target()), Boolean.toString(r.met()),
                quote(r.note()));
    }

    private static String quote(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private static String machine() throws IOException {
        String memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(line -> line.startsWith("MemTotal"))
                .map(line -> String.format(Locale.ROOT, "%.1f GiB",
                        Long.parseLong(line.replaceAll("\\D", "")) / (1024.0 * 1024.0)))
                .findFirst().orElse("?");
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElse("?");
        return String.format("Run %s on %d cores (%s), %s memory, %s %s (%s), PostgreSQL %s on 127.0.0.1, %s %s.",
                ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), Runtime.getRuntime().availableProcessors(),
                cpu, memory, System.getProperty("java.vm.name"), System.getProperty("java.version"),
                System.getProperty("java.vendor"), BenchState.get("postgresql"), System.getProperty("os.name"),
                System.getProperty("os.version"));
    }
}
