package org.pactum.importer.reference;

/** Optimal-string-alignment distance (insertions, deletions, substitutions, adjacent swaps), bounded. */
final class EditDistance {

    private EditDistance() {
    }

    /** The distance between {@code a} and {@code b[from, from+len)}, or {@code max + 1} when it exceeds max. */
    static int bounded(char[] a, char[] b, int from, int len, int max) {
        int n = a.length;
        if (Math.abs(n - len) > max) {
            return max + 1;
        }
        int[] prev2 = new int[len + 1];
        int[] prev = new int[len + 1];
        int[] cur = new int[len + 1];
        for (int j = 0; j <= len; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            char ca = a[i - 1];
            for (int j = 1; j <= len; j++) {
                char cb = b[from + j - 1];
                int cost = ca == cb ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && ca == b[from + j - 2] && a[i - 2] == cb) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
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
