package app.haven.web.attachment;

import jakarta.servlet.http.Part;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collection;

/**
 * The file of an upload as it arrives: its stream is the request's own, so it can be read once,
 * and its size is not known until then ({@link #getSize} is -1; the EJB counts the bytes and
 * refuses a file over the limit). It is never on disk: {@link #write} is refused, and
 * {@link #delete} reads off what is left of it.
 */
final class StreamedFilePart implements Part {

    private static final String BROKEN = "The file broke off earlier in the request";
    private static final String NOT_ON_DISK = "An upload is read as it arrives and never written to a file as it is";

    private final InputStream content;
    private final PartHeaders headers;
    private boolean broken;

    StreamedFilePart(InputStream content, PartHeaders headers) {
        this.content = content;
        this.headers = headers;
    }

    /**
     * The file's stream, which closing leaves open: PrimeFaces' type check opens and closes it
     * before the page reads it (and reads nothing of it, as Haven's page asks only for the name
     * to be checked). Closing the request's stream itself would skip the file. A read that fails
     * (the sender went away, the body ended inside the file) is remembered: every later read fails
     * too, and nothing reads the broken request again.
     */
    @Override
    public InputStream getInputStream() throws IOException {
        return new FilterInputStream(content) {
            @Override
            public int read() throws IOException {
                return watched(super::read);
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                return watched(() -> super.read(buffer, offset, length));
            }

            @Override
            public void close() {
                // left open for the next reader: delete() and the end of the request read off the rest
            }
        };
    }

    /** Whether reading the file failed: the rest of the request is then left unread. */
    boolean broken() {
        return broken;
    }

    private int watched(IOSupplier<Integer> read) throws IOException {
        if (broken) {
            throw new IOException(BROKEN); // the parser reports a cut-off body once: every later read fails too
        }
        try {
            return read.get();
        } catch (IOException failed) {
            broken = true;
            throw failed;
        }
    }

    @FunctionalInterface
    private interface IOSupplier<T> {
        T get() throws IOException;
    }

    @Override
    public String getContentType() {
        return headers.header("Content-Type");
    }

    @Override
    public String getName() {
        return headers.name();
    }

    @Override
    public String getSubmittedFileName() {
        return headers.fileName();
    }

    /** Unknown: the file has not arrived yet when the page looks at it. */
    @Override
    public long getSize() {
        return -1;
    }

    @Override
    public void write(String fileName) throws IOException {
        throw new IOException(NOT_ON_DISK);
    }

    /**
     * Reads off what is left of the file: there is nothing else of it to delete. Once it has been
     * read to its end (PrimeFaces deletes its files again at the end of the request), there is
     * nothing left to read.
     */
    @Override
    public void delete() throws IOException {
        if (broken) {
            return;
        }
        watched(() -> {
            content.transferTo(OutputStream.nullOutputStream());
            return -1;
        });
    }

    @Override
    public String getHeader(String name) {
        return headers.header(name);
    }

    @Override
    public Collection<String> getHeaders(String name) {
        return headers.headers(name);
    }

    @Override
    public Collection<String> getHeaderNames() {
        return headers.names();
    }
}
