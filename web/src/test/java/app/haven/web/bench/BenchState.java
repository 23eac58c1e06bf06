package app.haven.web.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * What one side of the benchmark hands the other (the server and the client JVM share nothing
 * else): a properties file in the benchmark folder. Ids and figures only.
 */
final class BenchState {

    private static final String FILE = "state.properties";

    private BenchState() {
    }

    /** The benchmark folder: {@code haven.bench.dir} in the server, {@code bench.dir} in the client. */
    static Path folder() {
        String folder = System.getProperty("haven.bench.dir", System.getProperty("bench.dir"));
        if (folder == null) {
            throw new IllegalStateException("run the benchmark through config/bench/run (mvn -Pbench)");
        }
        try {
            return Files.createDirectories(Path.of(folder));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new run starts with nothing from the last one. */
    static void clear() {
        try {
            Files.deleteIfExists(folder().resolve(FILE));
            Files.deleteIfExists(folder().resolve(Result.FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static synchronized void put(String key, String value) {
        Properties state = read();
        state.setProperty(key, value);
        try (Writer out = Files.newBufferedWriter(folder().resolve(FILE), StandardCharsets.UTF_8)) {
            state.store(out, "Haven benchmark: state shared by the server and the client");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String get(String key) {
        String value = read().getProperty(key);
        if (value == null) {
            throw new IllegalStateException("an earlier step did not record " + key);
        }
        return value;
    }

    private static Properties read() {
        Properties state = new Properties();
        Path file = folder().resolve(FILE);
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                state.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return state;
    }
}
