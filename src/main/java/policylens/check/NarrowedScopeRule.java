package policylens.check;

import policylens.i18n.Text;

import java.util.List;

/**
 * narrowed-scope: the parent asks something of the whole (全省, 各地, 所有, 全覆盖…) and the child applies the same
 * commitment to a subset only (试点, 部分, 有条件的, 一批…; the words are {@code scope.tsv}). Clauses about the same
 * object ({@link Clauses#sameObject}) of a parent task and the child tasks {@link Coverage} matches to it; the
 * child's clause must have a subset word its parent's clause does not have (各县培育一批 → 培育一批 keeps the
 * parent's own 一批) and no word of the whole of its own (全市试点 reaches the whole city). Precision first: a
 * clause without a scope word says nothing either way.
 */
public final class NarrowedScopeRule implements CheckRule {
    @Override
    public List<Finding> findings(CheckPair pair) {
        return Clauses.findings(pair, Finding.NARROWED_SCOPE, (p, c) ->
                p.all() != null && c.part() != null && c.all() == null && !Terms.norm(p.text()).contains(c.part())
                        ? Text.of("check.narrowed-scope", Clauses.label(p, c), p.all(), c.part()) : null);
    }
}
