package app.haven.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.application.Drafting;
import org.junit.jupiter.api.Test;

class FolderMenuTest {

    @Test
    void draftsAreShownAsCountedUpToNinetyNineAndNoneAsNothing() {
        assertThat(FolderMenu.countText(0)).isEmpty();
        assertThat(FolderMenu.countText(1)).isEqualTo("1");
        assertThat(FolderMenu.countText(99)).isEqualTo("99");
    }

    @Test
    void aCountThatStoppedIsShownAsNinetyNinePlus() {
        assertThat(FolderMenu.countText(Drafting.COUNTED_UP_TO)).isEqualTo("99+");
    }

    @Test
    void aFolderWithoutUnreadThreadsShowsNoCount() {
        assertThat(new FolderMenu.Entry("/app/mailbox.xhtml?folder=trash", "folder.trash", 0, false).countText()).isEmpty();
        assertThat(new FolderMenu.Entry("/app/mailbox.xhtml?folder=inbox", "folder.inbox", 12, true).countText()).isEqualTo("12");
    }
}
