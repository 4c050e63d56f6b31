package policylens.check;

import org.junit.jupiter.api.Test;
import policylens.model.Severity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckRulesTest {
    private static final CheckDoc CHILD = Docs.corpus("xinyu-cluster-upgrade-2026-2028");
    private static final CheckDoc PARENT = Docs.corpus("jiangxi-cluster-upgrade-2025");

    @Test
    void everyRuleIsItsOwnClassListedOnce() {
        assertEquals(7, CheckRules.ALL.size());
        assertEquals(7, new HashSet<>(CheckRules.ALL.stream().map(Object::getClass).toList()).size());
    }

    @Test
    void aNewRuleIsOneClassAddedToTheList() {
        CheckRule everyUnclearTask = pair -> pair.coverage().stream()
                .filter(m -> Coverage.UNCLEAR.equals(m.verdict()))
                .map(m -> new Finding("unclear-task", Severity.LOW, policylens.i18n.Text.plain(m.parent().title()), List.of(), List.of()))
                .toList();
        List<CheckRule> rules = new ArrayList<>(CheckRules.ALL);
        rules.add(everyUnclearTask);
        CheckReport withIt = new Checker(rules).check(CHILD, PARENT, null);
        CheckReport without = new Checker().check(CHILD, PARENT, null);
        List<Finding> added = withIt.findings().stream().filter(f -> f.kind().equals("unclear-task")).toList();
        assertEquals(List.of("筑强集群承载平台"), added.stream().map(f -> f.message().in(policylens.i18n.Lang.ZH)).toList());
        assertEquals(without.findings().size() + 1, withIt.findings().size(), "the other rules find what they found");
    }

    @Test
    void withoutRulesTheCheckStillAlignsButFindsNothing() {
        CheckReport none = new Checker(List.of()).check(CHILD, PARENT, null);
        CheckReport all = new Checker().check(CHILD, PARENT, null);
        assertTrue(none.findings().isEmpty());
        assertEquals(all.alignments(), none.alignments(), "alignment and its verdicts are shared work, not a rule");
        assertEquals(all.coverage(), none.coverage());
        assertTrue(!all.findings().isEmpty());
    }
}
