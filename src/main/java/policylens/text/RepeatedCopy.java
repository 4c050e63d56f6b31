package policylens.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps one copy of an article that a web page printed twice (jiangxi-cluster-upgrade-2025: the whole
 * notice and plan appear again after "来源:江西省工业强省建设工作领导小组"). A copy is a run of at least
 * {@link #MIN_RUN} consecutive paragraphs, each of at least {@link #MIN_PARAGRAPH} characters, that stands again
 * later in the same order; the second run, and the lines between the two runs that only repeat chrome, go.
 * <p>
 * Which run is taken: paragraph pairs (a, b), a &lt; b, with equal text are visited in order of a, then b; a pair's
 * run is how many paragraphs from a and from b are equal, at most b - a (the copies do not overlap); the first
 * pair whose run is longer than every run before it wins, and the search stops once a reaches the second copy of
 * the best run so far. The search visits only the paragraphs equal to a (a hash index, not every later paragraph),
 * skips pairs that cannot beat the best run, and measures runs with prefix hashes: a page of the same few
 * paragraphs repeated 100,000 times takes a fraction of a second, not hours. A page so degenerate that
 * {@link #MAX_PAIRS} candidate pairs do not settle the search keeps the best run found by then.
 */
public final class RepeatedCopy implements TextStep {
    static final int MIN_RUN = 3;
    static final int MIN_PARAGRAPH = 20;
    /** Candidate pairs looked at per page, at most (a real page has a few dozen; it bounds degenerate input). */
    static final long MAX_PAIRS = 4_000_000;

    @Override
    public Page apply(Page page) {
        List<String> lines = page.lines();
        List<Integer> idx = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String key = Whitespace.squeeze(lines.get(i));
            if (key.length() >= MIN_PARAGRAPH) {
                idx.add(i);
                keys.add(key);
            }
        }
        int[] best = longestCopy(ids(keys));
        int bestFirst = best[0];
        int bestSecond = best[1];
        int bestRun = best[2];
        if (bestRun < MIN_RUN) {
            return page;
        }
        // Drop from the line after the first copy's last paragraph to the second copy's last paragraph.
        int from = idx.get(bestFirst + bestRun - 1) + 1;
        int to = idx.get(bestSecond + bestRun - 1);
        List<String> kept = new ArrayList<>(lines.subList(0, from));
        kept.addAll(lines.subList(to + 1, lines.size()));
        List<String> dropped = new ArrayList<>();
        for (String line : lines.subList(from, to + 1)) {
            if (!line.isBlank()) {
                dropped.add(line);
            }
        }
        return page.dropping(kept, dropped);
    }

    /** Each key as a small number, equal keys equal numbers. */
    private static int[] ids(List<String> keys) {
        Map<String, Integer> seen = new HashMap<>();
        int[] ids = new int[keys.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = seen.computeIfAbsent(keys.get(i), k -> seen.size());
        }
        return ids;
    }

    /**
     * {first, second, run} of the run that the plain double loop over all pairs would choose (see the class
     * comment), or run 0 when no paragraph repeats.
     */
    static int[] longestCopy(int[] ids) {
        int n = ids.length;
        int[][] positions = positions(ids);
        Lce lce = new Lce(ids);
        int bestRun = 0;
        int bestFirst = -1;
        int bestSecond = -1;
        long pairs = 0;
        search:
        for (int a = 0; a < n; a++) {
            int[] same = positions[ids[a]];
            // only b > a + bestRun can beat bestRun (a run is at most b - a long)
            for (int k = firstAbove(same, a + bestRun); k < same.length; k++) {
                int b = same[k];
                if (b - a <= bestRun) {
                    continue;
                }
                if (n - b <= bestRun) {
                    break; // a run is at most n - b long, and b only grows
                }
                if (++pairs > MAX_PAIRS) {
                    break search;
                }
                // a run longer than bestRun needs paragraph bestRun of both runs equal
                if (ids[a + bestRun] != ids[b + bestRun]) {
                    continue;
                }
                int run = lce.common(a, b, Math.min(b - a, n - b));
                if (run > bestRun) {
                    bestRun = run;
                    bestFirst = a;
                    bestSecond = b;
                }
            }
            if (bestRun > 0 && a >= bestSecond) {
                break;
            }
        }
        return new int[]{bestFirst, bestSecond, bestRun};
    }

    /** For each id, the positions holding it, ascending. */
    private static int[][] positions(int[] ids) {
        int[] count = new int[ids.length];
        for (int id : ids) {
            count[id]++;
        }
        int[][] positions = new int[ids.length][];
        int[] fill = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            int id = ids[i];
            if (positions[id] == null) {
                positions[id] = new int[count[id]];
            }
            positions[id][fill[id]++] = i;
        }
        return positions;
    }

    /** Index of the first element of the ascending array greater than x. */
    private static int firstAbove(int[] sorted, int x) {
        int i = Arrays.binarySearch(sorted, x);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /**
     * Longest common extension of two positions of a sequence of ids: short ones compared directly, long ones by
     * binary search over polynomial prefix hashes modulo 2^61 - 1 (equal hashes of unequal runs have a chance
     * of about n / 2^61).
     */
    static final class Lce {
        private static final long MOD = (1L << 61) - 1;
        private static final long BASE = 1_000_003L;
        private static final int DIRECT = 32;
        private final int[] ids;
        private long[] prefix;
        private long[] power;

        Lce(int[] ids) {
            this.ids = ids;
        }

        /** How many ids from a and from b are equal, at most limit. */
        int common(int a, int b, int limit) {
            int r = 0;
            while (r < limit && r < DIRECT) {
                if (ids[a + r] != ids[b + r]) {
                    return r;
                }
                r++;
            }
            if (r == limit) {
                return r;
            }
            if (prefix == null) {
                buildHashes();
            }
            int lo = r;      // known equal for lo
            int hi = limit;  // answer is in [lo, hi]
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (hash(a, mid) == hash(b, mid)) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return lo;
        }

        private void buildHashes() {
            prefix = new long[ids.length + 1];
            power = new long[ids.length + 1];
            power[0] = 1;
            for (int i = 0; i < ids.length; i++) {
                prefix[i + 1] = add(mul(prefix[i], BASE), ids[i] + 1L);
                power[i + 1] = mul(power[i], BASE);
            }
        }

        /** Hash of ids[from, from + length). */
        private long hash(int from, int length) {
            long h = prefix[from + length] - mul(prefix[from], power[length]);
            return h < 0 ? h + MOD : h;
        }

        private static long add(long x, long y) {
            long s = x + y;
            return s >= MOD ? s - MOD : s;
        }

        private static long mul(long x, long y) {
            long hi = Math.multiplyHigh(x, y);
            long lo = x * y;
            // x * y = hi * 2^64 + lo (unsigned lo); reduce modulo 2^61 - 1
            long low61 = lo & MOD;
            long rest = (lo >>> 61) | (hi << 3);
            long s = low61 + rest;
            s = (s & MOD) + (s >>> 61);
            return s >= MOD ? s - MOD : s;
        }
    }
}
