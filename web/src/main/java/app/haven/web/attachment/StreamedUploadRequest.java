package app.haven.web.attachment;

import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;
import org.apache.james.mime4j.stream.NameValuePair;
import org.apache.james.mime4j.stream.RawBody;
import org.apache.james.mime4j.stream.RawFieldParser;
import org.apache.james.mime4j.stream.RecursionMode;
import org.apache.james.mime4j.util.ContentUtil;

/**
 * A multipart post to the pages, read as it arrives with Apache James Mime4j's token stream: the
 * form's fields up to the first file are read at once (the page's upload sends them first) and
 * are the request's parameters; the file is the request's one part, whose stream is the rest of
 * the request itself ({@link StreamedFilePart}). Fields after the file are not read. Nothing of
 * the request is kept anywhere else, on disk or in memory.
 * <p>
 * Mime4j finds a part's end with a Quick Search for its boundary, which skips through a file's
 * bytes: a tenth of the time Commons FileUpload's byte-by-byte search took on a 10 MiB upload
 * (issue 9). Parsing is strict, so a body that ends inside a part fails as that part is read,
 * instead of ending it early.
 */
final class StreamedUploadRequest extends HttpServletRequestWrapper {

    /** Room for the form's other fields (a message of {@code MessageBody.MAX_LENGTH} characters among them) next to the file. */
    static final long FIELDS = 4L * 1024 * 1024;
    /** More fields than any of Haven's forms has, by far. */
    static final int MAX_FIELDS = 512;
    /**
     * Room for one header of a part, and for any line Mime4j reads as a line (headers, the lines
     * around boundaries; never a part's content): a file name of 255 characters in any script, and more.
     */
    static final int HEADER_BYTES = 8 * 1024;
    /** More headers than a browser gives a part (its name and its type). */
    static final int PART_HEADER_COUNT = 16;
    private static final MimeConfig PARSING = new MimeConfig.Builder()
            .setStrictParsing(true)
            .setMaxHeaderLen(HEADER_BYTES)
            .setMaxLineLen(HEADER_BYTES)
            .setMaxHeaderCount(PART_HEADER_COUNT)
            .setMaxContentLen(-1) // held by the request's own limit (Body)
            .build();
    /**
     * A boundary as RFC 2046 allows it: at most 70 of its characters, not ending in a space. Its
     * length bounds the boundary search's worst case (a body built to defeat it).
     */
    private static final Pattern BOUNDARY = Pattern.compile("[0-9A-Za-z'()+_,./:=? -]{0,69}[0-9A-Za-z'()+_,./:=?-]");
    private static final String MULTIPART = "multipart/";
    private static final String TOO_LARGE = "The request is larger than an upload can be";
    private static final String FIELDS_TOO_LARGE = "The form's fields are larger than an upload's form can have";
    private static final String TOO_MANY_FIELDS = "The form has more fields than an upload's form can have";
    private static final String READ_BEFORE = "A multipart request's body was read before Haven's upload filter";
    private static final String NOT_MULTIPART = "The request's body is not multipart form data";
    private static final String MALFORMED = "The request's body is not well-formed multipart form data";
    private static final String BAD_BOUNDARY = "The request's boundary is missing or not one RFC 2046 allows";
    private static final String CONTENT_TYPE = "Content-Type: ";
    private static final String READ_AS_PARTS = "The request's body is read as its parts";
    private static final String BAD_QUERY = "The query string is not well formed";

    private final Map<String, String[]> parameters;
    private final MimeTokenStream parts;
    private final StreamedFilePart file;

    private StreamedUploadRequest(HttpServletRequest request, Map<String, String[]> parameters, MimeTokenStream parts,
            StreamedFilePart file) {
        super(request);
        this.parameters = parameters;
        this.parts = parts;
        this.file = file;
    }

