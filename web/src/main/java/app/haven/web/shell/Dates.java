package app.haven.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Dates as people read them: in the practice's time zone ({@code haven.time-zone}, the server's by
 * default) and the reader's language; today's messages by time, older ones by date.
 */
@Named
@ApplicationScoped
public class Dates {

    @Inject
    @ConfigProperty(name = "haven.time-zone")
    private Optional<String> zoneSetting;

    public String brief(Instant instant) {
        ZonedDateTime local = instant.atZone(zone());
        boolean today = local.toLocalDate().equals(LocalDate.now(zone()));
        DateTimeFormatter format = today ? DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
        return local.format(format.withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale()));
    }

    public String full(Instant instant) {
        return instant.atZone(zone()).format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale()));
    }

    /** The time of day only ("10:42"), in the practice's zone and the reader's language. */
    public String time(Instant instant) {
        return instant.atZone(zone()).format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale()));
    }

    /** ISO 8601, for the datetime attribute of a time element. */
    public String iso(Instant instant) {
        return instant.toString();
    }

    private ZoneId zone() {
        return zoneSetting.map(ZoneId::of).orElseGet(ZoneId::systemDefault);
    }
}
