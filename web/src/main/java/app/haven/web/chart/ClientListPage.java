package app.haven.web.chart;

import app.haven.application.ClientCharts;
import app.haven.application.ClientSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The clients whose chart the signed-in staff member may open. */
@Named("clientList")
@RequestScoped
public class ClientListPage {

    @Inject
    private ClientCharts charts;

    private List<ClientSummary> clients;

    public List<ClientSummary> getClients() {
        if (clients == null) {
            clients = charts.clients();
        }
        return clients;
    }
}
