package policylens.check;

import policylens.i18n.Text;
import policylens.model.Severity;
import policylens.util.Tsv;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The clauses of a task as {@link RelaxedObligationRule} and {@link NarrowedScopeRule} read them: for each clause
 * (split at 。；，：) the word that says how binding it is (要, 力争, 鼓励…), the word that says what is to be done
 * with its object (建设 or 预留…), whether it forbids (不得), the words that say how far it reaches (全省, 试点…), and
 * its object: its content words ({@link Terms#words}) without any of those. The vocabulary is data:
 * {@code obligation.tsv} and {@code scope.tsv} beside this class's resources.
 */
final class Clauses {
    static final String MODAL = "modal";
    static final String ACTION = "action";
    static final String NEGATION = "negation";
    static final String ALL = "all";
    static final String PART = "part";
    /** How binding a clause without a modal word is: an order, as 推进 or 加快 (see obligation.tsv). */
    static final int UNMARKED = 2;
    /**
     * Two clauses are about the same object from this Dice of their object words on, sharing at least
     * {@link #MIN_COMMON_CHARS} characters of them (one word as short as 集群 is not an object).
     */
    static final double SAME_OBJECT = 0.6;
    static final int MIN_COMMON_CHARS = 3;
    /** A clause with fewer object words than this leaves its object to the clause before it (see {@link Clause#after}). */
    static final int ELLIPTIC = 3;

    /** A word of obligation.tsv. */
    record Word(String word, int strength, String kind) {
    }

    private static final Map<String, Word> WORDS = loadWords();
    /** scope.tsv: word → side, longest word first. */
    private static final Map<String, String> SCOPE = loadScope();

    /**
     * One clause of a task.
     *
     * @param text     the clause, as written
     * @param quote    the sentence it stands in (what a finding quotes)
     * @param modal    its first modal word (null: none, an order)
     * @param action   its first action word, or the stronger of two in a row (规划建设); null: none
     * @param negated  it forbids or negates (不得, 严禁): never compared
     * @param all      its first word of the whole (全省, 各地…), else null
     * @param part     its first word of a subset (试点, 有条件的…), else null
     * @param object   its content words without modal, action and scope words
     */
    record Clause(String text, Quote quote, Word modal, Word action, boolean negated, String all, String part,
                  List<String> object) {
        /**
         * This clause with the object words of the clause before it in front: 加快集群“六个一”机制建设,用一年左右的时间
         * 实现省级以上集群全覆盖 — what is to cover every cluster is the mechanism of the clause before. Its own last
         * word stays last (the head).
         */
        Clause after(Clause previous) {
            Set<String> words = new LinkedHashSet<>(previous.object());
            words.removeAll(object);
            words.addAll(object);
            return new Clause(text, quote, modal, action, negated, all, part, List.copyOf(words));
        }

        /** How binding it is: its modal word's strength, else {@link #UNMARKED}. */
        int binding() {
            return modal == null ? UNMARKED : modal.strength();
        }
    }

    private Clauses() {
    }

    /** The clauses of one task of {@code doc}, each quoting its sentence. */
    static List<Clause> of(CheckDoc doc, Coverage.Task task) {
        List<Clause> out = new ArrayList<>();
        for (String sentence : task.text().split("(?<=[。；;！!？?])")) {
            if (sentence.isBlank()) {
                continue;
            }
            Quote quote = new Quote(doc.docId(), task.taskId(), sentence.strip());
            Clause previous = null;
            for (String clause : Terms.norm(sentence).split("[，,：:。；;！!？?]")) {
                if (clause.codePointCount(0, clause.length()) >= 4) {
                    Clause c = read(clause, quote);
                    if (previous != null && c.object().size() < ELLIPTIC) {
                        c = c.after(previous);
                    }
                    out.add(c);
                    previous = c;
                }
            }
        }
        return out;
    }

    /** One clause read: its governing words, its scope words and its object. */
    static Clause read(String clause, Quote quote) {
        List<String> tokens = Terms.tokens(clause);
        Word modal = null;
        Word action = null;
        boolean negated = false;
        for (int i = 0; i < tokens.size(); i++) {
            Word w = WORDS.get(tokens.get(i));
            if (w == null) {
                continue;
            }
            switch (w.kind()) {
                case NEGATION -> negated = true;
                case MODAL -> modal = modal == null ? w : modal;
                case ACTION -> {
                    if (action == null) {
                        Word next = i + 1 < tokens.size() ? WORDS.get(tokens.get(i + 1)) : null;
                        action = next != null && ACTION.equals(next.kind()) && next.strength() > w.strength() ? next : w;
                    }
                }
                default -> {
                }
            }
        }
        String all = null;
        String part = null;
        String rest = Terms.norm(clause);
        for (Map.Entry<String, String> e : SCOPE.entrySet()) {
            if (rest.contains(e.getKey())) {
                if (ALL.equals(e.getValue()) && all == null) {
                    all = e.getKey();
                } else if (PART.equals(e.getValue()) && part == null) {
                    part = e.getKey();
                }
                rest = rest.replace(e.getKey(), "，");
            }
        }
        List<String> object = new ArrayList<>();
        for (String w : Terms.words(rest)) {
            if (w.codePointCount(0, w.length()) >= 2 && !WORDS.containsKey(w)) {
                object.add(w);
            }
        }
        return new Clause(clause, quote, modal, action, negated, all, part, List.copyOf(object));
    }

    /**
     * The clauses are about the same object: Dice of their object words at least {@link #SAME_OBJECT}, at least
     * {@link #MIN_COMMON_CHARS} characters of them shared, and the parent's last object word (the head of a Chinese
     * object, 实现…交易的全量监测 → 监测) among the child's: 探索…聚合参与绿电交易 shares most words of that clause but
     * is not about monitoring.
     */
    static boolean sameObject(Clause parent, Clause child) {
        if (parent.object().isEmpty() || !child.object().contains(parent.object().get(parent.object().size() - 1))) {
            return false;
        }
        List<String> common = common(parent, child);
        int chars = common.stream().mapToInt(w -> w.codePointCount(0, w.length())).sum();
        return chars >= MIN_COMMON_CHARS && Terms.dice(parent.object(), child.object()) >= SAME_OBJECT;
    }

    /** The object words both clauses share, in the parent's order. */
    static List<String> common(Clause parent, Clause child) {
        Set<String> c = new LinkedHashSet<>(child.object());
        return parent.object().stream().filter(c::contains).toList();
    }

    /** What a finding names the object by: the shared words, at most four, joined by ·. */
    static String label(Clause parent, Clause child) {
        List<String> common = common(parent, child);
        return String.join("·", common.subList(0, Math.min(4, common.size())));
    }

    /**
     * Each pair of a parent clause and a child clause about the same object, neither negated: clauses of the tasks
     * and goal paragraphs of both documents ({@link Coverage#tasks}, {@link Coverage#goals}), so a commitment is
     * read wherever the child restates it, not only in the task {@link Coverage} finds closest.
     */
    static List<Clause[]> sameObjectPairs(CheckPair pair) {
        List<Clause> children = clauses(pair.child());
        List<Clause[]> out = new ArrayList<>();
        for (Clause p : clauses(pair.parent())) {
            if (p.negated()) {
                continue;
            }
            for (Clause c : children) {
                if (!c.negated() && sameObject(p, c)) {
                    out.add(new Clause[]{p, c});
                }
            }
        }
        return out;
    }

    /**
     * A medium finding of {@code kind} for each pair of {@link #sameObjectPairs} that {@code judge} flags: it gives
     * the message for a parent clause and a child clause, or null for nothing to flag; the finding quotes both.
     */
    static List<Finding> findings(CheckPair pair, String kind, BiFunction<Clause, Clause, Text> judge) {
        List<Finding> out = new ArrayList<>();
        for (Clause[] pc : sameObjectPairs(pair)) {
            Text message = judge.apply(pc[0], pc[1]);
            if (message != null) {
                out.add(new Finding(kind, Severity.MEDIUM, message, List.of(pc[1].quote()), List.of(pc[0].quote())));
            }
        }
        return out;
    }

    /** The clauses of a document's tasks and goal paragraphs. */
    static List<Clause> clauses(CheckDoc doc) {
        List<Coverage.Task> tasks = new ArrayList<>(Coverage.goals(doc));
        tasks.addAll(Coverage.tasks(doc));
        List<Clause> out = new ArrayList<>();
        for (Coverage.Task t : tasks) {
            out.addAll(of(doc, t));
        }
        return out;
    }

    private static Map<String, Word> loadWords() {
        Map<String, Word> m = new HashMap<>();
        for (String[] r : Tsv.rows("/policylens/check/obligation.tsv", 3)) {
            String kind = r[2];
            if (!Set.of(MODAL, ACTION, NEGATION).contains(kind)) {
                throw new IllegalStateException("obligation.tsv: unknown kind " + kind + " for " + r[0]);
            }
            m.put(Terms.norm(r[0]), new Word(Terms.norm(r[0]), Integer.parseInt(r[1]), kind));
        }
        return Map.copyOf(m);
    }

    private static Map<String, String> loadScope() {
        List<String[]> rows = new ArrayList<>(Tsv.rows("/policylens/check/scope.tsv", 2));
        rows.sort(Comparator.comparingInt((String[] r) -> -r[0].length()));
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (String[] r : rows) {
            if (!Set.of(ALL, PART).contains(r[1])) {
                throw new IllegalStateException("scope.tsv: unknown side " + r[1] + " for " + r[0]);
            }
            m.put(Terms.norm(r[0]), r[1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
