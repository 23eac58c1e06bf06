package app.haven.web.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * One line of the report: Haven's figure next to its baseline's, the ratio the target is stated
 * in, the target and whether it was met. Each side of the benchmark (the server, the client JVM)
 * appends its lines to {@code results.tsv} in the benchmark folder; the report is written from it.
 */
public record Result(String area, String name, Figure haven, Figure baseline, double ratio, String target, boolean met,
                     String note) {

    static final String FILE = "results.tsv";

    void appendTo(Path folder) {
        String line = String.join("\t", area, name, haven.tsv(), baseline.tsv(), Figure.number(ratio), target,
                Boolean.toString(met), note.replace('\t', ' ').replace('\n', ' ')) + "\n";
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(FILE), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Result> readFrom(Path folder) throws IOException {
        return Files.readAllLines(folder.resolve(FILE), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank())
                .map(line -> line.split("\t", -1))
                .map(f -> new Result(f[0], f[1], Figure.parse(f, 2), Figure.parse(f, 9),
                        f[16].isEmpty() ? Double.NaN : Double.parseDouble(f[16]), f[17], Boolean.parseBoolean(f[18]), f[19]))
                .toList();
    }
}
