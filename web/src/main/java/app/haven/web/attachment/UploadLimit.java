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
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The server's own size limit on uploads, before any page code: the Faces servlet's multipart
 * limit (web.xml) is the attachment limit, so the container refuses a larger file while reading
 * the request. Instead of an error page, the sender then gets HTTP 413 and the sentence that
 * names the limit, in their language. (Browsers are stopped earlier by the page's own check.)
 */
@WebFilter(servletNames = "Faces Servlet")
public class UploadLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    @ConfigProperty(name = "haven.attachments.max-bytes", defaultValue = "10485760")
    private long maxBytes;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod()) && request.getContentType() != null
                && request.getContentType().toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            try {
                request.getParts();
            } catch (IllegalStateException tooLarge) {
                refuse(request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = "es".equals(request.getLocale().getLanguage()) ? request.getLocale() : Locale.ENGLISH;
        String sentence = MessageFormat.format(ResourceBundle.getBundle(Texts.BUNDLE, locale).getString("refusal.attachment.tooLarge"),
                AttachmentPolicy.mebibytes(maxBytes));
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(sentence);
    }
}
