package app.haven.web.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The page's upload as Haven reads it: fields first, the file as the request's own stream. */
class StreamedUploadRequestTest {

    private static final String BOUNDARY = "----haven-test";
    private static final long LARGEST = StreamedUploadRequest.largestRequest(10L * 1024 * 1024);
    private static final byte[] FILE = new byte[200_000];

    static {
        new Random(5).nextBytes(FILE);
    }

    @Test
    void theFieldsBeforeTheFileAndTheQueryStringAreTheParameters() throws IOException {
        Body body = new Body().field("compose", "compose").field("tag", "a").field("tag", "b").field("subject", "Señal")
                .file("compose:upload", "informe ñ.pdf", FILE).field("X-File-Webkit-Relative-Path", "after/the/file").end();

        StreamedUploadRequest request = StreamedUploadRequest.read(body.request("id=7&name=%C3%B1"), LARGEST);

        assertThat(request.getParameter("compose")).isEqualTo("compose");
        assertThat(request.getParameterValues("tag")).containsExactly("a", "b");
        assertThat(request.getParameter("subject")).isEqualTo("Señal");
        assertThat(request.getParameter("id")).isEqualTo("7");
        assertThat(request.getParameter("name")).isEqualTo("ñ");
        assertThat(request.getParameter("X-File-Webkit-Relative-Path")).as("a field after the file is not read").isNull();
        assertThat(request.getParameterMap()).containsOnlyKeys("compose", "tag", "subject", "id", "name");
    }

    @Test
    void theFileIsTheOnePartAndStreamsItsExactBytesEvenAfterACheckClosedIt() throws IOException {
        Body body = new Body().field("compose", "compose").file("compose:upload", "informe ñ.pdf", FILE).end();
        StreamedUploadRequest request = StreamedUploadRequest.read(body.request(null), LARGEST);

        Part file = request.getPart("compose:upload");
        assertThat(request.getParts()).containsExactly(file);
        assertThat(request.getPart("compose")).isNull();
        assertThat(file.getSubmittedFileName()).isEqualTo("informe ñ.pdf");
        assertThat(file.getContentType()).isEqualTo("application/pdf");
        assertThat(file.getSize()).as("not known before it is read").isEqualTo(-1);
        file.getInputStream().close(); // as PrimeFaces' type check does
        assertThat(file.getInputStream().readAllBytes()).isEqualTo(FILE);
    }

    @Test
    void whatThePageDidNotReadIsReadOffToTheEnd() throws IOException {
        Body body = new Body().field("compose", "compose").file("compose:upload", "scan.pdf", FILE).field("late", "x").end();
        StreamedUploadRequest request = StreamedUploadRequest.read(body.request(null), LARGEST);
        assertThat(request.getPart("compose:upload").getInputStream().readNBytes(1000)).hasSize(1000);

        request.discardRest();

        assertThat(body.unread()).isZero();
        request.getPart("compose:upload").delete(); // again at the end of the request: nothing left, no error
    }

