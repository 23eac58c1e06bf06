package app.haven.web.it;

import java.util.List;

/** The demo clinic group the tests run against (seeded by the application with haven.demo.seed). */
public final class DemoPeople {

    public static final String PASSWORD = "haven-demo-2026";

    public static final String ADMIN = "alice.admin";
    public static final String PROVIDER = "paul.provider";
    public static final String OTHER_PROVIDER = "rita.provider";
    public static final String FRONT_OFFICE = "fiona.frontdesk";
    public static final String SCHEDULER = "sam.scheduler";
    public static final String BILLER = "bill.biller";
    public static final String EXTERNAL_AGENT = "eve.agent";
    public static final String DISABLED_STAFF = "olga.former";
    public static final String CLIENT = "carla.client";
    public static final String CLIENT_OF_TWO = "dan.client";
    public static final String INACTIVE_CLIENT = "ivy.inactive";
    public static final String CLIENT_WITHOUT_PORTAL = "nora.noportal";
    public static final String OTHER_PRACTICE_ADMIN = "hank.admin";
    public static final String OTHER_PRACTICE_CLIENT = "holly.client";

    public static final List<String> SUNRISE_STAFF = List.of(ADMIN, PROVIDER, OTHER_PROVIDER, FRONT_OFFICE,
            SCHEDULER, BILLER, EXTERNAL_AGENT);
    public static final List<String> SUNRISE_CLIENTS_WHO_SIGN_IN = List.of(CLIENT, CLIENT_OF_TWO, INACTIVE_CLIENT);

    /** Names as the directory shows them. */
    public static final List<String> SUNRISE_NAMES = List.of("Alice Moreno", "Dr. Paul Okafor", "Dr. Rita Chen",
            "Fiona Walsh", "Sam Patel", "Bill Novak", "Eve Lindqvist", "Olga Berg", "Carla Diaz", "Dan Brooks",
            "Ivy Turner", "Nora Fischer");
    public static final List<String> HARBOR_NAMES = List.of("Dr. Hank Morgan", "Holly Reyes");

    private DemoPeople() {
    }
}
