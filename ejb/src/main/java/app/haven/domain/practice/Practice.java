package app.haven.domain.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * A practice of the clinic group. Every account belongs to exactly one practice, and every query
 * of the application is scoped to the caller's practice: this id is the tenancy key.
 */
@Entity
@Table(name = "practice")
public class Practice {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Version
    @Column(name = "version")
    private long version;

    protected Practice() {
        // for JPA
    }

    public Practice(String name) {
        this.id = PracticeId.random().toString();
        this.name = Objects.requireNonNull(name, "name").strip();
    }

    public PracticeId id() {
        return PracticeId.of(id);
    }

    public String name() {
        return name;
    }
}
