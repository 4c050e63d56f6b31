package policylens.index;

import org.apache.lucene.search.Query;
import policylens.extract.Region;
import policylens.extract.Regions;
import policylens.extract.UnitCanonicalizer;
import policylens.extract.UnitDictionary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Answers "who is responsible for X?" from the responsibility records: the question words are stripped, the rest is
 * matched loosely against the records' evidence, and the scores are summed per canonical unit (aliases merged).
 * A unit's strength is its best record's score plus a quarter of its other records' scores; at equal or near-equal
 * strength (within 5%), units named as lead (牵头, or first in the list) come before supporting ones.
 */
public final class WhoAnswerer {
    /** Words of a question that name no task (lexicon/questions.tsv), longest first. */
    private static final Pattern QUESTION_WORDS = Pattern.compile("(" + policylens.lexicon.Lexicon.get().questionAlternation() + ")");
    /** Words that say a question asks who is responsible (lexicon/questions.tsv, role asks). */
    private static final Pattern ASKS_WHO = Pattern.compile(policylens.lexicon.Lexicon.get().whoAlternation());

    /** Is this question asking who is responsible (谁负责…, 哪个部门…, 责任单位是…)? */
    public static boolean isWhoQuestion(String q) {
        return q != null && ASKS_WHO.matcher(q).find();
    }
    private static final Pattern PUNCTUATION = Pattern.compile("[?？!！,，。、\"“”'‘’《》()（）:：;；\\s]+");
    private static final int RECORDS = 40;
    private static final int EVIDENCE_PER_UNIT = 3;
    /** Units a note adds to every row it governs (各县区政府) say little about this task in particular. */
    private static final double INHERITED_WEIGHT = 0.5;
    /** Strengths this close (relative to the higher) are a tie that 牵头 wins over 配合: see {@link #leadFirst}. */
    static final double NEAR_EQUAL = 0.05;

    private final Engine searcher;

    public WhoAnswerer(Engine searcher) {
        this.searcher = searcher;
        // the unit gazetteer merges aliases of the answers: load it while the question is searched
        Thread t = new Thread(UnitDictionary::get, "policylens-preload-units");
        t.setDaemon(true);
        t.start();
    }

    /** A task text that names the unit. */
    public record Evidence(String docId, String title, String taskId, String text, String snippet, float score) {
    }

    /**
     * One responsible unit.
     *
     * @param unit     the canonical name
     * @param written  the forms the texts used
     * @param strength the aggregated score
     * @param lead     whether it leads in its best-matching record
     * @param evidence the matching task texts, best first
     */
    public record Answer(String unit, List<String> written, double strength, boolean lead, List<Evidence> evidence) {
        public Answer {
            written = List.copyOf(written);
            evidence = List.copyOf(evidence);
        }
    }

    /** The answers to a question, best first; {@code terms} is what was searched after the question words went. */
    public record Result(String question, String terms, List<Answer> answers) {
        public Result {
            answers = List.copyOf(answers);
        }
    }

    /** Where a question is asked about: 新余招商引资… → 新余市; 虹口区… → 虹口区; 全省产业集群… → province-level documents. */
    record Scope(String region, String level, String rest) {
    }

    static Scope scope(String question) {
        // a county or district named in full first (虹口区…, 南昌县…): it is more specific than its city
        Region county = null;
        for (Region r : Regions.counties()) {
            if (r.name().length() >= 3 && question.contains(r.name())
                    && (county == null || r.name().length() > county.name().length())) {
                county = r;
            }
        }
        if (county != null) {
            return new Scope(county.name(), null, question.replace(county.name(), " "));
        }
        for (Region r : Regions.all()) {
            for (String name : List.of(r.name(), r.shortName())) {
                if (name.length() >= 2 && question.contains(name)) {
                    return new Scope(r.name(), null, question.replace(name, " "));
                }
            }
        }
        if (question.contains("全省") || question.contains("省级")) {
            return new Scope(null, "province", question);
        }
        return new Scope(null, null, question);
    }

    /** The topic of a question: question words and punctuation removed. */
    public static String topic(String question) {
        String t = PUNCTUATION.matcher(question == null ? "" : question).replaceAll(" ");
        t = QUESTION_WORDS.matcher(t).replaceAll(" ");
        t = t.replaceAll("^[由的和与及\\s]+|[由的和与及\\s]+$", "");
        return t.replaceAll("\\s+", " ").strip();
    }

    public Result who(String question) {
        return who(question, Integer.MAX_VALUE);
    }

