package app.haven.web.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.web.it.DemoPeople;
import app.haven.web.it.WebClient;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The People and Clients pages over HTTP for the heavy provider, whose practice has 15,000 clients:
 * the first page of each (and of Clients for a front-office member, who sees all 15,000 clients),
 * and a search typed into People's Find by name field (the Faces Ajax request the field sends). No target: the figures show that a page holds 25 rows whatever the
 * practice's size.
 */
final class DirectoryPages {

    private static final int WARM_UPS = 10;
    private static final int TIMES = 20;
    /** A front-office member of the heavy provider's practice: their Clients page lists all its 15,000 clients. */
    private static final String FRONT_OFFICE = "bench.staff.5";
    /** Finds "Client 1234" and "Client 12340" to "Client 12349" among the practice's 15,000 clients. */
    private static final String SEARCH = "client 1234";

    private DirectoryPages() {
    }

    static void run(URL base) {
        WebClient provider = signedIn(base, Seed.HEAVY);
        WebClient frontOffice = signedIn(base, FRONT_OFFICE);
        List<Long> people = new ArrayList<>();
        List<Long> searches = new ArrayList<>();
        List<Long> clients = new ArrayList<>();
        List<Long> allClients = new ArrayList<>();
        for (int i = 0; i < WARM_UPS + TIMES; i++) {
            boolean counted = i >= WARM_UPS;
            long start = System.nanoTime();
            WebClient.Page page = provider.get("app/staff/people.xhtml");
            long opened = System.nanoTime();
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.document().select(".person-name")).hasSize(25);
            WebClient.Page found = provider.post(page.document().select("#peopleForm").attr("action"), search(page));
            long searched = System.nanoTime();
            assertThat(found.status()).isEqualTo(200);
            assertThat(found.text()).contains("Client 1234 ", "Client 12340", "Client 12349").doesNotContain("Client 12350", "Staff Member");
            WebClient.Page clientList = provider.get("app/staff/clients.xhtml");
            long listed = System.nanoTime();
            assertThat(clientList.status()).isEqualTo(200);
            assertThat(clientList.document().select(".haven-chart-link")).hasSize(25);
            WebClient.Page practiceClients = frontOffice.get("app/staff/clients.xhtml");
            long listedAll = System.nanoTime();
            assertThat(practiceClients.status()).isEqualTo(200);
            assertThat(practiceClients.document().select(".haven-chart-link")).hasSize(25);
            if (counted) {
                people.add(opened - start);
                searches.add(searched - opened);
                clients.add(listed - searched);
                allClients.add(listedAll - listed);
            }
        }
        result("the People page over HTTP for the heavy provider: its first 25 of the practice's more than 15,000 people", people);
        result("a name typed into the People page's Find by name field (its Ajax request: 11 people of more than 15,000 found)", searches);
        result("the Clients page over HTTP for the heavy provider: its first 25 of the 250 clients assigned to them", clients);
        result("the Clients page over HTTP for a front-office member: its first 25 of the practice's 15,000 clients", allClients);
    }

    private static WebClient signedIn(URL base, String login) {
        WebClient client = new WebClient(base);
        assertThat(client.signIn(login, DemoPeople.PASSWORD).status()).isIn(302, 303);
        return client;
    }

    /** The Ajax request the Find by name field sends once the text is typed. */
    private static Map<String, String> search(WebClient.Page people) {
        Map<String, String> fields = WebClient.ajaxFields(people, "peopleForm", "peopleForm:search", "peopleForm:people");
        fields.put("jakarta.faces.behavior.event", "keyup");
        fields.put("jakarta.faces.partial.event", "keyup");
        fields.put("peopleForm:search", SEARCH);
        return fields;
    }

    private static void result(String name, List<Long> nanos) {
        new Result("directory", name, Timed.busy(nanos).figure("pages/s"), Figure.NONE, Double.NaN, "(no target)", true,
                "read from the server 25 rows at a time, never the whole practice").appendTo(BenchState.folder());
    }
}
