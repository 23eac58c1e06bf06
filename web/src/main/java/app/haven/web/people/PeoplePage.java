package app.haven.web.people;

import app.haven.application.Directory;
import app.haven.application.PersonSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Everyone in the signed-in staff member's practice (and nobody from another). */
@Named("people")
@RequestScoped
public class PeoplePage {

    @Inject
    private Directory directory;

    private List<PersonSummary> everyone;

    public List<PersonSummary> getEveryone() {
        if (everyone == null) {
            everyone = directory.people();
        }
        return everyone;
    }
}
