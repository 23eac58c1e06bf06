package app.haven.web.shell;

import jakarta.faces.component.UIComponent;
import jakarta.faces.event.AjaxBehaviorEvent;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A table's rows, read from the server a page at a time (a practice may have tens of thousands of
 * people) for the text typed in the table's search field. The text goes to the server in the
 * request's body, never in an address: it is part of someone's name.
 */
public class SearchedRows<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Where the rows come from: the EJB's page and count for a text. */
    public interface Source<T> extends Serializable {

        long count(String text);

        List<T> page(String text, int first, int max);
    }

    private final Source<T> source;
    private final String tableId;
    private String search = "";

    /** The rows of the table with this id, in the same naming container as the search field. */
    public SearchedRows(Source<T> source, String tableId) {
        this.source = source;
        this.tableId = tableId;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search == null ? "" : search;
    }

    /** The search field changed: the table starts again at its first page. */
    public void searched(AjaxBehaviorEvent event) {
        UIComponent table = event.getComponent().findComponent(tableId);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(source.count(search), Integer.MAX_VALUE);
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return source.page(search, first, pageSize);
    }
}
