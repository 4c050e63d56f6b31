package policylens.index;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Search snippets and who evidence end at a sentence or clause end, never inside a number. */
class SnippetClauseEndTest {
    static final String TASK = "到2028年,纳入省级制造业中试平台储备库20家,培育省级企业技术中心35家,建设省级制造业创新中心2家、"
            + "工程研究中心20家,集群内高新技术企业研发投入占比达3%以上。";

    @TempDir
    Path tmp;

    @Test
    void aFragmentCutInsideANumberGoesOnToTheClauseBreak() {
        String fragment = "纳入省级制造业【中试平台】储备库20家,培育省级企业技术中心35家,建设省级制造业创新中心2家、工程研究中心20";
        assertEquals(fragment + "家…", EngineQueries.toClauseEnd(fragment, TASK));
        String whole = "建设省级制造业创新中心2家、工程研究中心20家,集群内高新技术企业研发投入占比达3";
        assertEquals(whole + "%以上。", EngineQueries.toClauseEnd(whole, TASK), "the sentence end is near: no …");
    }

    /** The Xinyu plan's long 中试平台 task, as `who` shows it. */
    @Test
    void whoEvidenceOfTheXinyuPlanEndsAtABreak() {
        Path index = tmp.resolve("index");
        IndexResult r = new PolicyIndex(index).index(List.of(Path.of("corpus/xinyu-cluster-upgrade-2026-2028.txt")));
        assertTrue(r.failures().isEmpty(), r.toString());
        try (Searcher searcher = Searcher.open(index)) {
            WhoAnswerer.Result who = new WhoAnswerer(searcher).who("中试平台谁负责？", 5);
            int checked = 0;
            boolean sawTheLongTask = false;
            for (WhoAnswerer.Answer a : who.answers()) {
                for (WhoAnswerer.Evidence e : a.evidence()) {
                    String s = e.snippet().replace("【", "").replace("】", "");
                    assertTrue(s.endsWith("…") || "。；;！？!?".indexOf(s.charAt(s.length() - 1)) >= 0 || e.text().endsWith(s),
                            "ends at a break: " + e.snippet());
                    String body = s.endsWith("…") ? s.substring(0, s.length() - 1) : s;
                    assertFalse(Character.isDigit(body.charAt(body.length() - 1)), "ends inside a number: " + e.snippet());
                    sawTheLongTask |= e.text().contains("工程研究中心20家");
                    checked++;
                }
            }
            assertTrue(checked >= 3 && sawTheLongTask, who.toString());
        }
    }
}
