package policylens.extract;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import policylens.eval.EvalReport;
import policylens.eval.Scoring;
import policylens.model.Json;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The targets of the eight constructed probe plans in {@code heldout/target-probes/} (written and annotated by a second
 * annotator who never ran the tool), scored with the contract's rule: gold and extracted targets paired by evidence,
 * value and unit; a whole target also has its comparator, deadline and metric right.
 */
class TargetProbesTest {
    @Test
    void theProbePlansTargetsStayAtTheirMeasuredF1() throws Exception {
        EvalReport.TargetScores total = EvalReport.TargetScores.ZERO;
        EvalReport.TargetScores cellsAsText = EvalReport.TargetScores.ZERO;
        List<String> perPlan = new ArrayList<>();
        List<EvalReport.Finding> findings = new ArrayList<>();
        for (ProbePlans.Plan plan : ProbePlans.read("target-probes", "t")) {
            List<Target> gold = new ArrayList<>();
            List<Target> goldCellsAsText = new ArrayList<>();
            for (JsonNode t : plan.gold().get("targets")) {
                Target g = Json.mapper().treeToValue(t, Target.class);
                gold.add(g);
                // the annotator copied a table row with its pipes (岚州市 | 52.1 | 46 | 65); the tool, like gold/, gives
                // the row's cells as text (岚州市 52.1 46 65), which the contract's 8-character overlap cannot pair
                goldCellsAsText.add(new Target(g.evidence().replace('|', ' '), g.metric(), g.value(), g.valueMax(),
                        g.unit(), g.comparator(), g.deadline(), g.recurring(), g.taskId()));
            }
            EvalReport.TargetScores s = Scoring.scoreTargets(plan.name(), gold, plan.predicted().targets(), new ArrayList<>());
            EvalReport.TargetScores c = Scoring.scoreTargets(plan.name(), goldCellsAsText, plan.predicted().targets(), findings);
            perPlan.add(String.format("%s %.3f/%.3f", plan.name(), c.match().f1(), c.whole().f1()));
            total = total.plus(s);
            cellsAsText = cellsAsText.plus(c);
        }
        if (System.getenv("POLICYLENS_PROBE_REPORT") != null) {
            findings.forEach(f -> System.out.println(f.docId() + " " + f.kind() + " " + f.gold() + " | " + f.predicted()
                    + " | " + f.evidence()));
        }
        String figures = String.format("targets P %.3f R %.3f F1 %.3f, whole F1 %.3f; rows' pipes as spaces: targets"
                        + " P %.3f R %.3f F1 %.3f, whole F1 %.3f, deadline %s, comparator %s, metric %s %s",
                total.match().precision(), total.match().recall(), total.match().f1(), total.whole().f1(),
                cellsAsText.match().precision(), cellsAsText.match().recall(), cellsAsText.match().f1(),
                cellsAsText.whole().f1(), cellsAsText.deadline(), cellsAsText.comparator(), cellsAsText.metric(), perPlan);
        System.out.println("target-probes " + figures);
        // measured on 2026-12-02: F1 0.841 (whole 0.746); pipes as spaces 0.944 (whole 0.849); see
        // heldout/target-probes/README.md
        assertTrue(total.match().f1() >= 0.80 && cellsAsText.match().f1() >= 0.91 && cellsAsText.whole().f1() >= 0.80, figures);
    }
}
