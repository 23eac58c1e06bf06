package app.haven.domain.chart;

import app.haven.domain.shared.HavenRefusal;

/** Refusals of the chart rules: a bundle key and an id, never content. */
public class ChartRefusal extends HavenRefusal {

    private static final long serialVersionUID = 1L;

    private ChartRefusal(String messageKey, Object subjectId) {
        super(messageKey, subjectId);
    }

    /** No such client, or not one whose chart the caller may open: the same answer. */
    public static ChartRefusal notAvailable(Object clientId) {
        return new ChartRefusal("refusal.chart.notAvailable", clientId);
    }

    public static ChartRefusal clientNotInThread(Object clientId) {
        return new ChartRefusal("refusal.chart.clientNotInThread", clientId);
    }

    public static ChartRefusal quickNoteProvidersOnly(Object threadId) {
        return new ChartRefusal("refusal.chart.quickNoteProvidersOnly", threadId);
    }

    public static ChartRefusal quickNoteOneClientOnly(Object threadId) {
        return new ChartRefusal("refusal.chart.quickNoteOneClientOnly", threadId);
    }

    public static ChartRefusal notShared(Object attachmentId) {
        return new ChartRefusal("refusal.chart.notShared", attachmentId);
    }
}
