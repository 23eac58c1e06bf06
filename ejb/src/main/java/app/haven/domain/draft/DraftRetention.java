package app.haven.domain.draft;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a draft is kept after its last save (SPEC R6: 30 days). Instants only, in UTC: time
 * zones and daylight-saving changes do not move the moment a draft expires. A draft saved exactly
 * the retention ago is still kept; one saved a moment earlier is expired.
 */
public record DraftRetention(Duration period) {

    public static final DraftRetention DEFAULT = ofDays(30);

    public DraftRetention {
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("retention must be positive");
        }
    }

    public static DraftRetention ofDays(long days) {
        return new DraftRetention(Duration.ofDays(days));
    }

    /** Drafts last saved before this instant are expired at {@code now}. */
    public Instant cutoff(Instant now) {
        return now.minus(period);
    }

    public boolean isExpired(Instant savedAt, Instant now) {
        return savedAt.isBefore(cutoff(now));
    }
}
