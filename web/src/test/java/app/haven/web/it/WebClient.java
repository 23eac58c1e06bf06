package app.haven.web.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * An HTTP client that behaves like a browser without JavaScript: keeps cookies, posts Faces forms
 * with their view state, and does not follow redirects by itself (so tests can see them).
 */
public final class WebClient {

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private String acceptLanguage = "en";

    public WebClient(URL base) {
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
        this.http = HttpClient.newBuilder()
                // what browsers speak over plain HTTP (they never upgrade to cleartext HTTP/2)
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public WebClient speaking(String language) {
        this.acceptLanguage = language;
        return this;
    }

    /** A page: status, the redirect target if any, and the parsed document. */
    public record Page(int status, Optional<String> location, Document document, HttpResponse<String> response) {

        public String text() {
            return document.body() == null ? "" : document.body().text();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse("");
        }
    }

    public Page get(String path) {
        return send(request(path).GET().build());
    }

    /** Follows redirects within the application, as a browser would. */
    public Page open(String path) {
        Page page = get(path);
        for (int hops = 0; page.location().isPresent() && hops < 5; hops++) {
            page = get(page.location().get());
        }
        return page;
    }

    /** Signs in through the sign-in form; returns the answer to the form post (a redirect on success). */
    public Page signIn(String login, String password) {
        Page form = get("login.xhtml");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("signin", "signin");
        fields.put("signin:username", login);
        fields.put("signin:password", password);
        fields.put("signin:submit", "");
        fields.put("jakarta.faces.ViewState", viewState(form));
        return post("login.xhtml", fields);
    }

    /** Signs out through the sign-out button of the page given. */
    public Page signOut(Page current) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("signOutForm", "signOutForm");
        fields.put("signOutForm:signOut", "");
        fields.put("jakarta.faces.ViewState", current.document().select("#signOutForm input[name=jakarta.faces.ViewState]").val());
        String action = current.document().select("#signOutForm").attr("action");
        return post(action, fields);
    }

    public Page post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /**
     * Uploads one file the way the compose page's p:fileUpload does (a Faces Ajax multipart post
     * to the upload component), on the compose page given.
     */
    public Page upload(Page compose, String fileName, byte[] content) {
        return upload(compose, fileName, content, true);
    }

    /** The same post broken off after the file's bytes, before its closing boundary (the sender went away). */
    public Page uploadBrokenOff(Page compose, String fileName, byte[] content) {
        return upload(compose, fileName, content, false);
    }

    private Page upload(Page compose, String fileName, byte[] content, boolean whole) {
        Multipart post = uploadPost(compose, fileName, whole);
        return send(request("app/compose.xhtml")
                .header("Content-Type", post.contentType())
                .header("Faces-Request", "partial/ajax")
                // the file's bytes as they are, between the form fields and the closing boundary (no copy)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(post.head()),
                        HttpRequest.BodyPublishers.ofByteArray(content), HttpRequest.BodyPublishers.ofByteArray(post.tail())))
                .build());
    }

    /**
     * The same upload over one plain blocking connection ({@link HttpURLConnection}), the way a
     * browser's own network stack writes a body: for figures of the server's speed rather than of
     * {@link HttpClient}'s (the benchmark). The answer's status and document.
     */
    public BlockingAnswer uploadBlocking(Page compose, String fileName, byte[] content) {
        Multipart post = uploadPost(compose, fileName, true);
        try {
            HttpURLConnection connection = blockingConnection("app/compose.xhtml");
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setFixedLengthStreamingMode((long) post.head().length + content.length + post.tail().length);
            connection.setRequestProperty("Content-Type", post.contentType());
            connection.setRequestProperty("Faces-Request", "partial/ajax");
            try (OutputStream body = connection.getOutputStream()) {
                body.write(post.head());
                body.write(content);
                body.write(post.tail());
            }
            int status = connection.getResponseCode();
            try (InputStream answer = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                String text = answer == null ? "" : new String(answer.readAllBytes(), StandardCharsets.UTF_8);
                return new BlockingAnswer(status, Jsoup.parse(text, connection.getURL().toString()));
            } finally {
                connection.disconnect();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A download over one plain blocking connection (see {@link #uploadBlocking}): status and the exact bytes. */
    public BlockingDownload downloadBlocking(String path) {
        try {
            HttpURLConnection connection = blockingConnection(path);
            int status = connection.getResponseCode();
            try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                return new BlockingDownload(status, body == null ? new byte[0] : body.readAllBytes());
            } finally {
                connection.disconnect();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record BlockingAnswer(int status, Document document) {
    }

    public record BlockingDownload(int status, byte[] body) {
    }

    /**
     * The fields of a Faces Ajax request from a component of the page's form that runs that
     * component alone and renders the ids given (space-separated); the caller adds the component's
     * own value and event.
     */
    public static Map<String, String> ajaxFields(Page page, String form, String source, String render) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", source);
        fields.put("jakarta.faces.partial.execute", source);
        fields.put("jakarta.faces.partial.render", render);
        fields.put(form, form);
        fields.put("jakarta.faces.ViewState", viewState(page));
        return fields;
    }

    /** A Faces Ajax multipart post to the upload component: its content type, and the bytes before and after the file's. */
    private record Multipart(String contentType, byte[] head, byte[] tail) {
    }

    private Multipart uploadPost(Page compose, String fileName, boolean whole) {
        String boundary = "----haven" + java.util.UUID.randomUUID();
        Map<String, String> fields = ajaxFields(compose, "compose", "compose:upload", "compose:stagedFiles messages");
        fields.put("compose:upload_totalFilesCount", "1");
        java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> head.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        head.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"compose:upload\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] tail = whole ? ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8) : new byte[0];
        return new Multipart("multipart/form-data; boundary=" + boundary, head.toByteArray(), tail);
    }

    /** A connection with this client's session cookie and language, following no redirects. */
    private HttpURLConnection blockingConnection(String path) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) request(path).build().uri().toURL().openConnection();
        connection.setInstanceFollowRedirects(false);
        connection.setConnectTimeout(10_000);
        connection.setReadTimeout(30_000);
        connection.setRequestProperty("Accept-Language", acceptLanguage);
        sessionCookie().ifPresent(cookie -> connection.setRequestProperty("Cookie", cookie.getName() + "=" + cookie.getValue()));
        return connection;
    }

    /** A download: status, headers and the exact bytes. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Optional<HttpCookie> sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID")).findFirst();
    }

    private static String viewState(Page page) {
        return page.document().select("input[name=jakarta.faces.ViewState]").val();
    }

    private HttpRequest.Builder request(String path) {
        URI target = path.startsWith("http") ? URI.create(path) : base.resolve(path.startsWith("/") ? path.substring(1) : path);
        return HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(30)).header("Accept-Language", acceptLanguage);
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            Optional<String> location = response.headers().firstValue("Location");
            return new Page(response.statusCode(), location, Jsoup.parse(response.body(), request.uri().toString()), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
