package app.haven.web.attachment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.NameValuePair;
import org.apache.james.mime4j.stream.RawBody;
import org.apache.james.mime4j.stream.RawField;
import org.apache.james.mime4j.stream.RawFieldParser;

/**
 * The headers of one part of a form's post, as browsers send them (in UTF-8, which Mime4j reads):
 * the field's name and, for a file, its name as sent, in {@code Content-Disposition: form-data}.
 */
final class PartHeaders {

    private static final String DISPOSITION = "Content-Disposition";
    private static final String FORM_DATA = "form-data";
    private static final String NOT_A_FORM_FIELD = "A part of the request is not a form's field";

    private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private String name;
    private String fileName;

    /** Adds a header as it was sent. */
    void add(Field field) throws IOException {
        headers.computeIfAbsent(field.getName(), key -> new ArrayList<>()).add(field.getBody());
        if (DISPOSITION.equalsIgnoreCase(field.getName())) {
            disposition(field);
        }
    }

    /** The part as read to its body: a form's field, with a name. */
    PartHeaders checked() throws IOException {
        if (name == null) {
            throw new IOException(NOT_A_FORM_FIELD);
        }
        return this;
    }

    private void disposition(Field field) throws IOException {
        if (!(field instanceof RawField parsed)) {
            throw new IOException(NOT_A_FORM_FIELD); // Mime4j's token stream gives its fields as read
        }
        RawBody body = RawFieldParser.DEFAULT.parseRawBody(parsed);
        if (!FORM_DATA.equalsIgnoreCase(body.getValue())) {
            throw new IOException(NOT_A_FORM_FIELD);
        }
        for (NameValuePair parameter : body.getParams()) {
            if ("name".equalsIgnoreCase(parameter.getName())) {
                name = parameter.getValue();
            } else if ("filename".equalsIgnoreCase(parameter.getName())) {
                fileName = parameter.getValue() == null ? "" : parameter.getValue();
            }
        }
    }

    /** The form field's name. */
    String name() {
        return name;
    }

    /** Whether the part is a file (its disposition names one, even an empty name). */
    boolean isFile() {
        return fileName != null;
    }

    /** The file's name as sent, unchecked (the EJB cleans it). */
    String fileName() {
        return fileName;
    }

    /** The first value of a header, or null. */
    String header(String header) {
        List<String> values = headers.get(header);
        return values == null ? null : values.get(0);
    }

    Collection<String> headers(String header) {
        return List.copyOf(headers.getOrDefault(header, List.of()));
    }

    Collection<String> names() {
        return List.copyOf(headers.keySet());
    }
}
