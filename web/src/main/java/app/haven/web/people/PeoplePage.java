package app.haven.web.people;

import app.haven.application.Directory;
import app.haven.application.PersonSummary;
import app.haven.web.shell.SearchedRows;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The people of the signed-in staff member's practice (and nobody from another), a page at a time, found by name. */
@Named("people")
@ViewScoped
public class PeoplePage implements SearchedRows.Source<PersonSummary>, Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Directory directory;

    private final SearchedRows<PersonSummary> rows = new SearchedRows<>(this, "people");

    public SearchedRows<PersonSummary> getRows() {
        return rows;
    }

    @Override
    public long count(String text) {
        return directory.peopleCount(text);
    }

    @Override
    public List<PersonSummary> page(String text, int first, int max) {
        return directory.people(text, first, max);
    }
}
