package app.haven.web.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.NumberFormat;

/**
 * Sizes as people read them, in the reader's language: "812 B", "1.4 MB", in units of 1,024 like the
 * size limit (10 MB = 10,485,760 bytes), so a file at the limit reads "10 MB".
 */
@Named
@ApplicationScoped
public class FileSizes {

    private static final String[] UNITS = {"KB", "MB", "GB"};
    private static final double STEP = 1024;

    public String of(long bytes) {
        NumberFormat number = NumberFormat.getNumberInstance(FacesContext.getCurrentInstance().getViewRoot().getLocale());
        if (bytes < STEP) {
            return number.format(bytes) + " B";
        }
        double value = bytes;
        int unit = -1;
        while (value >= STEP && unit < UNITS.length - 1) {
            value /= STEP;
            unit++;
        }
        number.setMaximumFractionDigits(1);
        return number.format(value) + " " + UNITS[unit];
    }
}
