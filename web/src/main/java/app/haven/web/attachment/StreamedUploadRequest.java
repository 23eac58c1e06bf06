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
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadSizeException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletRequestContext;

/**
 * A multipart post to the pages, read as it arrives with Commons FileUpload's streaming API: the
 * form's fields up to the first file are read at once (the page's upload sends them first) and
 * are the request's parameters; the file is the request's one part, whose stream is the rest of
 * the request itself ({@link StreamedFilePart}). Fields after the file are not read. Nothing of
 * the request is kept anywhere else, on disk or in memory.
 */
final class StreamedUploadRequest extends HttpServletRequestWrapper {

    /** Room for the form's other fields (a message of {@code MessageBody.MAX_LENGTH} characters among them) next to the file. */
    static final long FIELDS = 4L * 1024 * 1024;
    /** More fields than any of Haven's forms has, by far. */
    static final int MAX_FIELDS = 512;
    /**
     * Room for one part's headers: a file name of 255 characters in any script, and more (Commons
     * FileUpload's default, 512 bytes, refuses a long name in Japanese or Greek as too large).
     */
    static final int PART_HEADERS = 8 * 1024;
    private static final String MULTIPART = "multipart/";
    private static final String FIELDS_TOO_LARGE = "The form's fields are larger than an upload's form can have";
    private static final String TOO_MANY_FIELDS = "The form has more fields than an upload's form can have";
    private static final String READ_BEFORE = "A multipart request's body was read before Haven's upload filter";
    private static final String NOT_MULTIPART = "The request's body is not multipart form data";
    private static final String READ_AS_PARTS = "The request's body is read as its parts";
    private static final String BAD_QUERY = "The query string is not well formed";
    private static final String HEADERS_TOO_LONG = "A part's headers are longer than any form sends";

    private final Map<String, String[]> parameters;
    private final FileItemInputIterator items;
    private final StreamedFilePart file;

    private StreamedUploadRequest(HttpServletRequest request, Map<String, String[]> parameters, FileItemInputIterator items,
            StreamedFilePart file) {
        super(request);
        this.parameters = parameters;
        this.items = items;
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
     * Reads the fields up to the first file. A request that grows past {@code largest} on the way,
     * or with more than {@value #MAX_FIELDS} fields, fails with Commons FileUpload's
     * {@link FileUploadSizeException}, here or later while the file is read; a body or query string
     * that is not well formed (part headers over {@value #PART_HEADERS} bytes among them), with
     * another {@link IOException}.
     */
    static StreamedUploadRequest read(HttpServletRequest request, long largest) throws IOException {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        queryParameters(request.getQueryString(), fields);
        JakartaServletFileUpload<DiskFileItem, DiskFileItemFactory> upload = new JakartaServletFileUpload<>();
        upload.setMaxSize(largest);
        upload.setHeaderCharset(StandardCharsets.UTF_8);
        upload.setMaxPartHeaderSize(PART_HEADERS);
        ArrivalWatch body = new ArrivalWatch(request);
        FileItemInputIterator items = upload.getItemIterator(body);
        long fieldBytes = 0;
        int count = 0;
        while (hasNext(items)) {
            FileItemInput item = items.next();
            if (!item.isFormField()) {
                // the name as sent: FileName cleans it in the EJB (Commons' own check would put it in an exception's message)
                StreamedFilePart file = new StreamedFilePart(item, upload.getFileName(item.getHeaders()));
                return new StreamedUploadRequest(request, frozen(fields), items, file);
            }
            byte[] name = item.getFieldName().getBytes(StandardCharsets.UTF_8);
            byte[] value;
            try (InputStream in = item.getInputStream()) {
                value = in.readNBytes((int) (FIELDS - fieldBytes + 1));
            }
            fieldBytes += name.length + value.length;
            if (fieldBytes > FIELDS) {
                throw new FileUploadSizeException(FIELDS_TOO_LARGE, FIELDS, fieldBytes);
            }
            if (++count > MAX_FIELDS) {
                throw new FileUploadSizeException(TOO_MANY_FIELDS, MAX_FIELDS, count);
            }
            fields.computeIfAbsent(item.getFieldName(), key -> new ArrayList<>()).add(new String(value, StandardCharsets.UTF_8));
        }
        if (request.getContentLengthLong() > 0 && !body.arrived()) {
            // a filter or listener before this one read the body (getParameter or getParts on a multipart request)
            throw new IllegalStateException(READ_BEFORE);
        }
        if (count == 0) {
            throw new IOException(NOT_MULTIPART);
        }
        return new StreamedUploadRequest(request, frozen(fields), items, null);
    }

    /** The next part, if any; part headers longer than any form sends are a malformed body, not a large one. */
    private static boolean hasNext(FileItemInputIterator items) throws IOException {
        try {
            return items.hasNext();
        } catch (FileUploadSizeException tooLarge) {
            if (tooLarge.getPermitted() == PART_HEADERS) {
                throw new IOException(HEADERS_TOO_LONG, tooLarge);
            }
            throw tooLarge;
        }
    }

    /** The request as Commons FileUpload reads it, noting whether any of its body arrived. */
    private static final class ArrivalWatch extends JakartaServletRequestContext {

        private boolean arrived;

        ArrivalWatch(HttpServletRequest request) {
            super(request);
        }

        boolean arrived() {
            return arrived;
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return new FilterInputStream(super.getInputStream()) {
                @Override
                public int read() throws IOException {
                    int read = super.read();
                    arrived |= read != -1;
                    return read;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int read = super.read(buffer, offset, length);
                    arrived |= read > 0;
                    return read;
                }
            };
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
            // each step closes the part before, which reads it off
            while (items.hasNext()) {
                items.next();
            }
        } catch (IOException brokenOrTooLarge) {
            // the sender went away, or sent more than an upload can be: the container closes the connection
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
