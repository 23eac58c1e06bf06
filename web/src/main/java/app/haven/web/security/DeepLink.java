package app.haven.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The page someone asked for before signing in, kept in their session so that sign-in can take
 * them there. Only same-application paths are kept and followed, so the link cannot be used to
 * send a person elsewhere.
 */
final class DeepLink {

    private static final String ATTRIBUTE = "app.haven.deepLink";
    private static final String HOME = "/app/mailbox.xhtml";

    private DeepLink() {
    }

    static void remember(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || !isPage(request)) {
            return; // a browser's own requests (favicon, images) must not replace the page asked for
        }
        String query = request.getQueryString();
        String path = request.getRequestURI() + (query == null ? "" : "?" + query);
        request.getSession(true).setAttribute(ATTRIBUTE, path);
    }

    /** Where to go after signing in: the remembered page, once, or the mailbox. */
    static String takeOrHome(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String home = request.getContextPath() + HOME;
        if (session == null) {
            return home;
        }
        Object path = session.getAttribute(ATTRIBUTE);
        session.removeAttribute(ATTRIBUTE);
        return isLocal(request, path) ? (String) path : home;
    }

    private static boolean isPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.isEmpty() || path.endsWith("/") || path.endsWith(".xhtml");
    }

    private static boolean isLocal(HttpServletRequest request, Object path) {
        if (!(path instanceof String text)) {
            return false;
        }
        String root = request.getContextPath() + "/";
        return text.startsWith(root) && !text.startsWith("//") && !text.contains("\\")
                && text.chars().noneMatch(Character::isISOControl);
    }
}
