package app.haven.domain.practice;

import java.util.List;
import java.util.Optional;

/** Repository of practices. */
public interface Practices {

    Optional<Practice> find(PracticeId id);

    Optional<Practice> named(String name);

    /** Every practice of the clinic group. */
    List<Practice> all();

    void add(Practice practice);
}
