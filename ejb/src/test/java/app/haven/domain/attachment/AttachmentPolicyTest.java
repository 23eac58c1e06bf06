package app.haven.domain.attachment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AttachmentPolicyTest {

    private final AttachmentPolicy policy = new AttachmentPolicy(AttachmentPolicy.DEFAULT_MAX_BYTES,
            Set.of("application/pdf", " IMAGE/PNG ", "text/plain"));

    @Test
    void exactlyTheLimitIsAcceptedAndOneByteMoreIsRefused() {
        assertThatCode(() -> policy.checkSize(10_485_760)).doesNotThrowAnyException();
        assertThatThrownBy(() -> policy.checkSize(10_485_761)).isInstanceOf(AttachmentRefusal.class)
                .hasMessage("refusal.attachment.tooLarge")
                .satisfies(refusal -> assertThat(((AttachmentRefusal) refusal).arguments()).containsExactly("10"));
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> policy.checkSize(0)).hasMessage("refusal.attachment.empty");
    }

    @Test
    void anAllowedTypeMustAlsoBeWhatTheNameSays() {
        assertThatCode(() -> policy.check("application/pdf", "application/pdf")).doesNotThrowAnyException();
        assertThatCode(() -> policy.check("image/png", "image/png")).doesNotThrowAnyException();
        assertThatCode(() -> policy.check("text/plain; charset=UTF-8", "text/plain")).doesNotThrowAnyException();
        assertThatThrownBy(() -> policy.check("application/pdf", "image/png")).hasMessage("refusal.attachment.nameDoesNotMatchContent");
    }

    @Test
    void aTypeOffTheListIsRefusedWhateverTheName() {
        assertThatThrownBy(() -> policy.check("application/x-msdownload", "application/pdf"))
                .hasMessage("refusal.attachment.typeNotAccepted");
        assertThatThrownBy(() -> policy.check("text/html", "text/html")).hasMessage("refusal.attachment.typeNotAccepted");
    }

    @Test
    void theLimitReadsInMebibytes() {
        assertThat(AttachmentPolicy.mebibytes(10_485_760)).isEqualTo("10");
        assertThat(AttachmentPolicy.mebibytes(2_621_440)).isEqualTo("2.5");
    }
}
