package app.haven.web.attachment;

import app.haven.application.FileTransfer;
import app.haven.domain.attachment.AttachmentRefusal;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /app/attachment?id=...}: the one way a file leaves Haven. The EJB decides who may have it
 * and checks its bytes as they stream (damage at the start gets a page, damage further on a failed
 * download, never a complete wrong file); the response makes every browser save it, never
 * render it ({@code attachment}, the type detected at upload, {@code nosniff}, a sandbox policy),
 * and keeps it out of caches. A file that is not there or not the reader's is "not found".
 */
@WebServlet("/app/attachment")
public class AttachmentDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String DAMAGED_PAGE = "/error/damaged.xhtml";
    private static final String STOPPED = "Download stopped: %s";

    @Inject
    private transient FileTransfer transfer;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            transfer.download(request.getParameter("id"), file -> {
                response.setContentType(file.contentType());
                response.setContentLengthLong(file.sizeBytes());
                response.setHeader("Content-Disposition", ContentDisposition.attachment(file.fileName()));
                response.setHeader("Cache-Control", "no-store");
                response.setHeader("X-Content-Type-Options", "nosniff");
                response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
                // the connection ends with the file: a download stopped short is then seen as failed at once
                response.setHeader("Connection", "close");
                // committed now: a refusal after this point can only stop the download, never mix a page into it
                response.flushBuffer();
                return response.getOutputStream();
            });
        } catch (AttachmentRefusal refusal) {
            if (response.isCommitted()) {
                // damaged past its first bytes: the download stops short of its length, which every
                // client reports as a failed download (the refusal is audited already)
                throw new IOException(String.format(STOPPED, refusal.messageKey()), refusal);
            }
            if ("refusal.attachment.damaged".equals(refusal.messageKey())) {
                response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
                request.setAttribute("attachmentId", refusal.subjectId().orElse(""));
                request.getRequestDispatcher(DAMAGED_PAGE).forward(request, response);
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        }
    }
}
