package org.pactum.importer.cli;

import java.io.PrintStream;

/** A one-line progress bar redrawn in place on a terminal. */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintStream err;
    private final int total;
    private final boolean enabled;
    private long lastDraw;

    ProgressBar(PrintStream err, int total, boolean enabled) {
        this.err = err;
        this.total = total;
        this.enabled = enabled && total > 1;
    }

    void update(int done, String current) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (done < total && now - lastDraw < 100_000_000L) {
            return; // at most ten redraws a second
        }
        lastDraw = now;
        int filled = (int) ((long) WIDTH * done / total);
        String name = current.length() > 40 ? "..." + current.substring(current.length() - 37) : current;
        err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " " + name + "\u001b[K");
        err.flush();
    }

    void finish() {
        if (enabled) {
            err.print("\r\u001b[K");
            err.flush();
        }
    }
}
