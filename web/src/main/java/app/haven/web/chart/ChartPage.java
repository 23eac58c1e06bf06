package app.haven.web.chart;

import app.haven.application.ClientChartView;
import app.haven.application.ClientCharts;
import app.haven.domain.shared.HavenRefusal;
import app.haven.web.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** A client's chart: Docs &amp; Forms (files shared from threads, which can be taken back here) and chart notes. */
@Named("chart")
@ViewScoped
public class ChartPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ClientCharts charts;

    @Inject
    private transient FacesContext faces;

    private String idParameter;
    private ClientChartView view;

    /** View action: opens the chart named in the URL, or says it is not available. */
    public void open() {
        try {
            view = charts.open(idParameter);
        } catch (HavenRefusal refusal) {
            view = null;
            Texts.refused(faces, refusal);
        }
    }

    public void unshare(String attachmentId) {
        try {
            charts.unshare(attachmentId, view.clientId());
            Texts.info(faces, "chart.unshared");
        } catch (HavenRefusal refusal) {
            Texts.refused(faces, refusal);
        }
        open();
    }

    public boolean isAvailable() {
        return view != null;
    }

    public ClientChartView getView() {
        return view;
    }

    public String getIdParameter() {
        return idParameter;
    }

    public void setIdParameter(String idParameter) {
        this.idParameter = idParameter;
    }
}
