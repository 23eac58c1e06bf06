package app.haven.web.chart;

import app.haven.application.ClientCharts;
import app.haven.application.ClientSummary;
import app.haven.web.shell.SearchedRows;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The clients whose chart the signed-in staff member may open, a page at a time, found by name. */
@Named("clientList")
@ViewScoped
public class ClientListPage implements SearchedRows.Source<ClientSummary>, Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClientCharts charts;

    private final SearchedRows<ClientSummary> rows = new SearchedRows<>(this, "clients");

    public SearchedRows<ClientSummary> getRows() {
        return rows;
    }

    @Override
    public long count(String text) {
        return charts.clientCount(text);
    }

    @Override
    public List<ClientSummary> page(String text, int first, int max) {
        return charts.clients(text, first, max);
    }
}
