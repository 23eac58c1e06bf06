package app.haven.infrastructure.persistence.jpa;

import app.haven.domain.practice.Practice;
import app.haven.domain.practice.PracticeId;
import app.haven.domain.practice.Practices;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPractices implements Practices {

    @PersistenceContext(unitName = "haven")
    private EntityManager em;

    @Override
    public Optional<Practice> find(PracticeId id) {
        return Optional.ofNullable(em.find(Practice.class, id.toString()));
    }

    @Override
    public Optional<Practice> named(String name) {
        return em.createQuery("select p from Practice p where p.name = :name", Practice.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Practice> all() {
        return em.createQuery("select p from Practice p order by p.name", Practice.class).getResultList();
    }

    @Override
    public void add(Practice practice) {
        em.persist(practice);
        // accounts refer to their practice by id only, so EclipseLink cannot order the inserts
        // itself: write the practice first (a rare, administrative act)
        em.flush();
    }
}