    static boolean isUpload(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod()) && type != null && type.toLowerCase(Locale.ROOT).startsWith(MULTIPART);
    }

    /** The largest request an upload of at most {@code maxBytes} can be. */
    static long largestRequest(long maxBytes) {
        return maxBytes + FIELDS;
    }

    /**
     * Reads the fields up to the first file. A request that is or grows larger than
     * {@code largest}, or has more than {@value #MAX_FIELDS} fields, fails with
     * {@link UploadTooLarge}, here or later while the file is read; a body or query string that is
     * not well formed (a part header over {@value #HEADER_BYTES} bytes, a boundary RFC 2046 does
     * not allow among them), with another {@link IOException}.
     */
    static StreamedUploadRequest read(HttpServletRequest request, long largest) throws IOException {
        if (request.getContentLengthLong() > largest) {
            throw new UploadTooLarge(TOO_LARGE, largest);
        }
        Map<String, List<String>> fields = new LinkedHashMap<>();
        queryParameters(request.getQueryString(), fields);
        checkBoundary(request.getContentType());
        Body body = new Body(request.getInputStream(), largest);
        MimeTokenStream parts = new MimeTokenStream(PARSING);
        parts.parseHeadless(body, request.getContentType());
        // the post's own parts only: a part typed as a multipart or a message is a file like any other
        parts.setRecursionMode(RecursionMode.M_FLAT);
        long fieldBytes = 0;
        int count = 0;
        try {
            for (PartHeaders part = nextPart(parts); part != null; part = nextPart(parts)) {
                if (part.isFile()) {
                    StreamedFilePart file = new StreamedFilePart(parts.getInputStream(), part);
                    return new StreamedUploadRequest(request, frozen(fields), parts, file);
                }
                byte[] name = part.name().getBytes(StandardCharsets.UTF_8);
                byte[] value = parts.getInputStream().readNBytes((int) (FIELDS - fieldBytes + 1));
                fieldBytes += name.length + value.length;
                if (fieldBytes > FIELDS) {
                    throw new UploadTooLarge(FIELDS_TOO_LARGE, FIELDS);
                }
                if (++count > MAX_FIELDS) {
                    throw new UploadTooLarge(TOO_MANY_FIELDS, MAX_FIELDS);
                }
                fields.computeIfAbsent(part.name(), key -> new ArrayList<>()).add(new String(value, StandardCharsets.UTF_8));
            }
        } catch (IOException malformed) {
            if (readBefore(request, body)) {
                throw new IllegalStateException(READ_BEFORE, malformed);
            }
            throw malformed;
        }
        if (readBefore(request, body)) {
            throw new IllegalStateException(READ_BEFORE);
        }
        if (count == 0) {
            throw new IOException(NOT_MULTIPART);
        }
        return new StreamedUploadRequest(request, frozen(fields), parts, null);
    }

    private static void checkBoundary(String contentType) throws IOException {
        RawBody type;
        try {
            type = RawFieldParser.DEFAULT.parseRawBody(RawFieldParser.DEFAULT.parseField(
                    ContentUtil.encode(CONTENT_TYPE + contentType)));
        } catch (MimeException malformed) {
            throw new IOException(NOT_MULTIPART, malformed);
        }
        String boundary = type.getParams().stream().filter(parameter -> "boundary".equalsIgnoreCase(parameter.getName()))
                .map(NameValuePair::getValue).findFirst().orElse("");
        if (!BOUNDARY.matcher(boundary).matches()) {
            throw new IOException(BAD_BOUNDARY);
        }
    }

    /** Whether a filter or listener before this one read the body (getParameter or getParts on a multipart request). */
    private static boolean readBefore(HttpServletRequest request, Body body) {
        return request.getContentLengthLong() > 0 && !body.arrived();
    }

    /** The headers of the next part, its body ready to be read; null after the last part. */
    private static PartHeaders nextPart(MimeTokenStream parts) throws IOException {
        PartHeaders part = null;
        for (EntityState state = next(parts); state != EntityState.T_END_OF_STREAM; state = next(parts)) {
            switch (state) {
                case T_START_BODYPART -> part = new PartHeaders();
                case T_FIELD -> {
                    if (part != null) {
                        part.add(parts.getField());
                    }
                }
                case T_BODY -> {
                    if (part == null) {
                        throw new IOException(NOT_MULTIPART); // the body as a whole: its type named no boundary
                    }
                    return part.checked();
                }
                default -> {
                    // the multipart's start, preamble and end, a part's end
                }
            }
        }
        return null;
    }

    private static EntityState next(MimeTokenStream parts) throws IOException {
        try {
            return parts.next();
        } catch (MimeException malformed) {
            throw new IOException(MALFORMED, malformed);
        }
    }

    /** The request's body as the parser reads it: noting whether any of it arrived, and refused past the largest request. */
    private static final class Body extends FilterInputStream {

        private final long largest;
        private long arrived;

        Body(InputStream body, long largest) {
            super(body);
            this.largest = largest;
        }

        boolean arrived() {
            return arrived > 0;
        }

        @Override
        public int read() throws IOException {
            int read = super.read();
            if (read != -1) {
                counted(1);
            }
            return read;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                counted(read);
            }
            return read;
        }

        @Override
        public long skip(long count) throws IOException {
            byte[] skipped = new byte[(int) Math.min(count, 8192)];
            int read = read(skipped, 0, skipped.length);
            return Math.max(read, 0);
        }

        private void counted(int bytes) throws UploadTooLarge {
            arrived += bytes;
            if (arrived > largest) {
                throw new UploadTooLarge(TOO_LARGE, largest);
            }
        }
    }

    /**
     * Reads off what is left of the request (what the page did not read of a refused file, the
     * closing boundary), within the request's limit, so that the sender gets the answer instead of
     * a connection closed under a request still being sent.
     */
    void discardRest() {
        if (file != null && file.broken()) {
            return;
        }
        try {
            // each step past a part's body reads it off
            while (parts.getState() != EntityState.T_END_OF_STREAM) {
                parts.next();
            }
        } catch (IOException | MimeException brokenTooLargeOrMalformed) {
            // the sender went away or sent more than an upload can be: the container closes the connection
        }
    }

    @Override
    public String getParameter(String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values.clone();
    }

    @Override
    public Collection<Part> getParts() {
        return file == null ? List.of() : List.of(file);
    }

    @Override
    public Part getPart(String name) {
        return file != null && file.getName().equals(name) ? file : null;
    }

    @Override
    public ServletInputStream getInputStream() {
        throw new IllegalStateException(READ_AS_PARTS);
    }

    @Override
    public BufferedReader getReader() {
        throw new IllegalStateException(READ_AS_PARTS);
    }

    private static void queryParameters(String query, Map<String, List<String>> into) throws IOException {
        if (query == null || query.isEmpty()) {
            return;
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            into.computeIfAbsent(decoded(name), key -> new ArrayList<>()).add(decoded(value));
        }
    }

    private static String decoded(String text) throws IOException {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            throw new IOException(BAD_QUERY, malformed);
        }
    }

    private static Map<String, String[]> frozen(Map<String, List<String>> fields) {
        Map<String, String[]> frozen = new LinkedHashMap<>();
        fields.forEach((name, values) -> frozen.put(name, values.toArray(String[]::new)));
        return Collections.unmodifiableMap(frozen);
    }
}
