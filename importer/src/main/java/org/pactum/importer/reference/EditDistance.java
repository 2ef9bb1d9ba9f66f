package org.pactum.importer.reference;

/** Optimal-string-alignment distance (insertions, deletions, substitutions, adjacent swaps), bounded. */
final class EditDistance {

    private EditDistance() {
    }

    /**
     * The distance between {@code a} and {@code b[from, from+len)}, or {@code max + 1} when it exceeds max. Only the cells
     * within {@code max} of the diagonal are computed (a cell farther off is more than max already), and every value is
     * capped at max + 1: the cells at most max come out exactly as the full table has them, the others as max + 1.
     */
    static int bounded(char[] a, char[] b, int from, int len, int max) {
        int n = a.length;
        if (Math.abs(n - len) > max) {
            return max + 1;
        }
        int over = max + 1;
        int[] prev2 = new int[len + 1];
        int[] prev = new int[len + 1];
        int[] cur = new int[len + 1];
        for (int j = 0; j <= len; j++) {
            prev[j] = Math.min(j, over);
        }
        for (int i = 1; i <= n; i++) {
            int lo = Math.max(1, i - max);
            int hi = Math.min(len, i + max);
            cur[0] = Math.min(i, over);
            if (lo > 1) {
                cur[lo - 1] = over; // (left of the band: the next cell reads it)
            }
            int rowMin = cur[0];
            char ca = a[i - 1];
            for (int j = lo; j <= hi; j++) {
                char cb = b[from + j - 1];
                int cost = ca == cb ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && ca == b[from + j - 2] && a[i - 2] == cb) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                v = Math.min(v, over);
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (hi < len) {
                cur[hi + 1] = over; // (right of the band: the next row reads it)
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[len], max + 1);
    }
}
