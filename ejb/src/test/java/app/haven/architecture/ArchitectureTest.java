package app.haven.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;

/** The layering of STYLE.md and "deny by default", checked on every build. */
@AnalyzeClasses(packages = "app.haven", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule everyEjbDeniesByDefault = classes()
            .that().areAnnotatedWith(Stateless.class).or().areAnnotatedWith(Singleton.class)
            .should().beAnnotatedWith(RolesAllowed.class).orShould().beAnnotatedWith(DenyAll.class)
            .because("every business method names its roles; an EJB without any is closed to all");

    @ArchTest
    static final ArchRule domainStandsAlone = noClasses()
            .that().resideInAPackage("app.haven.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("app.haven.application..", "app.haven.infrastructure..");

    @ArchTest
    static final ArchRule servicesLiveInTheApplicationLayer = noClasses()
            .that().resideInAPackage("app.haven.domain..")
            .should().beAnnotatedWith(Stateless.class);
}
