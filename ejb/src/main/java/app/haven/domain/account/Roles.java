package app.haven.domain.account;

/**
 * The names of {@link Role} as compile-time constants, for {@code @RolesAllowed} and
 * {@code @DeclareRoles}. A unit test keeps the two in step.
 */
public final class Roles {

    public static final String PROVIDER = "PROVIDER";
    public static final String FRONT_OFFICE = "FRONT_OFFICE";
    public static final String SCHEDULER = "SCHEDULER";
    public static final String BILLER = "BILLER";
    public static final String EXTERNAL_AGENT = "EXTERNAL_AGENT";
    public static final String PRACTICE_ADMIN = "PRACTICE_ADMIN";
    public static final String CLIENT = "CLIENT";

    private Roles() {
    }
}
