package app.haven.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.application.Drafting;
import org.junit.jupiter.api.Test;

class FolderMenuTest {

    @Test
    void draftsAreShownAsCountedUpToNinetyNine() {
        assertThat(FolderMenu.countText(0)).isEqualTo("0");
        assertThat(FolderMenu.countText(99)).isEqualTo("99");
    }

    @Test
    void aCountThatStoppedIsShownAsNinetyNinePlus() {
        assertThat(FolderMenu.countText(Drafting.COUNTED_UP_TO)).isEqualTo("99+");
    }
}
