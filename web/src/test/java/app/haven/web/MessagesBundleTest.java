package app.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every refusal the rules can raise has a sentence in every language, and the languages agree. */
class MessagesBundleTest {

    private static final Pattern REFUSAL_KEY = Pattern.compile("\"(refusal\\.[A-Za-z.]+)\"");

    @Test
    void everyRefusalKeyOfTheEjbModuleHasASentence() throws IOException {
        Set<String> used = refusalKeysIn(Path.of("../ejb/src/main/java"));
        assertThat(used).hasSizeGreaterThan(15);
        assertThat(bundle("Messages.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void everyLanguageHasEverySentence() throws IOException {
        assertThat(bundle("Messages_es.properties").stringPropertyNames())
                .isEqualTo(bundle("Messages.properties").stringPropertyNames());
        assertThat(bundle("FacesMessages_es.properties").stringPropertyNames())
                .isEqualTo(bundle("FacesMessages.properties").stringPropertyNames());
    }

    private static Set<String> refusalKeysIn(Path sources) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = REFUSAL_KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesBundleTest.class.getResourceAsStream("/app/haven/web/" + name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