    @Test
    void aBodyThatEndsInsideTheFileFailsAsTheFileIsReadNeverEndingItEarly() throws IOException {
        Body body = new Body().field("compose", "compose");
        body.text("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"compose:upload\"; filename=\"scan.pdf\"\r\n\r\n");
        body.bytes.writeBytes(Arrays.copyOf(FILE, 100_000)); // the sender stopped here, without a boundary
        StreamedUploadRequest request = StreamedUploadRequest.read(body.request(null), LARGEST);

        Part file = request.getPart("compose:upload");
        assertThatThrownBy(() -> file.getInputStream().readAllBytes()).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> file.getInputStream().read()).as("and again: the file never reads as ended")
                .isInstanceOf(IOException.class);
    }

    @Test
    void aFileIsItsBytesAsSentWhateverItsTypeAndLines() throws IOException {
        byte[] message = "Subject: x\r\n\r\n--not-the-boundary\r\nhello".getBytes(StandardCharsets.US_ASCII);
        byte[] mixed = ("--inner\r\nContent-Disposition: form-data; name=\"other\"; filename=\"x.pdf\"\r\n\r\nx\r\n--inner--\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] oneLongLine = new byte[300_000];
        Arrays.fill(oneLongLine, (byte) 'a');
        for (byte[] content : List.of(message, mixed, oneLongLine)) {
            Body body = new Body().field("compose", "compose");
            String type = content == mixed ? "multipart/mixed; boundary=inner" : "message/rfc822";
            body.text("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"compose:upload\"; filename=\"mail.eml\"\r\n"
                    + "Content-Type: " + type + "\r\n\r\n");
            body.bytes.writeBytes(content);
            body.text("\r\n--" + BOUNDARY + "--"); // and no line break after the last boundary, as some clients send it
            StreamedUploadRequest request = StreamedUploadRequest.read(body.request(null), LARGEST);

            assertThat(request.getPart("compose:upload").getSubmittedFileName()).isEqualTo("mail.eml");
            assertThat(request.getPart("compose:upload").getInputStream().readAllBytes()).isEqualTo(content);
            request.discardRest();
            assertThat(body.unread()).isZero();
        }
    }

    @Test
    void aPartThatIsNotAFormsFieldIsAMalformedBody() {
        Body body = new Body();
        body.text("--" + BOUNDARY + "\r\nContent-Disposition: attachment; filename=\"scan.pdf\"\r\n\r\nx\r\n");
        body.end();

        assertThatThrownBy(() -> StreamedUploadRequest.read(body.request(null), LARGEST))
                .isInstanceOf(IOException.class).isNotInstanceOf(UploadTooLarge.class);
    }

    @Test
    void deletingTheFileReadsOffItsRest() throws IOException {
        Body body = new Body().file("compose:upload", "scan.pdf", FILE).end();
        StreamedUploadRequest request = StreamedUploadRequest.read(body.request(null), LARGEST);

        request.getPart("compose:upload").delete();

        assertThat(body.unread()).as("only the closing boundary is left").isLessThan(64);
        assertThatThrownBy(() -> request.getPart("compose:upload").write("/tmp/copy")).isInstanceOf(IOException.class);
    }

    @Test
    void fieldsLargerThanAnUploadFormCanBeAreRefusedAsTooLarge() {
        byte[] huge = new byte[(int) StreamedUploadRequest.FIELDS + 1];
        Arrays.fill(huge, (byte) 'a');
        Body body = new Body().field("body", new String(huge, StandardCharsets.US_ASCII)).file("compose:upload", "scan.pdf", FILE).end();

        assertThatThrownBy(() -> StreamedUploadRequest.read(body.request(null), LARGEST)).isInstanceOf(UploadTooLarge.class);
    }

    @Test
    void moreFieldsThanAnyFormHasAreRefusedAsTooLarge() {
        Body body = new Body();
        for (int i = 0; i <= StreamedUploadRequest.MAX_FIELDS; i++) {
            body.field("f" + i, "");
        }
        body.file("compose:upload", "scan.pdf", FILE).end();

        assertThatThrownBy(() -> StreamedUploadRequest.read(body.request(null), LARGEST))
                .isInstanceOfSatisfying(UploadTooLarge.class,
                        tooMany -> assertThat(tooMany.permitted()).isEqualTo(StreamedUploadRequest.MAX_FIELDS));
    }

    @Test
    void fieldNamesCountTowardsTheFieldsAllowance() {
        Body body = new Body();
        for (int i = 0; i < 480; i++) {
            body.field(i + "n".repeat(7_000), "v".repeat(2_000)); // the values alone are under a fourth of the allowance
        }
        body.file("compose:upload", "scan.pdf", FILE).end();

        assertThatThrownBy(() -> StreamedUploadRequest.read(body.request(null), LARGEST))
                .isInstanceOfSatisfying(UploadTooLarge.class,
                        tooLarge -> assertThat(tooLarge.permitted()).isEqualTo(StreamedUploadRequest.FIELDS));
    }

    @Test
    void aFileNameOf255CharactersInAnyScriptFitsInItsPartsHeaders() throws IOException {
        String name = "診".repeat(251) + ".pdf";
        Body body = new Body().field("compose", "compose").file("compose:upload", name, FILE).end();

        StreamedUploadRequest request = StreamedUploadRequest.read(body.request(null), LARGEST);

        assertThat(request.getPart("compose:upload").getSubmittedFileName()).isEqualTo(name);
    }

    @Test
    void partHeadersLongerThanAnyFormSendsAreAMalformedBodyNotALargeOne() {
        Body body = new Body().field("compose", "compose").file("compose:upload", "n".repeat(9_000) + ".pdf", FILE).end();

        assertThatThrownBy(() -> StreamedUploadRequest.read(body.request(null), LARGEST))
                .isInstanceOf(IOException.class).isNotInstanceOf(UploadTooLarge.class);
    }

    @Test
    void aFileWhoseSenderWentAwayIsNotReadAgain() throws IOException {
        Body body = new Body().field("compose", "compose").file("compose:upload", "scan.pdf", FILE).end().breakingAfter(100_000);
        StreamedUploadRequest request = StreamedUploadRequest.read(body.request(null), LARGEST);
        Part file = request.getPart("compose:upload");

        assertThatThrownBy(() -> file.getInputStream().readAllBytes()).isInstanceOf(IOException.class);
        file.delete();
        request.discardRest();

        assertThat(body.readsAfterTheBreak()).isEqualTo(1);
    }

    @Test
    void aFileNameIsHandedOnAsSentForTheEjbToClean() throws IOException {
        Body body = new Body().field("compose", "compose").file("compose:upload", "scan\u0000.pdf", FILE).end();

        StreamedUploadRequest request = StreamedUploadRequest.read(body.request(null), LARGEST);

        assertThat(request.getPart("compose:upload").getSubmittedFileName()).isEqualTo("scan\u0000.pdf");
    }

    @Test
    void aRequestSaidToBeLargerThanTheLargestIsRefusedAsTooLargeBeforeItIsRead() {
        Body body = new Body().field("compose", "compose").file("compose:upload", "scan.pdf", FILE).end();

        assertThatThrownBy(() -> StreamedUploadRequest.read(body.request(null), 100_000)).isInstanceOf(UploadTooLarge.class);
        assertThat(body.unread()).isEqualTo(body.length());
    }

    @Test
    void aRequestOfUnknownLengthThatGrowsPastTheLargestFailsAsTooLargeWhileItIsRead() throws IOException {
        Body body = new Body().field("compose", "compose").file("compose:upload", "scan.pdf", FILE).end();
        StreamedUploadRequest request = StreamedUploadRequest.read(body.withoutLength().request(null), 100_000);

        assertThatThrownBy(() -> request.getPart("compose:upload").getInputStream().readAllBytes())
                .isInstanceOf(UploadTooLarge.class);
    }

    @Test
    void aBodyThatSomethingElseReadFirstIsAnErrorNotAnEmptyForm() {
        Body body = new Body().field("compose", "compose").end();
        HttpServletRequest request = body.request(null);
        body.readAll();

        assertThatThrownBy(() -> StreamedUploadRequest.read(request, LARGEST)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aBodyThatIsNotMultipartAsSentIsAnIoErrorNotAMisconfiguration() {
        Body body = new Body();
        body.text("this is no multipart body at all\r\n");

        assertThatThrownBy(() -> StreamedUploadRequest.read(body.request(null), LARGEST))
                .isInstanceOf(IOException.class).isNotInstanceOf(UploadTooLarge.class);
    }

    @Test
    void aPostOfFieldsAloneIsReadToItsEndAndNothingIsLeftToReadOff() throws IOException {
        Body body = new Body().field("j_username", "someone").field("j_password", "secret").end();
        StreamedUploadRequest request = StreamedUploadRequest.read(body.request(null), LARGEST);

        request.discardRest();

        assertThat(request.getParts()).isEmpty();
        assertThat(request.getParameter("j_username")).isEqualTo("someone");
        assertThat(body.unread()).isZero();
    }

    @Test
    void aBoundaryRfc2046DoesNotAllowIsAMalformedBody() {
        for (String boundary : List.of("-".repeat(71), "ends-in-a-space ", "quote\"d", "")) {
            Body body = new Body().field("compose", "compose").end();
            String quoted = "\"" + boundary.replace("\"", "\\\"") + "\"";
            HttpServletRequest request = body.request(null, "multipart/form-data; boundary=" + quoted);

            assertThatThrownBy(() -> StreamedUploadRequest.read(request, LARGEST)).as(boundary)
                    .isInstanceOf(IOException.class).isNotInstanceOf(UploadTooLarge.class);
        }
        assertThatThrownBy(() -> StreamedUploadRequest.read(new Body().end().request(null, "multipart/form-data"), LARGEST))
                .isInstanceOf(IOException.class);
    }

    @Test
    void aHeaderLineWithoutAnEndIsRefusedAtTheHeaderLimitNotReadToTheRequestsEnd() {
        Body body = new Body();
        body.text("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + "n".repeat(1_000_000));

        assertThatThrownBy(() -> StreamedUploadRequest.read(body.request(null), LARGEST))
                .isInstanceOf(IOException.class).isNotInstanceOf(UploadTooLarge.class);
        assertThat(body.unread()).as("read no further than the limit and a buffer").isGreaterThan(900_000);
    }

    @Test
    void emptyPairsOfTheQueryStringAreNoParameters() throws IOException {
        StreamedUploadRequest request = StreamedUploadRequest.read(new Body().field("a", "b").end().request("&id=7&&"), LARGEST);

        assertThat(request.getParameterMap()).containsOnlyKeys("a", "id");
    }

    @Test
    void aMalformedQueryStringIsAnIoError() {
        Body body = new Body().field("compose", "compose").end();

        assertThatThrownBy(() -> StreamedUploadRequest.read(body.request("id=%zz"), LARGEST)).isInstanceOf(IOException.class);
    }

    @Test
    void theBodyCannotBeReadAgainPastTheParts() throws IOException {
        StreamedUploadRequest request = StreamedUploadRequest.read(new Body().field("a", "b").end().request(null), LARGEST);

        assertThatThrownBy(request::getInputStream).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(request::getReader).isInstanceOf(IllegalStateException.class);
    }

    /** A multipart body as the page's upload sends it, and a request that carries it. */
    private static final class Body {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private ByteArrayInputStream in;
        private boolean lengthKnown = true;
        private int breakAt = Integer.MAX_VALUE;
        private int readsAfterTheBreak;

        /** The sender goes away after this many bytes: every read from there on fails. */
        Body breakingAfter(int position) {
            breakAt = position;
            return this;
        }

        int readsAfterTheBreak() {
            return readsAfterTheBreak;
        }

        /** Sent in chunks: the request says nothing of its length. */
        Body withoutLength() {
            lengthKnown = false;
            return this;
        }

        int length() {
            return bytes.size();
        }

        Body field(String name, String value) {
            text("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
            return this;
        }

        Body file(String name, String fileName, byte[] content) {
            text("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/pdf\r\n\r\n");
            bytes.writeBytes(content);
            text("\r\n");
            return this;
        }

        Body end() {
            text("--" + BOUNDARY + "--\r\n");
            return this;
        }

        int unread() {
            return in.available();
        }

        void readAll() {
            in.readAllBytes();
        }

        HttpServletRequest request(String query) {
            return request(query, "multipart/form-data; boundary=" + BOUNDARY);
        }

        HttpServletRequest request(String query, String contentType) {
            byte[] body = bytes.toByteArray();
            long length = lengthKnown ? body.length : -1;
            in = new ByteArrayInputStream(body);
            ServletInputStream stream = new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    broken();
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    broken();
                    return in.read(buffer, offset, Math.min(length, Math.max(1, breakAt - (body.length - in.available()))));
                }

                private void broken() throws IOException {
                    if (body.length - in.available() >= breakAt) {
                        readsAfterTheBreak++;
                        throw new IOException("the sender went away");
                    }
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
            return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {HttpServletRequest.class},
                    (proxy, method, arguments) -> switch (method.getName()) {
                        case "getMethod" -> "POST";
                        case "getContentType" -> contentType;
                        case "getCharacterEncoding" -> null;
                        case "getContentLength" -> (int) length;
                        case "getContentLengthLong" -> length;
                        case "getHeader" -> "Content-Length".equalsIgnoreCase((String) arguments[0]) && lengthKnown
                                ? String.valueOf(length) : null;
                        case "getQueryString" -> query;
                        case "getInputStream" -> stream;
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }

        void text(String text) {
            bytes.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
