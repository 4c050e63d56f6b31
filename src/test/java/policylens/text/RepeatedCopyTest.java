package policylens.text;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RepeatedCopyTest {
    private static final List<String> ARTICLE = List.of(
            "《江西省产业集群提能升级实施方案》印发",
            "现将《江西省产业集群提能升级实施方案》印发给你们,请认真贯彻执行。",
            "江西省工业强省建设工作领导小组",
            "一、总体要求",
            "坚定实施工业强省战略,把产业集群作为工业高质量发展总牵引和总抓手。",
            "力争用三年左右时间,全省工业集群化发展态势明显形成,集群综合竞争力明显提升。",
            "(一)优化集群空间布局。编制出台“十五五”推进新型工业化发展规划。(责任单位:省工业和信息化厅)");

    @Test
    void keepsOneCopyOfAnArticlePrintedTwice() {
        List<String> page = new ArrayList<>(ARTICLE);
        page.add("来源:江西省工业强省建设工作领导小组");
        page.add("主页 > 新闻中心 > 产业规划 >");
        page.addAll(ARTICLE);
        Page out = new RepeatedCopy().apply(Page.of(page));
        assertEquals(ARTICLE, out.lines());
    }

    @Test
    void leavesAnArticleWithRepeatedSentencesAlone() {
        // A target stated in the body and again in an annex is two mentions, not a printed copy.
        List<String> page = List.of(
                "到2028年,专精特新中小企业达到330家,专精特新“小巨人”企业达到15家。",
                "附件2",
                "到2028年,专精特新中小企业达到330家,专精特新“小巨人”企业达到15家。",
                "市工信局、市重点产业链牵头单位");
        assertEquals(page, new RepeatedCopy().apply(Page.of(page)).lines());
    }

    @Test
    void choosesTheSameRunAsComparingEveryPairOfParagraphs() {
        Random random = new Random(12);
        for (int trial = 0; trial < 20_000; trial++) {
            int[] ids = new int[random.nextInt(40)];
            int alphabet = 1 + random.nextInt(6);
            for (int i = 0; i < ids.length; i++) {
                ids[i] = random.nextInt(alphabet);
            }
            if (random.nextBoolean() && ids.length > 8) { // a copied stretch, as on a page printed twice
                int len = 1 + random.nextInt(ids.length / 2);
                int from = random.nextInt(ids.length - len);
                int to = random.nextInt(ids.length - len);
                System.arraycopy(ids.clone(), from, ids, to, len);
            }
            int[] dense = dense(ids);
            assertArrayEquals(everyPair(dense), RepeatedCopy.longestCopy(dense), () -> Arrays.toString(dense));
        }
    }

    @Test
    void twentyMegabytesOfTheSameParagraphsAreCleanedInBoundedTime() {
        List<String> page = new ArrayList<>();
        int chars = 0;
        while (chars < 20_000_000) {
            for (String line : ARTICLE) {
                page.add(line);
                chars += line.length() + 1;
            }
        }
        // quadratic, this took hours; linear it takes about a second
        Page out = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> new TextCleaner().clean(page));
        // the longest printed-twice run is the second half of the page: it goes
        assertTrue(out.lines().size() < page.size() * 0.6, out.lines().size() + " of " + page.size() + " lines left");
    }

    /** Renumbers ids in order of first appearance (what RepeatedCopy's own numbering gives). */
    private static int[] dense(int[] ids) {
        java.util.Map<Integer, Integer> seen = new java.util.HashMap<>();
        int[] out = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            out[i] = seen.computeIfAbsent(ids[i], k -> seen.size());
        }
        return out;
    }

    /** The original O(n^2) search: every pair of equal paragraphs, in order, the first longest run winning. */
    private static int[] everyPair(int[] keys) {
        int bestRun = 0;
        int bestFirst = -1;
        int bestSecond = -1;
        for (int a = 0; a < keys.length; a++) {
            for (int b = a + 1; b < keys.length; b++) {
                if (keys[a] != keys[b]) {
                    continue;
                }
                int run = 0;
                while (b + run < keys.length && a + run < b && keys[a + run] == keys[b + run]) {
                    run++;
                }
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
}
