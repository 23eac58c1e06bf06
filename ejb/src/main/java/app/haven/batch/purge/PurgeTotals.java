package app.haven.batch.purge;

/**
 * What a purge removed so far: drafts and the bytes of their files. Kept in the job's checkpoint
 * and exit status as {@code drafts=N bytes=M}, so a restarted execution counts on from where the
 * failed one committed, and the admin page reads the figures back.
 */
public record PurgeTotals(long drafts, long bytes) {

    public static final PurgeTotals NONE = new PurgeTotals(0, 0);

    public PurgeTotals plus(PurgeTotals more) {
        return new PurgeTotals(drafts + more.drafts, bytes + more.bytes);
    }

    /** Reads back what {@link #toString()} wrote; nothing counted for anything else. */
    public static PurgeTotals parse(String text) {
        if (text == null || !text.matches("drafts=\\d+ bytes=\\d+")) {
            return NONE;
        }
        String[] parts = text.split(" ");
        return new PurgeTotals(Long.parseLong(parts[0].substring(7)), Long.parseLong(parts[1].substring(6)));
    }

    @Override
    public String toString() {
        return "drafts=" + drafts + " bytes=" + bytes;
    }
}