    /**
     * The first {@code limit} answers of {@link #who(String)}, the same ones with the same evidence; only their
     * evidence is highlighted (the costly part of answering).
     */
    public Result who(String question, int limit) {
        Scope scope = scope(question == null ? "" : question);
        String topic = topic(scope.rest());
        if (topic.isEmpty()) {
            return new Result(question, topic, List.of());
        }
        Query query = searcher.loose(topic, 0.5f, searcher.responsibilityField());
        if (query == null) {
            return new Result(question, topic, List.of());
        }
        // the responsibility field holds responsibility records only; the shared text field needs the type filter
        List<DocType> responsibilities = searcher.responsibilityField().equals(Fields.TEXT)
                ? List.of(DocType.RESPONSIBILITY) : List.of();
        List<Hit> hits = List.of();
        Query used = query; // the query the hits come from, for their snippets
        if (scope.region() != null || scope.level() != null) {
            // the place named in the question first, with a looser match before giving the place up
            Filters inScope = new Filters(responsibilities, scope.level(), scope.region(), null, null);
            hits = searcher.searchWithoutSnippets(query, inScope, RECORDS);
            // 招商引资 is one word to smartcn; its halves (招商, 引资) still find 精准招商 in the place's own plan
            if (hits.isEmpty()) {
                Query looser = searcher.looseWithHalves(topic, 0.3f, searcher.responsibilityField());
                if (looser != null) {
                    hits = searcher.searchWithoutSnippets(looser, inScope, RECORDS);
                    used = looser;
                }
            }
        }
        if (hits.isEmpty()) {
            hits = searcher.searchWithoutSnippets(query, new Filters(responsibilities, null, null, null, null), RECORDS);
            used = query;
        }
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Hit hit : hits) {
            Set<String> seen = new LinkedHashSet<>();
            for (int i = 0; i < hit.unitsCanonical().size(); i++) {
                String canonical = hit.unitsCanonical().get(i);
                String written = i < hit.units().size() ? hit.units().get(i) : canonical;
                Group g = groupFor(groups, canonical);
                if (!seen.add(g.name)) {
                    continue;
                }
                g.add(hit, written, hit.leadUnits().contains(canonical),
                        hit.inheritedUnits().contains(canonical) && i >= hit.unitsCanonical().size() - hit.inheritedUnits().size() ? INHERITED_WEIGHT : 1.0);
            }
        }
        List<Group> ranked = new ArrayList<>(new LinkedHashSet<>(groups.values())); // aliases map to one group
        ranked.sort(Comparator.comparingDouble(Group::strength).reversed()
                .thenComparing(g -> !g.bestLead)
                .thenComparing(g -> g.name));
        leadFirst(ranked);
        List<Answer> answers = new ArrayList<>();
        Map<String, String> snippets = new java.util.HashMap<>();
        for (Group g : ranked.subList(0, Math.min(Math.max(0, limit), ranked.size()))) {
            List<Evidence> evidence = new ArrayList<>();
            for (Evidence e : g.evidence.subList(0, Math.min(EVIDENCE_PER_UNIT, g.evidence.size()))) {
                Query q = used;
                String snippet = snippets.computeIfAbsent(e.text() == null ? "" : e.text(), t -> searcher.snippet(q, e.text()));
                evidence.add(new Evidence(e.docId(), e.title(), e.taskId(), e.text(), snippet, e.score()));
            }
            answers.add(new Answer(g.name, new ArrayList<>(g.written), round(g.strength()), g.bestLead, evidence));
        }
        return new Result(question, topic, answers);
    }

    /**
     * Units of near-equal strength (within {@link #NEAR_EQUAL} of the one above): a lead unit goes before the
     * supporting ones. The units of one record score alike; a supporting unit named in a few more weakly matching
     * records gains a quarter of their scores and would otherwise go first (广州供电局 34.61 before the lead
     * 广州市工业和信息化局 34.55 for 广州V2G试点项目报备).
     */
    static <G> void leadFirst(List<G> ranked, java.util.function.ToDoubleFunction<G> strength, java.util.function.Predicate<G> lead) {
        for (int i = 1; i < ranked.size(); i++) {
            for (int j = i; j > 0; j--) {
                G above = ranked.get(j - 1);
                G here = ranked.get(j);
                if (!lead.test(here) || lead.test(above)
                        || strength.applyAsDouble(above) - strength.applyAsDouble(here) > NEAR_EQUAL * strength.applyAsDouble(above)) {
                    break;
                }
                ranked.set(j - 1, here);
                ranked.set(j, above);
            }
        }
    }

    private static void leadFirst(List<Group> ranked) {
        leadFirst(ranked, Group::strength, g -> g.bestLead);
    }

    private static double round(double d) {
        return Math.round(d * 1000.0) / 1000.0;
    }

    private static Group groupFor(Map<String, Group> groups, String canonical) {
        Group exact = groups.get(canonical);
        if (exact != null) {
            return exact;
        }
        Set<String> keys = UnitCanonicalizer.aliasKeys(canonical);
        for (Group g : groups.values()) {
            for (String k : keys) {
                if (g.keys.contains(k)) {
                    g.keys.addAll(keys);
                    groups.put(canonical, g); // later lookups of this name find the group directly
                    return g;
                }
            }
        }
        Group g = new Group(canonical, keys);
        groups.put(canonical, g);
        return g;
    }

    private static final class Group {
        final String name;
        final Set<String> keys;
        final Set<String> written = new LinkedHashSet<>();
        final List<Evidence> evidence = new ArrayList<>();
        double best;
        double rest;
        boolean bestLead;

        Group(String name, Set<String> keys) {
            this.name = name;
            this.keys = new LinkedHashSet<>(keys);
        }

        void add(Hit hit, String writtenForm, boolean lead, double weight) {
            double score = hit.score() * weight;
            written.add(writtenForm);
            if (evidence.isEmpty()) {
                best = score;
                bestLead = lead;
            } else {
                rest += score;
            }
            evidence.add(new Evidence(hit.docId(), hit.title(), hit.taskId(), hit.text(), hit.snippet(), hit.score()));
        }

        double strength() {
            return best + 0.25 * rest;
        }
    }
}
