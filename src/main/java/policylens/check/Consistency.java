package policylens.check;

import policylens.extract.Target;
import policylens.i18n.Text;
import policylens.model.Comparator;
import policylens.model.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Inside one document: the same metric stated twice (body and annex, summary and body) with different values or
 * different deadlines.
 *
 * <p>Only strict restatements are compared: equal metric words (after synonyms), unit, recurrence and {@link Scope},
 * and both mentions outside one table row or paragraph — a row that sets tiers (省级 20%、省级先进 25%、国家级 30%)
 * states different thresholds on purpose. A missing deadline is no conflict; nor is 30个 against 30个左右.
 */
public final class Consistency {
    public List<Finding> check(CheckDoc doc) {
        List<TargetAligner.Metric> ms = new ArrayList<>();
        for (Target t : doc.record().targets()) {
            TargetAligner.Metric m = TargetAligner.Metric.of(t, doc);
            if (!m.words().isEmpty()) {
                ms.add(m);
            }
        }
        List<Finding> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < ms.size(); i++) {
            for (int j = i + 1; j < ms.size(); j++) {
                TargetAligner.Metric a = ms.get(i);
                TargetAligner.Metric b = ms.get(j);
                Target x = a.target();
                Target y = b.target();
                if (Objects.equals(x.taskId(), y.taskId()) || !a.words().equals(b.words()) || a.scope() != b.scope()
                        || !Objects.equals(x.unit(), y.unit()) || !Objects.equals(a.recurring(), b.recurring())
                        || isRange(x) != isRange(y)) {
                    continue;
                }
                boolean value = !same(x.value(), y.value()) || !Objects.equals(x.valueMax(), y.valueMax());
                boolean deadline = x.deadline() != null && y.deadline() != null
                        && FindingRules.monthsLater(x.deadline(), y.deadline()) != 0;
                if (!value && !deadline) {
                    continue;
                }
                String key = Terms.norm(x.evidence()) + "|" + Terms.norm(y.evidence());
                if (seen.contains(key)) {
                    continue;
                }
                seen.add(key);
                Text what = value
                        ? Text.of("check.inconsistent-value", FindingRules.label(x),
                        FindingRules.amount(x), x.taskId(), FindingRules.amount(y), y.taskId())
                        : Text.of("check.inconsistent-deadline", FindingRules.label(x),
                        x.deadline(), x.taskId(), y.deadline(), y.taskId());
                out.add(new Finding(Finding.INCONSISTENT_VALUES, Severity.MEDIUM, what,
                        List.of(new Quote(doc.docId(), x.taskId(), x.evidence()), new Quote(doc.docId(), y.taskId(), y.evidence())),
                        List.of()));
            }
        }
        return out;
    }

    private static boolean isRange(Target t) {
        return Comparator.RANGE.json().equals(t.comparator());
    }

    private static boolean same(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }
}
