package app.haven.web.attachment;

import app.haven.domain.attachment.AttachmentPolicy;
import app.haven.web.Texts;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Uploads to the pages (the compose and reply pages' {@code p:fileUpload}) are read as they arrive:
 * the form's fields before the file are parsed here, and the file reaches the page's listener as
 * the request's own stream ({@link StreamedUploadRequest}), which hands it straight to encrypted
 * storage. The container never parses the request: no copy of the file, in plain text, goes to a
 * temporary folder.
 * <p>
 * A request larger than the attachment limit and the form's fields together is refused without
 * going further, with HTTP 413 and the sentence that names the limit, in the sender's language
 * (browsers are stopped earlier by the page's own check): its body is read off and dropped if it
 * is at most twice that size, so that the sender reads the answer, and left unread otherwise (the
 * connection closes). Within that size, the limit is the EJB's: it counts the bytes as they
 * stream, and the page names the file and the limit. A body that is not multipart as browsers
 * send it gets HTTP 400.
 */
@WebFilter(servletNames = "Faces Servlet")
public class StreamedUploads extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    @ConfigProperty(name = "haven.attachments.max-bytes", defaultValue = "10485760")
    private long maxBytes;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!StreamedUploadRequest.isUpload(request)) {
            chain.doFilter(request, response);
            return;
        }
        long largest = StreamedUploadRequest.largestRequest(maxBytes);
        if (request.getContentLengthLong() > largest) {
            readOffUpTo(request, 2 * largest);
            refuse(request, response);
            return;
        }
        StreamedUploadRequest upload;
        try {
            upload = StreamedUploadRequest.read(request, largest);
        } catch (UploadTooLarge tooLarge) {
            readOffUpTo(request, 2 * largest);
            refuse(request, response);
            return;
        } catch (IOException malformedOrBroken) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        try {
            chain.doFilter(upload, response);
        } finally {
            // what the page did not read (a refused file): read off, so the sender gets the answer
            upload.discardRest();
        }
    }

    /**
     * Reads off a refused request's body if it is not much larger than an upload can be, so that
     * the sender reads the answer instead of a connection reset under a body still being sent; a
     * larger one is left unread, and the connection closes.
     */
    private static void readOffUpTo(HttpServletRequest request, long most) {
        if (request.getContentLengthLong() > most) {
            return;
        }
        // a body sent in chunks says nothing of its length: at most that many bytes are read of it either way
        byte[] dropped = new byte[64 * 1024];
        try (InputStream body = request.getInputStream()) {
            for (long left = most; left > 0; ) {
                int read = body.read(dropped, 0, (int) Math.min(dropped.length, left));
                if (read == -1) {
                    return;
                }
                left -= read;
            }
        } catch (IOException senderWentAway) {
            // nobody is left to answer
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = "es".equals(request.getLocale().getLanguage()) ? request.getLocale() : Locale.ENGLISH;
        String sentence = MessageFormat.format(ResourceBundle.getBundle(Texts.BUNDLE, locale).getString("refusal.attachment.tooLarge"),
                AttachmentPolicy.mebibytes(maxBytes));
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setHeader("Connection", "close");
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(sentence);
    }
}
