package policylens.cli;

import java.io.PrintWriter;

/** A progress line on stderr for jobs over several files: rewritten in place on a terminal, one line each otherwise. */
final class Progress {
    private final PrintWriter err;
    private final int total;
    private final boolean terminal = System.console() != null;
    private int done;

    Progress(PrintWriter err, int total) {
        this.err = err;
        this.total = total;
    }

    void step(String what) {
        done++;
        if (total < 2) {
            return;
        }
        String line = String.format("[%d/%d] %s", done, total, what);
        if (terminal) {
            err.print("\r" + line + " ".repeat(Math.max(0, 20 - what.length())));
            if (done == total) {
                err.println();
            }
        } else {
            err.println(line);
        }
        err.flush();
    }
}
