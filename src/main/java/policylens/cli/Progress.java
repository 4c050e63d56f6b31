package policylens.cli;

import java.util.Locale;
import java.io.PrintWriter;

/**
 * A progress line on stderr for jobs over several files: rewritten in place on a terminal; elsewhere (a log, a
 * pipe) the first and last step and at most one line a second in between, so a long run is never silent and a
 * short one adds two lines.
 */
final class Progress {
    private static final long QUIET_NANOS = 1_000_000_000L;
    private final PrintWriter err;
    private final int total;
    private final String label;
    private final boolean terminal = System.console() != null;
    private int done;
    private long lastPrinted;

    Progress(PrintWriter err, int total) {
        this(err, total, "");
    }

    /** @param label what the steps are, before the count ("检查 / checking"); empty for files */
    Progress(PrintWriter err, int total, String label) {
        this.err = err;
        this.total = total;
        this.label = label.isEmpty() ? "" : label + " ";
    }

    void step(String what) {
        done++;
        if (total < 2) {
            return;
        }
        String line = String.format(Locale.ROOT, "%s[%d/%d] %s", label, done, total, what);
        if (terminal) {
            err.print("\r" + line + " ".repeat(Math.max(0, 20 - what.length())));
            if (done == total) {
                err.println();
            }
        } else {
            long now = System.nanoTime();
            if (done > 1 && done < total && now - lastPrinted < QUIET_NANOS) {
                return;
            }
            lastPrinted = now;
            err.println(line);
        }
        err.flush();
    }
}
