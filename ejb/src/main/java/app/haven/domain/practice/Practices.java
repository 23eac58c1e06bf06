package app.haven.domain.practice;

import java.util.Optional;

/** Repository of practices. */
public interface Practices {

    Optional<Practice> find(PracticeId id);

    Optional<Practice> named(String name);

    void add(Practice practice);
}
