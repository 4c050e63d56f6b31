package policylens.check;

import policylens.i18n.Text;

import java.util.List;

/**
 * relaxed-obligation: the child asks less of the same object than its parent does. For each parent task and the
 * child tasks {@link Coverage} matches to it, clauses about the same object ({@link Clauses#sameObject}) are compared
 * on two scales from {@code obligation.tsv}: how binding the governing word is (要/应/确保 3 &gt; 力争/推动 2 &gt;
 * 鼓励/支持/探索 1; a clause without one is an order, 2) and what is to be done (建设/建成/完成 3 &gt; 预留/规划/谋划 1,
 * compared only when both clauses say). A finding needs the child's word weaker by {@link #CLEAR_GAP}: 各地要建设 →
 * 鼓励…建设, 建设 → 预留…条件; one step (要 → 力争, 推动 → 鼓励) is wording, not a relaxation. A stricter child is
 * never flagged, nor a child that takes a choice the parent's clause offers (建设…或预留安装条件 → 预留).
 */
public final class RelaxedObligationRule implements CheckRule {
    /** How much weaker the child's word must be, on a scale of 1..3. */
    public static final int CLEAR_GAP = 2;

    @Override
    public List<Finding> findings(CheckPair pair) {
        return Clauses.findings(pair, Finding.RELAXED_OBLIGATION, (p, c) -> {
            String parentWord = null;
            String childWord = null;
            if (p.binding() - c.binding() >= CLEAR_GAP) {
                parentWord = p.modal().word();
                childWord = c.modal().word();
            } else if (p.action() != null && c.action() != null
                    && p.action().strength() - c.action().strength() >= CLEAR_GAP) {
                parentWord = p.action().word();
                childWord = c.action().word();
            }
            // the parent offers the weaker word itself (100%建设充电基础设施或预留安装条件): no relaxation
            return parentWord != null && !Terms.norm(p.text()).contains(childWord)
                    ? Text.of("check.relaxed-obligation", Clauses.label(p, c), parentWord, childWord) : null;
        });
    }
}
